package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Keeps the quotation marks of a reported clause balanced. A MIXED or INDIRECT span that cuts a quotation closed in
 * the same paragraph grows to take all of it ("said the plan was “a disaster, and a costly one”" keeps its closing
 * mark). A double mark left without its partner (a quotation never closed, or closed in another paragraph, a stray
 * mark) is left out of the statement: its span is split around the mark into two parts, so the statement's words
 * stay offsets into the article text and no mark is ever invented.
 */
final class BalancedSpans {
    private static final String DOUBLE_MARKS = "“”„«»\"";
    private final String text;
    private final List<Quoted> quoted;

    BalancedSpans(String text, List<Quoted> quoted) {
        this.text = text;
        this.quoted = quoted;
    }

    /** The statement with its span moved to the marks it cuts and unpaired marks left out; others unchanged. */
    Found balance(Found f) {
        if (f.kind() != QuoteKind.MIXED && f.kind() != QuoteKind.INDIRECT || f.parts().size() != 1) {
            return f;
        }
        int start = f.parts().get(0).start();
        int end = f.parts().get(0).end();
        for (int k = Math.max(0, firstFrom(start) - 1); k < quoted.size() && quoted.get(k).open() < end; k++) {
            Quoted q = quoted.get(k);
            if (!q.closed()) {
                continue;
            }
            if (q.open() >= start && q.close() > end && sameParagraph(end, q.close())) {
                end = q.close();
            } else if (q.open() < start && q.close() > start && q.close() <= end && sameParagraph(q.open(), start)) {
                start = q.open();
            }
        }
        Set<Quoted> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(f.quotes());
        List<Quote.Part> parts = new ArrayList<>();
        int from = start;
        int k = firstFrom(start);
        for (int i = start; i < end; i++) {
            while (k < quoted.size() && quoted.get(k).open() < i) {
                k++;
            }
            Quoted q = k < quoted.size() ? quoted.get(k) : null;
            if (q != null && q.open() == i && q.closed() && q.close() <= end) {
                inside.add(q);
                i = q.close() - 1;
            } else if (DOUBLE_MARKS.indexOf(text.charAt(i)) >= 0) {
                addPart(parts, from, i);
                from = i + 1;
            }
        }
        addPart(parts, from, end);
        if (parts.isEmpty() || parts.equals(f.parts())) {
            return f;
        }
        QuoteKind kind = f.kind() == QuoteKind.MIXED || !inside.isEmpty() ? QuoteKind.MIXED : QuoteKind.INDIRECT;
        return new Found(parts, kind, f.cue(), f.speaker(), f.unit(), List.copyOf(inside));
    }

    /** Index of the first quotation opening at or after {@code offset} (quotations are in order). */
    private int firstFrom(int offset) {
        int lo = 0;
        int hi = quoted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoted.get(mid).open() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean sameParagraph(int from, int to) {
        return text.substring(from, to).indexOf('\n') < 0;
    }

    /** {@code from..to} without the spaces at its edges, when it holds a letter or digit. */
    private void addPart(List<Quote.Part> parts, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                parts.add(new Quote.Part(from, to));
                return;
            }
        }
    }
}
