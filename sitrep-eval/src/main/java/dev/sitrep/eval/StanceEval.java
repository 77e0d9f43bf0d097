package dev.sitrep.eval;

import dev.sitrep.positions.Issue;
import dev.sitrep.positions.Issues;
import dev.sitrep.positions.Stance;
import dev.sitrep.positions.StanceDetector;
import dev.sitrep.positions.StanceHeads;
import dev.sitrep.positions.StanceModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval stance}: scores the stance detector on GWSD (news sentences labelled agree / neutral /
 * disagree toward "climate change is a serious concern"; agree is supports, disagree opposes, neutral neither).
 *
 * <p>The rows are split once and for all by the CRC-32 of their id: a fifth (remainder 0 mod 5) is dev, the rest
 * train. The figures are those of the bundled model through {@link StanceDetector}, the code path every issue
 * takes, with the default issue of that proposition; beside them the majority class of train as a baseline, and
 * a 5-fold cross-validation over train (trained on four folds, scored on the fifth). {@code --write FILE} trains on
 * all of train with the regularisation that cross-validation prefers (the strongest within 0.005 of the best
 * macro-F1) and writes the model: the bundled
 * {@code stance-model.tsv} is that file. {@code --bare} scores the same model with the issue made from the
 * proposition's words alone ({@link Issue#of(String)}), as for any proposition a user writes.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "Stance toward an issue on GWSD: macro-F1 and accuracy on train and dev beside the majority class.")
public final class StanceEval implements Callable<Integer> {
    static final String PROPOSITION = "Climate change is a serious concern";
    static final double[] L2 = {0.0003, 0.001, 0.003, 0.01, 0.03};
    static final int FOLDS = 5;
    /** The sentence encoders of the climate issue's head. */
    static final List<String> HEAD_ENCODERS = List.of("e5-small-v2-q", "bge-small-en-v15-q");
    static final double L2_TOLERANCE = 0.005;

    @Option(names = "--write", paramLabel = "FILE", description = "train on GWSD train and write the model here")
    Path write;

    @Option(names = "--write-head", paramLabel = "FILE", description = "learn the climate issue's stance head (word"
            + " features and sentence vectors) on GWSD train and write it here")
    Path writeHead;

    @Option(names = "--bare", description = "score the issue made from the proposition's own words, not the default"
            + " issue's word lists")
    boolean bare;

    @Option(names = "--cv", description = "also score 5-fold cross-validation over train at each L2 of the grid")
    boolean cv;

    @Option(names = "--misses", paramLabel = "N", description = "print N train sentences scored wrong (dev stays unseen)")
    int misses;

    /** A gold row: its id, sentence and stance. */
    record Row(String id, String sentence, Stance gold) {
        boolean dev() {
            return crc() % FOLDS == 0;
        }

        /** The cross-validation fold of a train row, 0 to 4, independent of the dev split. */
        int fold() {
            return (int) (crc() / FOLDS % FOLDS);
        }

        private long crc() {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            return crc.getValue();
        }
    }

    /** Macro-F1 and accuracy of one set of predictions, with the majority-class baseline on the same rows. */
    public record Scores(String split, int rows, double macroF1, double accuracy, double baselineF1,
            double baselineAccuracy) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "stance gwsd %s: rows=%d macro-F1=%.3f accuracy=%.3f"
                    + " (majority class: macro-F1=%.3f accuracy=%.3f)", split, rows, macroF1, accuracy, baselineF1,
                    baselineAccuracy);
        }
    }

    @Override
    public Integer call() throws IOException {
        Path tsv = SharedData.dataSet("gwsd").map(p -> p.resolve("sentences.tsv")).orElse(null);
        if (tsv == null || !Files.isRegularFile(tsv)) {
            System.err.println("sitrep eval stance: ../shared/data/gwsd/sentences.tsv not found (set SITREP_SHARED)");
            return 1;
        }
        List<Row> rows = read(tsv);
        Issue issue = bare ? Issue.of(PROPOSITION) : Issues.named(PROPOSITION);
        if (write != null && bare) {
            System.err.println("sitrep eval stance: --write learns with the default issue; leave out --bare");
            return 2;
        }
        long bearing = rows.stream().filter(r -> StanceDetector.bearsOn(r.sentence(), issue)).count();
        System.out.printf(Locale.ROOT, "issue %s: %d of %d sentences bear on it%n", issue, bearing, rows.size());
        StanceHeads.bundled(issue.id()).ifPresentOrElse(
                h -> System.out.println("judged by the issue's stance head over the sentence vectors of "
                        + String.join(" and ", h.model().encoders())),
                () -> System.out.println("judged by the shared model (no stance head for " + issue.id()
                        + ", or its encoders are not on the class path)"));
        if (writeHead != null) {
            if (bare) {
                System.err.println("sitrep eval stance: --write-head learns with the default issue; leave out --bare");
                return 2;
            }
            StanceModel head = learnHead(rows, issue, true);
            try (Writer w = Files.newBufferedWriter(writeHead, StandardCharsets.UTF_8)) {
                head.write(w);
            }
            System.out.println("wrote " + writeHead + " (" + head.size() + " features)");
            return 0;
        }
        if (write != null) {
            StanceModel m = learn(rows, issue, true);
            try (Writer w = Files.newBufferedWriter(write, StandardCharsets.UTF_8)) {
                m.write(w);
            }
            System.out.println("wrote " + write + " (" + m.size() + " features)");
            StanceDetector d = new StanceDetector(m);
            score(rows, issue, d).forEach(System.out::println);
            return 0;
        }
        score(rows, issue, StanceDetector.defaults()).forEach(System.out::println);
        if (cv) {
            List<Row> train = rows.stream().filter(r -> !r.dev()).toList();
            chooseL2(train, issue, true);
            if (StanceHeads.bundled(issue.id()).isPresent()) {
                StanceHeadTrainer t = StanceHeadTrainer.of(issue, HEAD_ENCODERS);
                t.encode(train);
                t.chooseL2(train, true);
            }
        }
        rows.stream().filter(r -> !r.dev()).map(r -> miss(r, issue)).filter(m -> m != null).limit(misses)
                .forEach(System.out::println);
        return 0;
    }

    /** A train row the bundled model gets wrong, as "gold, predicted, evidence, sentence"; null when right. */
    private static String miss(Row r, Issue issue) {
        StanceDetector.Judgement j = StanceDetector.defaults().judge(r.sentence(), issue);
        return j.stance() == r.gold() ? null : String.join("\t", r.gold().label(), j.stance().label(),
                String.valueOf(j.evidence()), r.sentence());
    }

    /** The model {@code --write} writes, learnt from the train rows of {@code tsv}, as text. */
    public static String learnt(Path tsv) throws IOException {
        StringWriter out = new StringWriter();
        learn(read(tsv), Issues.named(PROPOSITION), false).write(out);
        return out.toString();
    }

    /** The climate issue's head {@code --write-head} writes, learnt from the train rows of {@code tsv}, as text. */
    public static String learntHead(Path tsv) throws IOException {
        StringWriter out = new StringWriter();
        learnHead(read(tsv), Issues.named(PROPOSITION), false).write(out);
        return out.toString();
    }

    private static StanceModel learnHead(List<Row> rows, Issue issue, boolean print) {
        List<Row> train = rows.stream().filter(r -> !r.dev()).toList();
        StanceHeadTrainer t = StanceHeadTrainer.of(issue, HEAD_ENCODERS);
        t.encode(train);
        double l2 = t.chooseL2(train, print);
        return t.learn(train, l2, List.of(
                "Stance head of the issue " + issue.id() + " (dev.sitrep.positions.StanceHeads), one column per stance",
                "(supports, opposes, neither): weights over the features of dev.sitrep.positions.StanceFeatures and over",
                "the components of the sentence vectors of the encoders named below (embed:ENCODER:I).",
                "Learnt by Sitrep from GWSD train (" + train.size() + " sentences, ../shared/data/gwsd; a fifth of the",
                "rows by CRC-32 of their id is dev and not used), the L2 chosen by 5-fold cross-validation over train:",
                "    ./sitrep eval stance --write-head sitrep-embed/src/main/resources/dev/sitrep/positions/heads/"
                        + issue.id() + ".tsv",
                String.format(Locale.ROOT, "L2 %s, vector components standardised and scaled by %s (folded into these"
                        + " weights), %d full-batch AdaGrad steps, class-balanced.", l2, StanceHeadTrainer.VECTOR_SCALE,
                        StanceHeadTrainer.ITERATIONS)));
    }

    private static StanceModel learn(List<Row> rows, Issue issue, boolean print) {
        List<Row> train = rows.stream().filter(r -> !r.dev()).toList();
        double l2 = chooseL2(train, issue, print);
        return train(train, issue, l2, header(l2, train.size()));
    }

    /** The bundled model's scores on GWSD train and dev, read from {@code tsv}. */
    public static List<Scores> score(Path tsv) throws IOException {
        return score(tsv, false);
    }

    /** The same, with the issue made from the proposition's words alone when {@code bare}. */
    public static List<Scores> score(Path tsv, boolean bare) throws IOException {
        Issue issue = bare ? Issue.of(PROPOSITION) : Issues.named(PROPOSITION);
        return score(read(tsv), issue, StanceDetector.defaults());
    }

    static List<Scores> score(List<Row> rows, Issue issue, StanceDetector detector) {
        List<Row> train = rows.stream().filter(r -> !r.dev()).toList();
        List<Row> dev = rows.stream().filter(Row::dev).toList();
        Stance majority = majority(train);
        return List.of(scores("train", train, issue, detector, majority),
                scores("dev", dev, issue, detector, majority));
    }

    static List<Row> read(Path tsv) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (f.length < 3) {
                throw new IOException(tsv + ": line " + (i + 1) + ": expected id, sentence, label");
            }
            out.add(new Row(f[0], f[1], switch (f[2]) {
                case "agree" -> Stance.SUPPORTS;
                case "disagree" -> Stance.OPPOSES;
                case "neutral" -> Stance.NEITHER;
                default -> throw new IOException(tsv + ": line " + (i + 1) + ": unknown label " + f[2]);
            }));
        }
        return out;
    }

    private static Stance majority(List<Row> rows) {
        int[] n = new int[Stance.values().length];
        rows.forEach(r -> n[r.gold().ordinal()]++);
        Stance best = Stance.NEITHER;
        for (Stance s : Stance.values()) {
            if (n[s.ordinal()] > n[best.ordinal()]) {
                best = s;
            }
        }
        return best;
    }

    private static Scores scores(String split, List<Row> rows, Issue issue, StanceDetector d, Stance majority) {
        Stance[] gold = rows.stream().map(Row::gold).toArray(Stance[]::new);
        Stance[] pred = rows.stream().map(r -> d.judge(r.sentence(), issue).stance()).toArray(Stance[]::new);
        Stance[] base = rows.stream().map(r -> majority).toArray(Stance[]::new);
        return new Scores(split, rows.size(), macroF1(gold, pred), accuracy(gold, pred), macroF1(gold, base),
                accuracy(gold, base));
    }

    static double accuracy(Stance[] gold, Stance[] pred) {
        int right = 0;
        for (int i = 0; i < gold.length; i++) {
            right += gold[i] == pred[i] ? 1 : 0;
        }
        return gold.length == 0 ? 0 : (double) right / gold.length;
    }

    /** The mean over the three stances of each one's F1 (a stance never gold nor predicted counts 0). */
    static double macroF1(Stance[] gold, Stance[] pred) {
        double sum = 0;
        for (Stance s : Stance.values()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.length; i++) {
                tp += gold[i] == s && pred[i] == s ? 1 : 0;
                fp += gold[i] != s && pred[i] == s ? 1 : 0;
                fn += gold[i] == s && pred[i] != s ? 1 : 0;
            }
            sum += new Prf(tp, fp, fn).f1();
        }
        return sum / Stance.values().length;
    }

    /**
     * The strongest L2 whose models score within {@link #L2_TOLERANCE} of the best macro-F1 over the folds of
     * train, each fold scored by a model learnt on the others: of models that score alike, the simpler one.
     */
    private static double chooseL2(List<Row> train, Issue issue, boolean print) {
        return chooseL2(train, issue, L2, (fit, l2) -> new StanceDetector(train(fit, issue, l2, List.of())),
                "train", print);
    }

    /**
     * The strongest L2 of {@code grid} whose detectors, learnt by {@code learn} from the other folds of train, score
     * within {@link #L2_TOLERANCE} of the best macro-F1 over the folds; each line printed starts with {@code label}.
     */
    static double chooseL2(List<Row> train, Issue issue, double[] grid,
            BiFunction<List<Row>, Double, StanceDetector> learn, String label, boolean print) {
        double[] f1 = new double[grid.length];
        double best = -1;
        for (int i = 0; i < grid.length; i++) {
            List<Stance> gold = new ArrayList<>();
            List<Stance> pred = new ArrayList<>();
            for (int k = 0; k < FOLDS; k++) {
                int fold = k;
                StanceDetector d = learn.apply(train.stream().filter(r -> r.fold() != fold).toList(), grid[i]);
                for (Row r : train) {
                    if (r.fold() == fold) {
                        gold.add(r.gold());
                        pred.add(d.judge(r.sentence(), issue).stance());
                    }
                }
            }
            Stance[] g = gold.toArray(Stance[]::new);
            Stance[] p = pred.toArray(Stance[]::new);
            f1[i] = macroF1(g, p);
            best = Math.max(best, f1[i]);
            if (print) {
                System.out.printf(Locale.ROOT, "  %s, %d-fold cross-validation, l2 %.4f: macro-F1 %.3f accuracy %.3f%n",
                        label, FOLDS, grid[i], f1[i], accuracy(g, p));
            }
        }
        for (int i = grid.length - 1; i >= 0; i--) {
            if (f1[i] >= best - L2_TOLERANCE) {
                return grid[i];
            }
        }
        return grid[0];
    }

    /** A model trained on the rows that bear on the issue (the others are neither whatever the model says). */
    private static StanceModel train(List<Row> rows, Issue issue, double l2, List<String> header) {
        List<StanceTrainer.Row> data = rows.stream().filter(r -> StanceDetector.bearsOn(r.sentence(), issue))
                .map(r -> new StanceTrainer.Row(StanceDetector.features(r.sentence(), issue), r.gold())).toList();
        return StanceTrainer.train(data, l2, header);
    }

    private static List<String> header(double l2, int rows) {
        return List.of(
                "Weights of dev.sitrep.positions.StanceModel, one column per stance (supports, opposes, neither);",
                "features: dev.sitrep.positions.StanceFeatures, relative to the issue, the same for every issue.",
                "Learnt by Sitrep from GWSD train (" + rows + " sentences, ../shared/data/gwsd; a fifth of the rows",
                "by CRC-32 of their id is dev and not used), the L2 chosen by 5-fold cross-validation over train",
                "(the strongest within " + L2_TOLERANCE + " of the best macro-F1):",
                "    ./sitrep eval stance --write sitrep-core/src/main/resources/dev/sitrep/positions/stance-model.tsv",
                String.format(Locale.ROOT, "L2 %s, %d full-batch AdaGrad steps, class-balanced.", l2,
                        StanceTrainer.ITERATIONS));
    }
}
