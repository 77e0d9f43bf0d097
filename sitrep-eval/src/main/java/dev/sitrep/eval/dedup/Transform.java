package dev.sitrep.eval.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The ways a copy of a story differs from its original, each at a strength from 0 to 1. Copies are made
 * from the gold texts with a seeded random source, so every run measures the same set.
 */
public enum Transform {
    /** Syndicated with other page chrome: navigation, share bars and teaser headlines from other stories around it. */
    CHROME,
    /** A new headline and a rewritten first sentence. */
    RETITLE,
    /** Cut short: only the first part of the text survives. */
    TRUNCATE,
    /** Paragraphs moved around. */
    REORDER,
    /** An article spinner swapped content words for others (synonyms, as far as the detector can tell). */
    SPIN,
    /** A machine-translation round trip: content words swapped, neighbouring words reordered, function words changed. */
    MT_LIKE,
    /** Chrome, a new title, truncation and light spinning at once. */
    COMBINED;

    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "that", "which", "is", "was", "are", "were", "has", "have", "and", "but", "or", "as");
    private static final List<String> FUNCTION_SWAPS = List.of("the", "a", "this", "that", "of", "for", "in", "on",
            "at", "with", "by", "to", "into", "is", "was", "has", "had");
    private static final List<String> CHROME_LINES = List.of("Home", "World", "Politics", "Business", "Opinion",
            "Share this article", "Share on Facebook", "Share on X", "Copy link", "Subscribe to our newsletter",
            "Sign up for our daily briefing", "Most read", "Related stories", "Advertisement", "Cookie settings",
            "We use cookies to improve your experience.", "Accept all", "Comments", "Read more", "Back to top",
            "Follow us", "Listen to this article", "Sponsored content", "Terms of use", "Privacy policy");

    /**
     * Light, moderate and heavy strength for this transformation. For spinning, moderate is 30% of the
     * content words swapped: the rate of the spun live-blog copy among the seed documents, counted by hand
     * on its sentences (quoted words left intact, as spinners do).
     */
    double[] strengths() {
        return switch (this) {
            case SPIN, MT_LIKE -> new double[] {0.15, 0.3, 0.5};
            case COMBINED -> new double[] {0.2, 0.4, 0.6};
            default -> new double[] {0.2, 0.5, 0.8};
        };
    }

    /**
     * A copy of {@code text} at {@code strength}.
     *
     * @param others texts of other stories, for teaser headlines and new titles
     */
    String apply(String text, double strength, Random rnd, List<String> vocabulary, List<String> others) {
        return switch (this) {
            case CHROME -> chrome(text, strength, rnd, others);
            case RETITLE -> retitle(text, rnd, vocabulary, others);
            case TRUNCATE -> truncate(text, strength);
            case REORDER -> reorder(text, strength, rnd);
            case SPIN -> spin(text, strength, rnd, vocabulary);
            case MT_LIKE -> mtLike(text, strength, rnd, vocabulary);
            case COMBINED -> spin(truncate(retitle(chrome(text, strength, rnd, others), rnd, vocabulary, others),
                    strength * 0.6), strength * 0.5, rnd, vocabulary);
        };
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String chrome(String text, double strength, Random rnd, List<String> others) {
        int words = text.split("\\s+").length;
        int budget = (int) (words * strength * 0.8);
        List<String> top = new ArrayList<>();
        List<String> bottom = new ArrayList<>();
        int used = 0;
        while (used < budget) {
            String line = rnd.nextInt(3) == 0 ? teaser(rnd, others) : CHROME_LINES.get(rnd.nextInt(CHROME_LINES.size()));
            (rnd.nextBoolean() ? top : bottom).add(line);
            used += line.split("\\s+").length;
        }
        return String.join("\n\n", top) + "\n\n" + text + "\n\n" + String.join("\n\n", bottom);
    }

    private static String teaser(Random rnd, List<String> others) {
        String other = others.get(rnd.nextInt(others.size()));
        String[] w = other.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 12 + rnd.nextInt(10)))) + "...";
    }

    private static String retitle(String text, Random rnd, List<String> vocabulary, List<String> others) {
        List<String> ps = paragraphs(text);
        String title = String.join(" ", java.util.Arrays.copyOf(
                others.get(rnd.nextInt(others.size())).split("\\s+"), 8)).replaceAll("[.,;:]", "");
        if (!ps.isEmpty()) {
            ps.set(0, spin(ps.get(0), 0.5, rnd, vocabulary));
        }
        ps.add(0, title);
        return String.join("\n\n", ps);
    }

    private static String truncate(String text, double strength) {
        String[] w = text.split(" ");
        int keep = Math.max(1, (int) Math.round(w.length * (1 - 0.8 * strength)));
        return String.join(" ", java.util.Arrays.copyOf(w, keep));
    }

    private static String reorder(String text, double strength, Random rnd) {
        List<String> ps = paragraphs(text);
        int moves = (int) Math.ceil(ps.size() * strength);
        for (int i = 0; i < moves && ps.size() > 1; i++) {
            String p = ps.remove(rnd.nextInt(ps.size()));
            ps.add(rnd.nextInt(ps.size() + 1), p);
        }
        if (strength >= 0.99) {
            Collections.shuffle(ps, rnd);
        }
        return String.join("\n\n", ps);
    }

    /** Replaces a share of the content words (not function words) with words drawn from the vocabulary. */
    static String spin(String text, double share, Random rnd, List<String> vocabulary) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            if (!FUNCTION.contains(word.toLowerCase(java.util.Locale.ROOT)) && rnd.nextDouble() < share) {
                out.append(vocabulary.get(rnd.nextInt(vocabulary.size())));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    private static String mtLike(String text, double strength, Random rnd, List<String> vocabulary) {
        String[] w = spin(text, strength * 0.8, rnd, vocabulary).split(" ");
        for (int i = 0; i + 1 < w.length; i++) {
            double r = rnd.nextDouble();
            if (r < strength * 0.15) {
                String t = w[i];
                w[i] = w[i + 1];
                w[i + 1] = t;
                i++;
            } else if (r < strength * 0.3 && FUNCTION.contains(w[i].toLowerCase(java.util.Locale.ROOT))) {
                w[i] = FUNCTION_SWAPS.get(rnd.nextInt(FUNCTION_SWAPS.size()));
            }
        }
        return String.join(" ", w);
    }
}
