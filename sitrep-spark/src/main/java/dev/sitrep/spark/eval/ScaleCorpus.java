package dev.sitrep.spark.eval;

import dev.sitrep.dedup.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic news-like texts with known copy groups, generated from a seed, for copy detection at a scale no
 * gold set has: an original is a few paragraphs of sentences mixing function words with content words drawn
 * from a Zipf-distributed vocabulary; each of its copies is one of the ways copies arise, at moderate strength
 * (a spinner swapping 30% of the content words; the first 60% of the text inside other chrome; paragraphs
 * reordered with 15% of the content words swapped).
 */
final class ScaleCorpus {
    static final int VOCABULARY = 50_000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sta", "vo", "dra", "nel", "tur", "pe", "gan",
        "sol", "bri", "quo", "mar", "ti", "zen", "ul", "fa", "cor"};
    private static final List<String> FUNCTION = new ArrayList<>(new java.util.TreeSet<>(FunctionWords.all()));
    private static final double[] CUMULATIVE = zipf(VOCABULARY, 1.05);
    static final int COPIES = 3;

    private ScaleCorpus() {
    }

    /** The content word of rank {@code r}: a made-up word, the same for the same rank. */
    static String word(int r) {
        StringBuilder b = new StringBuilder();
        int x = r + 1;
        do {
            b.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        } while (x > 0);
        return b.toString();
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static String content(Random rnd) {
        int at = java.util.Arrays.binarySearch(CUMULATIVE, rnd.nextDouble());
        return word(at < 0 ? -at - 1 : at);
    }

    /** Original {@code o}: 4 to 8 paragraphs of 2 to 5 sentences. */
    static List<List<String>> original(long o) {
        Random rnd = new Random(o * 0x9E3779B97F4A7C15L + 11);
        List<List<String>> paragraphs = new ArrayList<>();
        for (int p = 0, np = 4 + rnd.nextInt(5); p < np; p++) {
            List<String> words = new ArrayList<>();
            for (int s = 0, ns = 2 + rnd.nextInt(4); s < ns; s++) {
                for (int w = 0, nw = 10 + rnd.nextInt(16); w < nw; w++) {
                    words.add(rnd.nextDouble() < 0.45 ? FUNCTION.get(rnd.nextInt(FUNCTION.size())) : content(rnd));
                }
                words.set(words.size() - 1, words.get(words.size() - 1) + ".");
            }
            paragraphs.add(words);
        }
        return paragraphs;
    }

    static String text(List<List<String>> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (List<String> p : paragraphs) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append(String.join(" ", p));
        }
        return b.toString();
    }

    /** Copy {@code c} (0 to {@link #COPIES} - 1) of original {@code o}. */
    static String copy(long o, int c) {
        List<List<String>> p = original(o);
        Random rnd = new Random(o * 31 + c + 5);
        return switch (c) {
            case 0 -> text(spin(p, 0.3, rnd));
            case 1 -> {
                List<List<String>> cut = new ArrayList<>(p.subList(0, Math.max(1, (int) Math.ceil(p.size() * 0.6))));
                List<String> chrome = new ArrayList<>(List.of("Home", "World", "Share", "this", "article"));
                for (int i = 0; i < 12; i++) {
                    chrome.add(content(rnd));
                }
                cut.add(0, chrome);
                yield text(cut);
            }
            default -> {
                List<List<String>> moved = new ArrayList<>(spin(p, 0.15, rnd));
                java.util.Collections.shuffle(moved, rnd);
                yield text(moved);
            }
        };
    }

    private static List<List<String>> spin(List<List<String>> paragraphs, double share, Random rnd) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> p : paragraphs) {
            List<String> q = new ArrayList<>();
            for (String w : p) {
                boolean function = FunctionWords.contains(w.replace(".", ""));
                q.add(!function && rnd.nextDouble() < share ? content(rnd) + (w.endsWith(".") ? "." : "") : w);
            }
            out.add(q);
        }
        return out;
    }
}
