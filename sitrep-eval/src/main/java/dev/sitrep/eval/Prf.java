package dev.sitrep.eval;

/**
 * Counts of one exact-match comparison and the figures made from them.
 *
 * @param tp predicted and gold
 * @param fp predicted, not gold
 * @param fn gold, not predicted
 */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** "F1 0.912 (P 0.915 R 0.909)". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "F1 %.3f (P %.3f R %.3f)", f1(), precision(), recall());
    }
}
