package dev.sitrep.eval.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs a {@link PageExtractor} over a {@link GoldSet} and scores it. Pages are loaded before timing starts; the
 * clock is the calling thread's CPU time during the extractor's calls, so that pages per second mean pages per
 * second of one core, whatever else the machine is doing. A page the extractor throws on scores as an
 * empty prediction.
 */
public final class ExtractionEval {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private ExtractionEval() {
    }

    /** Sitrep's score on article-extraction-benchmark (all pages when {@code limit} is 0). */
    public static SetScore aeb(int limit) {
        return run(GoldSet.AEB, new SitrepPageExtractor(), limit);
    }

    /** Sitrep's score on the WCXB dev article pages (all pages when {@code limit} is 0). */
    public static SetScore wcxb(int limit) {
        return run(GoldSet.WCXB, new SitrepPageExtractor(), limit);
    }

    /** Any extractor's score on any set. */
    public static SetScore run(GoldSet set, PageExtractor extractor, int limit) {
        return run(set, extractor, limit, (page, text) -> { });
    }

    /** Any extractor's score on any set, handing each page and its extracted text to {@code onPage}. */
    public static SetScore run(GoldSet set, PageExtractor extractor, int limit,
                               BiConsumer<GoldPage, String> onPage) {
        return run(set, extractor, set.load(limit), onPage);
    }

    /** Any extractor's score on given pages, scored by {@code set}'s rule. */
    public static SetScore run(GoldSet set, PageExtractor extractor, List<GoldPage> pages,
                               BiConsumer<GoldPage, String> onPage) {
        List<PageScore> scores = new ArrayList<>(pages.size());
        long nanos = 0;
        for (GoldPage page : pages) {
            long start = THREADS.getCurrentThreadCpuTime();
            String predicted;
            try {
                predicted = extractor.extract(page.html(), page.url());
            } catch (Exception e) {
                predicted = "";
            }
            // A peer in another process reports its own CPU time; this thread only waited for it.
            nanos += extractor instanceof SelfTimed t ? t.lastCpuNanos() : THREADS.getCurrentThreadCpuTime() - start;
            predicted = predicted == null ? "" : predicted;
            onPage.accept(page, predicted);
            scores.add(set.score(page.id(), page.gold(), predicted));
        }
        double p = mean(scores, true);
        double r = mean(scores, false);
        double f1 = set == GoldSet.AEB
                ? (p + r == 0 ? 0 : 2 * p * r / (p + r))
                : scores.stream().mapToDouble(PageScore::f1).average().orElse(0);
        double pps = nanos == 0 ? 0 : pages.size() / (nanos / 1e9);
        return new SetScore(set.key(), extractor.name(), pages.size(), p, r, f1, pps, List.copyOf(scores));
    }

    private static double mean(List<PageScore> scores, boolean precision) {
        return scores.stream().mapToDouble(s -> precision ? s.precision() : s.recall())
                .filter(d -> !Double.isNaN(d)).average().orElse(0);
    }
}
