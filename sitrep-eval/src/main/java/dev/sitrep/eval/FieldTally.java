package dev.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The score of one metadata field on one gold set: pages whose gold has the field, how many of those the
 * prediction matched, and how many pages without the field in the gold still got a prediction (spurious).
 */
public final class FieldTally {
    private final String set;
    private final String field;
    private int gold;
    private int correct;
    private int spurious;
    private final List<String> misses = new ArrayList<>();

    public FieldTally(String set, String field) {
        this.set = set;
        this.field = field;
    }

    /** Counts one page: {@code hasGold} when the gold states the field, {@code matched} when it agrees. */
    public void add(String page, boolean hasGold, boolean hasPrediction, boolean matched, String goldValue,
                    String predicted) {
        if (hasGold) {
            gold++;
            if (matched) {
                correct++;
            } else {
                misses.add(page + "\tgold: " + goldValue + "\tgot: " + predicted);
            }
        } else if (hasPrediction) {
            spurious++;
        }
    }

    public int gold() {
        return gold;
    }

    public int correct() {
        return correct;
    }

    public double accuracy() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public List<String> misses() {
        return misses;
    }

    /** One line: set, field, pages with gold, correct, accuracy, spurious. */
    public String line() {
        return String.format("metadata %s %s: gold %d, correct %d, accuracy %.3f, spurious %d", set, field, gold,
                correct, accuracy(), spurious);
    }
}
