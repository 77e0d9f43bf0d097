package dev.sitrep.positions;

import dev.sitrep.positions.StanceFeatures.Features;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Says whether a sentence supports, opposes or is neutral toward an issue, and which words carry that.
 *
 * <p>The cascade, the same for every issue, the bundled ones and any proposition a user writes: (1) the issue's
 * words are found in the sentence ({@link Issue}: by stem, widened by synonyms); a sentence that does not bear
 * on the issue is {@link Stance#NEITHER}, with no evidence. (2) The stance cues are found among the other words
 * and each is read with the negation that reaches it ({@link StanceFeatures}). (3) When the issue has a stance head
 * learnt from labelled sentences ({@link StanceHeads}: the climate issue, from GWSD) and its sentence encoders are
 * on the class path, the sentence's vectors join the features and the head weighs them all; otherwise the shared
 * {@link StanceModel} weighs the word features. The likeliest stance wins. (4) A proposition that denies ("should
 * not join") turns the stance round. The evidence is the words of the features that lean toward the stance given.
 */
public final class StanceDetector {
    private static final StanceDetector DEFAULT = new StanceDetector(StanceModel.defaults(), StanceHeads::bundled);

    private final StanceModel model;
    private final Function<String, Optional<StanceHeads.Head>> heads;

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

    /** A detector that weighs every issue with {@code model}, heads left aside. */
    public StanceDetector(StanceModel model) {
        this(model, id -> Optional.empty());
    }

    /** A detector that weighs an issue with its head, by issue id, where {@code heads} gives one. */
    public StanceDetector(StanceModel model, Function<String, Optional<StanceHeads.Head>> heads) {
        this.model = model;
        this.heads = heads;
    }

    /** The detector with the bundled model and heads. */
    public static StanceDetector defaults() {
        return DEFAULT;
    }

    /** The stance of {@code sentence} toward {@code issue}. */
    public Judgement judge(String sentence, Issue issue) {
        return judge(StanceFeatures.of(sentence, issue), sentence, issue);
    }

    /** {@link #judge(String, Issue)} over the sentence's tokens, read once for several uses. */
    Judgement judge(List<Words.Token> tokens, String sentence, Issue issue) {
        return judge(StanceFeatures.of(tokens, sentence, issue), sentence, issue);
    }

    private Judgement judge(Features f, String sentence, Issue issue) {
        if (!f.mentioned()) {
            return new Judgement(Stance.NEITHER, List.of(), f.terms(), 1);
        }
        Optional<StanceHeads.Head> head = heads.apply(issue.id());
        StanceModel weigh = head.map(StanceHeads.Head::model).orElse(model);
        double[] p = weigh.probabilities(head.isPresent() ? head.get().features(f.values(), sentence) : f.values());
        Stance best = Stance.NEITHER;
        for (Stance s : Stance.values()) {
            if (p[s.ordinal()] > p[best.ordinal()]) {
                best = s;
            }
        }
        List<String> evidence = evidence(weigh, f, best);
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

    private static List<String> evidence(StanceModel model, Features f, Stance stance) {
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
