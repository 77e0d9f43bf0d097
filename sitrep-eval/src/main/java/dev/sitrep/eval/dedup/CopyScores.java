package dev.sitrep.eval.dedup;

import java.util.EnumMap;
import java.util.Map;

/**
 * Figures of one evaluation run at one strength level.
 *
 * @param precision   share of predicted copy pairs that are gold copy pairs
 * @param recall      share of gold copy pairs (original, copy) found, over all transformations
 * @param recallBy    the same per transformation
 * @param ari         Adjusted Rand Index of predicted copy groups against gold groups
 * @param texts       how many texts were fed to the detector
 */
public record CopyScores(String level, double precision, double recall, Map<Transform, Double> recallBy, double ari,
                         int texts) {
    public CopyScores {
        recallBy = new EnumMap<>(recallBy);
    }

    public double recall(String transform) {
        return recallBy.get(Transform.valueOf(transform.toUpperCase(java.util.Locale.ROOT)));
    }
}
