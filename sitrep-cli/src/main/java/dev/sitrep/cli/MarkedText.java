package dev.sitrep.cli;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's text with its entity mentions and quotes marked, for a terminal or a plain file. Marks are
 * inserted at span offsets; at one offset, closing marks come before opening ones so that adjacent spans do not
 * interleave. Spans outside the text (a stale offset) are left out rather than failing.
 */
final class MarkedText {
    /** How spans are shown. */
    enum Style {
        /** {@code [mention]} and {@code {quote}}. */
        BRACKETS("[", "]", "{", "}"),
        /** Bold mentions and underlined quotes; each switched off by its own code, so nesting survives. */
        ANSI("\u001b[1m", "\u001b[22m", "\u001b[4m", "\u001b[24m");

        final String entityOn;
        final String entityOff;
        final String quoteOn;
        final String quoteOff;

        Style(String entityOn, String entityOff, String quoteOn, String quoteOff) {
            this.entityOn = entityOn;
            this.entityOff = entityOff;
            this.quoteOn = quoteOn;
            this.quoteOff = quoteOff;
        }
    }

    private record Mark(int at, boolean close, int length, String text) {
    }

    private MarkedText() {
    }

    static String of(Article a, Style style) {
        String text = a.text();
        List<Mark> marks = new ArrayList<>();
        for (Quote q : a.quotes()) {
            add(marks, text, q.start(), q.end(), style.quoteOn, style.quoteOff);
        }
        for (Entity e : a.entities()) {
            for (Mention m : e.spans()) {
                add(marks, text, m.start(), m.end(), style.entityOn, style.entityOff);
            }
        }
        // Closings first, the shorter span's first; among openings the longer span's first, so spans nest.
        marks.sort(Comparator.comparingInt(Mark::at).thenComparing(m -> !m.close())
                .thenComparingInt(m -> m.close() ? m.length() : -m.length()));
        StringBuilder sb = new StringBuilder(text.length() + marks.size() * 4);
        int from = 0;
        for (Mark m : marks) {
            sb.append(text, from, m.at()).append(m.text());
            from = m.at();
        }
        return sb.append(text.substring(from)).toString();
    }

    private static void add(List<Mark> marks, String text, int start, int end, String on, String off) {
        if (start < 0 || end > text.length() || end <= start) {
            return;
        }
        marks.add(new Mark(start, false, end - start, on));
        marks.add(new Mark(end, true, end - start, off));
    }
}
