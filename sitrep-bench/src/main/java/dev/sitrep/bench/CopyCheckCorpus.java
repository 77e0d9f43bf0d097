package dev.sitrep.bench;

import dev.sitrep.dedup.CopyIndex;
import dev.sitrep.dedup.CopyRule;
import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.dedup.Fingerprinter;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What the copy-check benchmarks run against: a {@link CopyIndex} holding the fingerprints of a stored
 * {@link SyntheticNews} corpus, and a ring of query articles of 800 words, one in four a syndicated copy of a
 * stored article (which the look-up must find and verify) and the rest new stories. Building fingerprints
 * runs on all cores; adding them to the index runs in order, as ingest does.
 */
final class CopyCheckCorpus {
    static final int QUERIES = 1024;
    private static final int CHUNK = 8192;
    private static final ThreadLocal<Fingerprinter> FINGERPRINTERS = ThreadLocal.withInitial(Fingerprinter::new);

    final CopyIndex index = new CopyIndex(CopyRule.DEFAULT);
    final String[] queries = new String[QUERIES];
    final Fingerprint[] queryPrints = new Fingerprint[QUERIES];
    /** Per query, the stored article it copies, or -1 for a new story. */
    final int[] copied = new int[QUERIES];

    CopyCheckCorpus(int stored) {
        SyntheticNews news = new SyntheticNews(50_000, 1);
        for (int from = 0; from < stored; from += CHUNK) {
            Fingerprint[] prints = IntStream.range(from, Math.min(stored, from + CHUNK)).parallel()
                    .mapToObj(i -> FINGERPRINTERS.get().of(news.stored(i))).toArray(Fingerprint[]::new);
            for (Fingerprint fp : prints) {
                index.add(fp);
            }
        }
        SplittableRandom rnd = new SplittableRandom(2);
        for (int q = 0; q < QUERIES; q++) {
            copied[q] = rnd.nextInt(4) == 0 ? rnd.nextInt(stored) : -1;
            queries[q] = copied[q] >= 0 ? news.copy(news.stored(copied[q]), -1 - q)
                    : news.original((long) stored + q, 800);
            queryPrints[q] = FINGERPRINTERS.get().of(queries[q]);
        }
    }

    /** Index memory and a check that the look-ups do real work: copies found, new stories left alone. */
    String describe() {
        int copies = 0;
        int found = 0;
        int falseMatches = 0;
        for (int q = 0; q < QUERIES; q++) {
            int[] hits = index.copiesOf(queryPrints[q], 1);
            if (copied[q] >= 0) {
                copies++;
                found += hits.length;
            } else {
                falseMatches += hits.length;
            }
        }
        long bytes = index.memoryBytes();
        return String.format("copy index: %,d fingerprints, %,d MB (%d bytes per fingerprint); "
                        + "queries: %d copies of stored articles, %d found; %d new stories, %d matched",
                index.size(), bytes >> 20, bytes / Math.max(1, index.size()), copies, found, QUERIES - copies,
                falseMatches);
    }
}
