package dev.sitrep.eval.extraction;

/**
 * The score of one extracted page.
 *
 * @param id        the page id
 * @param precision share of the prediction found in the gold, or NaN when the prediction is empty
 * @param recall    share of the gold found in the prediction, or NaN when the gold is empty
 * @param f1        harmonic mean of the two (0 when either is 0 or NaN)
 */
public record PageScore(String id, double precision, double recall, double f1) {

    static PageScore of(String id, double precision, double recall) {
        double p = Double.isNaN(precision) ? 0 : precision;
        double r = Double.isNaN(recall) ? 0 : recall;
        return new PageScore(id, precision, recall, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
