package dev.sitrep.cli;

import dev.sitrep.model.Article;
import dev.sitrep.model.InferredDate;

/**
 * An article's publication day as the command line shows it: the day as given, "undated", or "≈2025-02-12" for
 * a day inferred from the text, so that an inferred day never reads as one the page gave.
 */
final class PublishedDay {
    private PublishedDay() {
    }

    static String of(Article a) {
        if (a.published() == null) {
            return "undated";
        }
        return a.publishedInferred() == null ? a.published().toString() : "≈" + a.published();
    }

    /** "between 2025-02-12 and 2025-02-19" ("and now" when the evidence sets no end). */
    static String range(InferredDate d) {
        return "between " + d.earliest() + " and " + (d.latest() == null ? "now" : d.latest());
    }
}
