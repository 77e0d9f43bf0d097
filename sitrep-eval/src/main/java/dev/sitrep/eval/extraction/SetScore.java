package dev.sitrep.eval.extraction;

import java.util.List;
import java.util.Locale;

/**
 * The score of one extractor on one gold set.
 *
 * @param set            the set's key
 * @param extractor      the extractor's name
 * @param pages          pages scored
 * @param precision      mean precision over the pages where it is defined
 * @param recall         mean recall over the pages where it is defined
 * @param f1             the set's headline figure: F1 of the two means (AEB) or mean page F1 (WCXB)
 * @param pagesPerSecond pages extracted per second of extraction time, on one thread
 * @param perPage        each page's score, in set order
 */
public record SetScore(String set, String extractor, int pages, double precision, double recall, double f1,
                       double pagesPerSecond, List<PageScore> perPage) {

    /** One report line. */
    public String line() {
        return String.format(Locale.ROOT, "%-5s %-10s pages=%d precision=%.4f recall=%.4f %s=%.4f pages/cpu-s=%.1f",
                set, extractor, pages, precision, recall, "aeb".equals(set) ? "f1" : "mean-word-f1", f1,
                pagesPerSecond);
    }
}
