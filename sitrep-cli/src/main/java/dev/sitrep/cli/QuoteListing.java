package dev.sitrep.cli;

import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteSource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints statements: grouped by speaker for people (most quoted first), or one JSON object per statement. A
 * statement repeated by copies of its article is shown once, at its origin, with the copies listed under it.
 */
final class QuoteListing {
    /** The heading of quotes whose speaker nobody could name. */
    static final String UNATTRIBUTED = "(speaker not identified)";
    /** Long quotes are cut on a word for the human listing; JSON keeps them whole. */
    static final int QUOTE_CHARS = 240;
    static final int TITLE_CHARS = 60;
    /** The flags that say a copy's words differ from the origin's. */
    static final java.util.Set<String> COPY_FLAGS = java.util.Set.of("spun-text", "machine-translated");

    private QuoteListing() {
    }

    /** Speaker groups, most quotes first; within a group the order of {@code hits}. */
    static void printGrouped(PrintWriter out, List<QuoteHit> hits, String indent) {
        Map<String, List<QuoteHit>> bySpeaker = new LinkedHashMap<>();
        Map<String, String> shown = new java.util.HashMap<>();
        for (QuoteHit h : hits) {
            String speaker = h.quote().speaker() == null ? UNATTRIBUTED : h.quote().speaker();
            // "Spain’s government" and "Spain's government" are one speaker: typography is not identity.
            String key = shown.computeIfAbsent(speaker.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT), k -> speaker);
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
        }
        List<Map.Entry<String, List<QuoteHit>>> groups = new ArrayList<>(bySpeaker.entrySet());
        groups.sort(Comparator.comparing((Map.Entry<String, List<QuoteHit>> e) -> e.getKey().equals(UNATTRIBUTED))
                .thenComparing(e -> -e.getValue().size()));
        for (Map.Entry<String, List<QuoteHit>> g : groups) {
            out.println(indent + g.getKey() + " (" + g.getValue().size() + ")");
            for (QuoteHit h : g.getValue()) {
                out.println(indent + "  " + day(h) + "  "
                        + (h.publisher() == null ? "(unknown publisher)" : h.publisher()) + "  "
                        + (h.title() == null ? "" : shorten(h.title(), TITLE_CHARS) + "  ") + "[" + h.articleId() + "]");
                out.println(indent + "    \u201c" + shorten(h.quote().text(), QUOTE_CHARS) + "\u201d"
                        + (h.quote().cue() == null ? "" : " (" + h.quote().cue() + ", " + h.quote().kind().label() + ")"));
                printStances(out, h, indent + "    ");
                printCopies(out, h, indent + "    ");
            }
        }
    }

    /** One quote per entry in the order given: date, publisher, speaker, article id, then the words. */
    static void printDated(PrintWriter out, List<QuoteHit> hits, String indent) {
        for (QuoteHit h : hits) {
            out.println(indent + day(h) + "  "
                    + (h.publisher() == null ? "(unknown publisher)" : h.publisher()) + "  "
                    + (h.quote().speaker() == null ? UNATTRIBUTED : h.quote().speaker()) + "  [" + h.articleId() + "]");
            out.println(indent + "    \u201c" + shorten(h.quote().text(), QUOTE_CHARS) + "\u201d");
            printCopies(out, h, indent + "    ");
        }
    }

    /** "opposes ukraine-nato (not a viable outcome)" under a statement that speaks to a default issue. */
    static void printStances(PrintWriter out, QuoteHit h, String indent) {
        if (h.quote().stances().isEmpty()) {
            return;
        }
        out.println(indent + h.quote().stances().stream().map(s -> s.stance() + " " + s.issue()
                + (s.evidence().isEmpty() ? "" : " (" + String.join(", ", s.evidence()) + ")"))
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    /**
     * "also in 2 sources: …" under a statement that copies of its article repeat, each copy with its date,
     * publisher, id and the flags that say its words were changed.
     */
    static void printCopies(PrintWriter out, QuoteHit h, String indent) {
        if (h.copies() == 0) {
            return;
        }
        List<String> copies = new ArrayList<>();
        for (QuoteSource s : h.sources().subList(1, h.sources().size())) {
            List<String> changed = s.flags().stream().filter(COPY_FLAGS::contains).toList();
            copies.add((s.published() == null ? "undated" : s.published().toString()) + " "
                    + (s.publisher() == null ? "(unknown publisher)" : s.publisher()) + " [" + s.articleId() + "]"
                    + (changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")"));
        }
        out.println(indent + "also in " + h.copies() + " source" + (h.copies() == 1 ? "" : "s") + ": "
                + String.join("; ", copies));
    }

    /** The hit's day as the listings print it: "≈" marks a day inferred from the article's text. */
    static String day(QuoteHit h) {
        return h.published() == null ? "----------" : (h.publishedInferred() ? "≈" : "") + h.published();
    }

    /** One JSON object: the quote's contract fields plus where it was published, as the HTTP API gives it. */
    static String json(QuoteHit h) {
        return dev.sitrep.server.JsonViews.quote(h).toString();
    }

    static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max);
        return line.substring(0, cut > 0 ? cut : max) + " …";
    }
}
