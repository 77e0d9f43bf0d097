package dev.sitrep.eval;

import dev.sitrep.eval.StanceEval.Row;
import dev.sitrep.positions.Issue;
import dev.sitrep.positions.Stance;
import dev.sitrep.positions.StanceDetector;
import dev.sitrep.positions.StanceModel;
import java.util.List;
import java.util.Locale;

/**
 * Learns a stance head for any issue from sentences a user labelled with their stance toward it, as the climate
 * issue's head is learnt from GWSD ({@code sitrep stance --learn}): the same features, standardisation, steps and
 * choice of L2 by 5-fold cross-validation (each sentence's fold from the CRC-32 of its text).
 */
public final class StanceHeadLearning {
    /** The fewest labelled sentences bearing on the issue a head is learnt from. */
    public static final int MINIMUM = 20;

    /** A sentence and its gold stance toward the issue. */
    public record Labelled(String sentence, Stance stance) {
    }

    /** The head learnt, the L2 cross-validation chose, and how many sentences bore on the issue. */
    public record Learnt(StanceModel head, double l2, int bearing) {
    }

    private StanceHeadLearning() {
    }

    /**
     * Learns the head of {@code issue} from {@code labelled}; {@code source} names them in the head's header.
     * Prints the cross-validated macro-F1 at each L2 when {@code print}.
     *
     * @throws IllegalArgumentException when fewer than {@link #MINIMUM} sentences bear on the issue, or the
     *     sentence encoders are not on the class path
     */
    public static Learnt learn(Issue issue, List<Labelled> labelled, String source, boolean print) {
        List<Row> rows = labelled.stream().map(l -> new Row(l.sentence(), l.sentence(), l.stance())).toList();
        int bearing = (int) rows.stream().filter(r -> StanceDetector.bearsOn(r.sentence(), issue)).count();
        if (bearing < MINIMUM) {
            throw new IllegalArgumentException(bearing + " of the " + rows.size() + " labelled sentences bear on the"
                    + " issue (its words); a head needs at least " + MINIMUM);
        }
        StanceHeadTrainer t = StanceHeadTrainer.of(issue, StanceEval.HEAD_ENCODERS);
        t.encode(rows);
        double l2 = t.chooseL2(rows, print);
        StanceModel head = t.learn(rows, l2, List.of(
                "Stance head of the issue " + issue.id() + " (" + issue.proposition() + "), one column per stance",
                "(supports, opposes, neither), over dev.sitrep.positions.StanceFeatures and the sentence vectors of the",
                "encoders named below. Learnt by sitrep stance --learn from " + rows.size() + " labelled sentences ("
                        + bearing + " bearing on the issue) of " + source + ";",
                String.format(Locale.ROOT, "L2 %s chosen by 5-fold cross-validation, vector scale %s, %d steps.", l2,
                        StanceHeadTrainer.VECTOR_SCALE, StanceHeadTrainer.ITERATIONS)));
        return new Learnt(head, l2, bearing);
    }
}
