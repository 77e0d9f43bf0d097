package dev.sitrep.bench;

import java.util.SplittableRandom;

/**
 * Synthetic news texts for the copy-check benchmarks, shaped like what the copy check sees of real news:
 * words drawn from a Zipf law (exponent 1) over a 50,000-word vocabulary whose most frequent hundred are the
 * common English words in frequency order (so about 40% of tokens are function words, as in English prose),
 * plus a handful of topic words and names that each article repeats; sentences and paragraphs with capitals
 * and punctuation. Articles from different seeds are distinct stories: they share common phrases ("of the",
 * "said that") as real ones do, and little else.
 *
 * <p>The stored corpus also holds real copy groups: one article in ten is a syndicated copy of an earlier one
 * (a dateline and a credit added, a few words changed, sometimes the tail cut), and copies of copies occur.
 * Article {@code i} is a pure function of {@code i}, so corpora can be built in parallel and copies
 * regenerated from their source's number.
 */
final class SyntheticNews {
    /** The most frequent English words, most frequent first (written-English frequency lists agree on these). */
    private static final String[] COMMON = ("the of and to a in that is was he for it with as his on be at by i "
            + "this had not are but from or have an they which one you were her all she there would their we him "
            + "been has when who will more no if out so said what up its about into than them can only other new "
            + "some could time these two may then do first any my now such like our over man me even most made "
            + "after also did many before must through back years where much your way well down should because "
            + "each just those people how too little state good very make world still own see men work long get "
            + "here between both life being under never day same another know while last might us great old year "
            + "off come since against go came right used take three").split(" ");
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "ten", "sa", "lo", "ver", "din", "po", "ul",
            "an", "es", "tra", "gol", "bi", "ne", "dar", "fu", "mon", "ce", "li", "sto", "ra", "ge"};
    private static final String[] CITIES = {"LONDON", "PARIS", "BERLIN", "WASHINGTON", "NAIROBI", "TOKYO",
            "MADRID", "OTTAWA", "CANBERRA", "DUBLIN"};
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "dpa", "PA"};

    private static final int GUIDE = 1 << 16;

    private final String[] words;
    private final double[] cumulative;
    /** Per 1/65536 of probability, the first rank reaching it: Zipf draws start there, a few steps from the answer. */
    private final int[] guide = new int[GUIDE];
    private final long salt;

    /**
     * @param vocabulary how many distinct words (at least the common ones)
     * @param salt       varies the whole corpus
     */
    SyntheticNews(int vocabulary, long salt) {
        this.salt = salt;
        words = new String[vocabulary];
        cumulative = new double[vocabulary];
        double sum = 0;
        for (int r = 0; r < vocabulary; r++) {
            words[r] = r < COMMON.length ? COMMON[r] : pseudoWord(r);
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < vocabulary; r++) {
            cumulative[r] /= sum;
        }
        cumulative[vocabulary - 1] = 1;
        for (int g = 0, r = 0; g < GUIDE; g++) {
            while (cumulative[r] < (double) g / GUIDE) {
                r++;
            }
            guide[g] = r;
        }
    }

    /** A pronounceable word per rank; rarer words come out longer, as in English. */
    private static String pseudoWord(int rank) {
        StringBuilder sb = new StringBuilder();
        for (int r = rank; r > 0; r /= SYLLABLES.length) {
            sb.append(SYLLABLES[r % SYLLABLES.length]);
        }
        return sb.toString();
    }

    private int zipf(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        int r = guide[(int) (u * GUIDE)];
        while (cumulative[r] < u) {
            r++;
        }
        return r;
    }

    /** An original story of about {@code length} words. */
    String original(long seed, int length) {
        SplittableRandom rnd = new SplittableRandom(seed ^ salt);
        String[] topic = new String[8 + rnd.nextInt(16)];
        for (int t = 0; t < topic.length; t++) {
            int r;
            do {
                r = zipf(rnd);
            } while (r < 300);
            String w = words[r];
            // About a third of the topic words are names, written with a capital.
            topic[t] = rnd.nextInt(3) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
        }
        StringBuilder sb = new StringBuilder(length * 7);
        int sentence = 0;
        int sentenceLength = 12 + rnd.nextInt(20);
        for (int i = 0; i < length; i++) {
            String w;
            int roll = rnd.nextInt(100);
            if (roll < 12) {
                w = topic[rnd.nextInt(topic.length)];
            } else if (roll < 14) {
                w = Integer.toString(rnd.nextInt(2030));
            } else {
                w = words[zipf(rnd)];
            }
            if (sentence == 0 && !w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                sb.append(w);
            }
            if (++sentence == sentenceLength) {
                sb.append(rnd.nextInt(4) == 0 ? ".\n\n" : ". ");
                sentence = 0;
                sentenceLength = 12 + rnd.nextInt(20);
            } else {
                sb.append(rnd.nextInt(12) == 0 ? ", " : " ");
            }
        }
        return sb.toString();
    }

    /** A syndicated copy of {@code text}: dateline and credit added, about 3% of words changed, maybe cut short. */
    String copy(String text, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ salt ^ 0x5DEECE66DL);
        String[] w = text.split(" ");
        int keep = rnd.nextInt(3) == 0 ? (int) (w.length * (0.6 + 0.4 * rnd.nextDouble())) : w.length;
        StringBuilder sb = new StringBuilder(text.length() + 64);
        sb.append(CITIES[rnd.nextInt(CITIES.length)]).append(" (").append(AGENCIES[rnd.nextInt(AGENCIES.length)])
                .append(") - ");
        for (int i = 0; i < keep; i++) {
            sb.append(rnd.nextInt(33) == 0 ? words[zipf(rnd)] : w[i]).append(' ');
        }
        sb.append("\n\nReporting by ").append(pseudoWord(300 + rnd.nextInt(5000))).append("; editing by ")
                .append(pseudoWord(300 + rnd.nextInt(5000)));
        return sb.toString();
    }

    /** Length of stored article {@code i}: 400 to 1,200 words. */
    private int length(long i) {
        return 400 + new SplittableRandom(i * 0x9E3779B97F4A7C15L ^ salt).nextInt(801);
    }

    /** The source of stored article {@code i} when it is a copy (one in ten), else -1. */
    int sourceOf(int i) {
        SplittableRandom rnd = new SplittableRandom(i ^ salt ^ 0xC0FFEEL);
        return i >= 100 && rnd.nextInt(10) == 0 ? rnd.nextInt(i) : -1;
    }

    /** Stored article {@code i}: an original, or a copy of an earlier stored article. */
    String stored(int i) {
        int source = sourceOf(i);
        return source < 0 ? original(i, length(i)) : copy(stored(source), i);
    }
}
