package dev.sitrep.positions;

import dev.sitrep.positions.StanceFeatures.Features;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says whether a sentence supports, opposes or is neutral toward an issue, and which words carry that.
 *
 * <p>The cascade, the same for every issue, the bundled ones and any proposition a user writes: (1) the issue's
 * words are found in the sentence ({@link Issue}: by stem, widened by synonyms); a sentence that does not bear
 * on the issue is {@link Stance#NEITHER}, with no evidence. (2) The stance cues are found among the other words
 * and each is read with the negation that reaches it ({@link StanceFeatures}). (3) {@link StanceModel} weighs the
 * features; the likeliest stance wins. (4) A proposition that denies ("should not join") turns the stance round.
 * The evidence is the words of the features that lean toward the stance given.
 */
public final class StanceDetector {
    private static final StanceDetector DEFAULT = new StanceDetector(StanceModel.defaults());

    private final StanceModel model;

    /**
     * A stance toward an issue, the words that carry it, the issue's words found in the sentence, and the model's
     * probability of the stance (1 for a sentence that does not bear on the issue).
     */
    public record Judgement(Stance stance, List<String> evidence, List<String> terms, double probability) {
        public Judgement {
            evidence = List.copyOf(evidence);
            terms = List.copyOf(terms);
        }
    }

    public StanceDetector(StanceModel model) {
        this.model = model;
    }

    /** The detector with the bundled model. */
    public static StanceDetector defaults() {
        return DEFAULT;
    }

    /** The stance of {@code sentence} toward {@code issue}. */
    public Judgement judge(String sentence, Issue issue) {
        return judge(StanceFeatures.of(sentence, issue), issue);
    }

    /** {@link #judge(String, Issue)} over the sentence's tokens, read once for several uses. */
    Judgement judge(List<Words.Token> tokens, String sentence, Issue issue) {
        return judge(StanceFeatures.of(tokens, sentence, issue), issue);
    }

    private Judgement judge(Features f, Issue issue) {
        if (!f.mentioned()) {
            return new Judgement(Stance.NEITHER, List.of(), f.terms(), 1);
        }
        double[] p = model.probabilities(f.values());
        Stance best = Stance.NEITHER;
        for (Stance s : Stance.values()) {
            if (p[s.ordinal()] > p[best.ordinal()]) {
                best = s;
            }
        }
        List<String> evidence = evidence(f, best);
        double probability = p[best.ordinal()];
        return new Judgement(issue.negated() ? best.reversed() : best, evidence, f.terms(), probability);
    }

    /** The features of a sentence toward an issue, by name (what the model weighs; for training). */
    public static Map<String, Double> features(String sentence, Issue issue) {
        return StanceFeatures.of(sentence, issue).values();
    }

    /** Whether {@code sentence} bears on {@code issue} (step 1 of the cascade). */
    public static boolean bearsOn(String sentence, Issue issue) {
        return StanceFeatures.of(sentence, issue).mentioned();
    }

    private List<String> evidence(Features f, Stance stance) {
        if (stance == Stance.NEITHER) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        f.evidence().forEach((name, words) -> {
            if (model.lean(name, stance) > 0) {
                out.addAll(words);
            }
        });
        return new ArrayList<>(out);
    }
}
