package dev.sitrep.dedup;

/**
 * When two texts count as copies of one story: either their function-word skeletons agree well beyond
 * chance and they share words (what spun, translated-and-back and re-chromed copies keep), or their word
 * shingles alone agree strongly (copies too short or not in English to have a skeleton).
 *
 * <p>The thresholds come from {@code sitrep eval dedup --distributions} on copies generated from the public
 * gold texts: the hardest non-copy of each text (often the same story from another outlet) reaches a
 * skeleton resemblance of 0.06 at the 99th percentile and a word resemblance of 0.19, while copies at
 * moderate strength stay above 0.23 and 0.28.
 *
 * @param skeleton   least skeleton resemblance, together with {@code minWords}
 * @param minWords   least word resemblance that must come with the skeleton evidence
 * @param wordsAlone word resemblance that suffices alone
 */
public record CopyRule(double skeleton, double minWords, double wordsAlone) implements java.io.Serializable {

    public static final CopyRule DEFAULT = new CopyRule(0.12, 0.08, 0.35);

    public boolean isCopy(Similarity s) {
        return (s.skeleton() >= skeleton && s.words() >= minWords) || s.words() >= wordsAlone;
    }

    /** The word resemblance below which no pair is a copy, whatever its skeleton (look-ups skip such pairs early). */
    public double leastWords() {
        return Math.min(minWords, wordsAlone);
    }

    /** A single number to rank candidate originals: higher is more alike. */
    public static double score(Similarity s) {
        return s.words() + s.skeleton();
    }
}
