package dev.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Randomised texts from a Zipf-like vocabulary: unrelated texts are never copies, lightly edited ones always are. */
class CopyIndexRandomTest {
    private static final String[] FUNCTION = {"the", "of", "to", "and", "in", "that", "for", "on", "with", "as", "by", "was"};

    private static String randomText(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (rnd.nextInt(3) == 0) {
                sb.append(FUNCTION[rnd.nextInt(FUNCTION.length)]);
            } else {
                sb.append('w').append((int) (Math.pow(rnd.nextDouble(), 3) * 20000));
            }
            sb.append(i % 25 == 24 ? ".\n\n" : " ");
        }
        return sb.toString();
    }

    private static String edit(String text, Random rnd, double share) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (rnd.nextDouble() < share && w[i].startsWith("w")) {
                w[i] = "x" + rnd.nextInt(1_000_000);
            }
        }
        return String.join(" ", w);
    }

    @Test
    void unrelatedTextsAreNotCopiesAndEditedOnesAre() {
        Random rnd = new Random(11);
        Fingerprinter f = new Fingerprinter();
        CopyIndex index = new CopyIndex(CopyRule.DEFAULT);
        String[] texts = new String[2000];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = randomText(rnd, 300 + rnd.nextInt(700));
            assertEquals(0, index.copiesOf(f.of(texts[i]), 5).length, "random text " + i + " matched another");
            assertEquals(i, index.add(f.of(texts[i])));
        }
        for (int i = 0; i < 200; i++) {
            int original = rnd.nextInt(texts.length);
            int[] hits = index.copiesOf(f.of(edit(texts[original], rnd, 0.2)), 3);
            assertTrue(hits.length >= 1 && hits[0] == original, "edited copy of " + original + " not found");
        }
        assertEquals(2000, index.size());
        assertTrue(index.memoryBytes() < 2048L * 1024, "under 1 KB per text, was " + index.memoryBytes());
    }

    @Test
    void verifyingAPairDecidesAsTheLookUpDoes() {
        Random rnd = new Random(5);
        Fingerprinter f = new Fingerprinter();
        CopyIndex index = new CopyIndex(CopyRule.DEFAULT);
        java.util.List<Fingerprint> stored = new java.util.ArrayList<>();
        int copies = 0;
        for (int i = 0; i < 300; i++) {
            // Originals, and edits of earlier texts at every strength: copies, near misses and strangers.
            String text = i < 100 || rnd.nextInt(4) == 0 ? randomText(rnd, 200 + rnd.nextInt(500))
                    : edit(randomText(new Random(rnd.nextInt(100)), 300), rnd, rnd.nextDouble());
            Fingerprint fp = f.of(text);
            int[] found = index.copiesOf(fp, Integer.MAX_VALUE);
            java.util.Set<Integer> byIndex = new java.util.HashSet<>();
            for (int d : found) {
                byIndex.add(d);
            }
            for (int d = 0; d < stored.size(); d++) {
                int shared = 0;
                for (int k = 0; k < Fingerprint.KEYS; k++) {
                    for (int j = 0; j < Fingerprint.KEYS; j++) {
                        if (CopyIndex.usable(fp, k) && CopyIndex.usable(stored.get(d), j)
                                && fp.keys()[k] == stored.get(d).keys()[j]) {
                            shared++;
                        }
                    }
                }
                boolean verified = shared >= CopyIndex.LEAST_SHARED_KEYS && CopyIndex.verify(CopyRule.DEFAULT, fp, stored.get(d)) >= 0;
                assertEquals(byIndex.contains(d), verified, "text " + i + " against " + d);
                copies += verified ? 1 : 0;
            }
            index.add(fp);
            stored.add(fp);
        }
        assertTrue(copies > 50, "the set holds copies to find: " + copies);
    }
}
