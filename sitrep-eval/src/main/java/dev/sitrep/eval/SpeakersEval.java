package dev.sitrep.eval;

import dev.sitrep.eval.BratAttributions.Attribution;
import dev.sitrep.model.Article;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Stage;
import dev.sitrep.quotes.Lexicon;
import dev.sitrep.quotes.QuoteStage;
import dev.sitrep.quotes.SpeakerChoice;
import dev.sitrep.quotes.SpeakerRanker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval speakers}: learns the {@link SpeakerRanker}'s weights from PolNeAR and measures what they do.
 *
 * <p>Training data: every statement of PolNeAR train that the quote stage finds and that matches a counted gold
 * attribution with a Source (the scorer of {@link QuotesEval}); its candidates are labelled right when the
 * scorer would count them right as the speaker. The model is a conditional log-linear ranker (softmax over one
 * statement's candidates, the likelihood of the right ones maximised, L2-regularised, AdaGrad, a fixed seed).
 * The regularisation and the decision thresholds are chosen on dev; nothing is tuned on the held-out folds.
 *
 * <p>It prints the rules alone and with the ranker on dev, and the same by k-fold cross-validation over train
 * (train on k-1 folds, score the one left out with the full scorer, sum over folds). {@code --write FILE} trains on
 * all of train with what dev chose and writes the model Sitrep ships ({@code speaker-ranker.tsv}).
 */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "Trains and measures the speaker ranker on PolNeAR: dev, and k-fold cross-validation over train.")
public final class SpeakersEval implements Callable<Integer> {
    private static final double[] L2 = {0.0003, 0.001, 0.003, 0.01};
    private static final double[] MIN_PROBABILITY = {0.5};
    private static final double[] OVERRIDE_MARGIN = {0.0, 0.2, 0.4, 0.6};
    private static final int EPOCHS = 25;

    @Option(names = "--folds", description = "folds of the cross-validation over train, 0 for none (default: ${DEFAULT-VALUE})")
    int folds = 5;

    @Option(names = "--write", description = "train on all of train and write the model here")
    Path write;

    /** One article, analysed up to its statements, with its gold. */
    private record Doc(String name, String original, Draft draft, List<Attribution> gold) {
    }

    /** One statement's candidates as feature indices, and which are right. */
    private record Instance(int[][] features, boolean[] right) {
    }

    /** Settings chosen on dev. */
    private record Settings(double l2, double minProbability, double overrideMargin) {
    }

    /** Counts of one scoring: gold, predicted, matched, speaker-checked, speaker-right (as {@code QuotesEval}). */
    public record Counts(int gold, int predicted, int matched, int speakerChecked, int speakerRight) {
        static Counts of(int[] t) {
            return new Counts(t[0], t[1], t[2], t[3], t[4]);
        }

        public double f1() {
            double p = (double) matched / Math.max(1, predicted);
            double r = (double) matched / Math.max(1, gold);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy() {
            return (double) speakerRight / Math.max(1, speakerChecked);
        }

        @Override
        public String toString() {
            return format(new int[] {gold, predicted, matched, speakerChecked, speakerRight});
        }
    }

    /**
     * The ranker and the rules alone compared statement by statement over the same statements: how many speakers
     * only the ranker gets right, and how many only the rules do.
     */
    public record Paired(int rankerOnly, int rulesOnly) {
        /**
         * McNemar's statistic, (b - c) / sqrt(b + c): how many standard deviations the ranker's gain lies from
         * what chance disagreement would give; above 2.58, the rules alone would do as well with probability
         * under 0.5%.
         */
        public double z() {
            int n = rankerOnly + rulesOnly;
            return n == 0 ? 0 : (rankerOnly - rulesOnly) / Math.sqrt(n);
        }

        static Paired of(List<Boolean> ranker, List<Boolean> rules) {
            if (ranker.size() != rules.size()) {
                throw new IllegalStateException("the ranker changed which statements are checked: "
                        + ranker.size() + " against " + rules.size());
            }
            int b = 0;
            int c = 0;
            for (int i = 0; i < ranker.size(); i++) {
                b += ranker.get(i) && !rules.get(i) ? 1 : 0;
                c += rules.get(i) && !ranker.get(i) ? 1 : 0;
            }
            return new Paired(b, c);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "right only with the ranker %d, only with the rules %d, McNemar z %.2f",
                    rankerOnly, rulesOnly, z());
        }
    }

    /**
     * The figures of a run: rules alone and with the ranker, on dev and by cross-validation over train, and the
     * two compared statement by statement over the cross-validation.
     */
    public record Report(Counts devRules, Counts devRanker, Counts foldsRules, Counts foldsRanker, Paired foldsPaired) {
    }

    @Override
    public Integer call() throws IOException {
        Path root = SharedData.dataSet("polnear").map(p -> p.resolve("data")).orElse(null);
        if (root == null || !Files.isDirectory(root.resolve("train"))) {
            System.err.println("sitrep eval speakers: ../shared/data/polnear not found (set SITREP_SHARED)");
            return 1;
        }
        run(root, folds, write, true);
        return 0;
    }

    /**
     * Chooses the settings on dev, trains on train, prints and returns the figures; with {@code write}, writes the
     * model trained on all of train there.
     */
    public static Report run(Path root, int folds, Path write, boolean print) throws IOException {
        Lexicon lex = Lexicon.defaults();
        List<Doc> train = load(root.resolve("train"));
        List<Doc> dev = load(root.resolve("dev"));
        Counts devRules = Counts.of(totals(dev, SpeakerRanker.rulesOnly(), lex));
        Settings best = choose(train, dev, lex, print);
        SpeakerRanker model = train(train, lex, best, header(best));
        Counts devRanker = Counts.of(totals(dev, model, lex));
        Counts foldsRules = null;
        Counts foldsRanker = null;
        Paired paired = null;
        if (folds > 1) {
            int[] rules = new int[5];
            int[] ranked = new int[5];
            List<Boolean> rulesRight = new ArrayList<>();
            List<Boolean> rankerRight = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                List<Doc> in = new ArrayList<>();
                List<Doc> out = new ArrayList<>();
                for (int i = 0; i < train.size(); i++) {
                    (i % folds == k ? out : in).add(train.get(i));
                }
                SpeakerRanker m = train(in, lex, best, List.of());
                add(rules, totals(out, SpeakerRanker.rulesOnly(), lex, rulesRight));
                add(ranked, totals(out, m, lex, rankerRight));
            }
            foldsRules = Counts.of(rules);
            foldsRanker = Counts.of(ranked);
            paired = Paired.of(rankerRight, rulesRight);
        }
        if (print) {
            System.out.printf(Locale.ROOT, "polnear: %d train and %d dev articles%n", train.size(), dev.size());
            System.out.println("dev   rules:  " + devRules);
            System.out.println("dev   ranker: " + devRanker);
            if (foldsRules != null) {
                System.out.printf(Locale.ROOT, "train %d-fold rules:  %s%n", folds, foldsRules);
                System.out.printf(Locale.ROOT, "train %d-fold ranker: %s%n", folds, foldsRanker);
                System.out.printf(Locale.ROOT, "train %d-fold, statement by statement: %s%n", folds, paired);
            }
        }
        if (write != null) {
            try (Writer w = Files.newBufferedWriter(write, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            if (print) {
                System.out.println("model written to " + write);
            }
        }
        return new Report(devRules, devRanker, foldsRules, foldsRanker, paired);
    }

    private static List<String> header(Settings s) {
        return List.of(
                "Weights of dev.sitrep.quotes.SpeakerRanker: a statement's candidate speakers are scored by the sum of",
                "their features' weights (features: dev.sitrep.quotes.SpeakerCandidates). Learnt by Sitrep from",
                "PolNeAR train (840 articles, ../shared/data/polnear), settings chosen on PolNeAR dev:",
                "    ./sitrep eval speakers --write sitrep-core/src/main/resources/dev/sitrep/quotes/speaker-ranker.tsv",
                String.format(Locale.ROOT, "L2 %.4f, %d epochs of AdaGrad, seed 13.", s.l2(), EPOCHS));
    }

    /** The regularisation and thresholds that give the best speaker accuracy on dev (ties: quote F1, then simpler). */
    private static Settings choose(List<Doc> train, List<Doc> dev, Lexicon lex, boolean print) {
        List<Instance> instances = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Doc d : train) {
            instances.addAll(instances(d, lex, index));
        }
        Settings best = null;
        double bestAcc = -1;
        for (double l2 : L2) {
            double[] w = fit(instances, index.size(), l2);
            for (double min : MIN_PROBABILITY) {
                for (double margin : OVERRIDE_MARGIN) {
                    Settings s = new Settings(l2, min, margin);
                    int[] t = totals(dev, model(w, index, s, List.of()), lex);
                    double acc = (double) t[4] / Math.max(1, t[3]);
                    if (print) {
                        System.out.printf(Locale.ROOT, "  dev with l2=%.4f min-probability=%.2f override-margin=%.2f: %s%n",
                                l2, min, margin, format(t));
                    }
                    if (acc > bestAcc + 1e-9) {
                        bestAcc = acc;
                        best = s;
                    }
                }
            }
        }
        return best;
    }

    private static SpeakerRanker train(List<Doc> docs, Lexicon lex, Settings s, List<String> header) {
        List<Instance> instances = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Doc d : docs) {
            instances.addAll(instances(d, lex, index));
        }
        return model(fit(instances, index.size(), s.l2()), index, s, header);
    }

    private static SpeakerRanker model(double[] w, Map<String, Integer> index, Settings s, List<String> header) {
        Map<String, Double> weights = new HashMap<>();
        index.forEach((f, i) -> {
            if (Math.abs(w[i]) >= 1e-4) {
                weights.put(f, w[i]);
            }
        });
        return SpeakerRanker.of(weights, s.minProbability(), s.overrideMargin(), header);
    }

    /**
     * Maximises the log-likelihood of the right candidates (summed, as a statement can have several right ones,
     * e.g. a name and its pronoun) minus the L2 penalty, by AdaGrad over shuffled statements.
     */
    private static double[] fit(List<Instance> data, int dims, double l2) {
        double[] w = new double[dims];
        double[] g2 = new double[dims];
        Random random = new Random(13);
        List<Instance> order = new ArrayList<>(data);
        double rate = 0.3;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Instance x : order) {
                int n = x.features().length;
                double[] p = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < n; c++) {
                    for (int f : x.features()[c]) {
                        p[c] += w[f];
                    }
                    max = Math.max(max, p[c]);
                }
                double sum = 0;
                double right = 0;
                for (int c = 0; c < n; c++) {
                    p[c] = StrictMath.exp(p[c] - max);
                    sum += p[c];
                    right += x.right()[c] ? p[c] : 0;
                }
                Map<Integer, Double> grad = new HashMap<>();
                for (int c = 0; c < n; c++) {
                    double g = p[c] / sum - (x.right()[c] ? p[c] / right : 0);
                    if (g != 0) {
                        for (int f : x.features()[c]) {
                            grad.merge(f, g, Double::sum);
                        }
                    }
                }
                for (Map.Entry<Integer, Double> e : grad.entrySet()) {
                    int f = e.getKey();
                    double g = e.getValue() + l2 * w[f];
                    g2[f] += g * g;
                    w[f] -= rate * g / Math.sqrt(g2[f] + 1e-8);
                }
            }
        }
        return w;
    }

    /** The training statements of one article: found by the rules, matched to a gold with a Source, some candidate right. */
    private static List<Instance> instances(Doc d, Lexicon lex, Map<String, Integer> index) {
        Article before = d.draft().article();
        QuoteStage.Analysis an = new QuoteStage(lex, SpeakerRanker.rulesOnly()).analyse(before.text(), before.entities());
        Article a = before.toBuilder().quotes(an.quotes()).build();
        QuotesEval.Matching m = QuotesEval.match(d.original(), a, d.gold(), lex);
        List<Instance> out = new ArrayList<>();
        for (SpeakerChoice ch : an.choices()) {
            Attribution g = m.counted(ch.quote());
            if (g == null || g.source().isEmpty() || ch.candidates().size() < 2) {
                continue;
            }
            int n = ch.candidates().size();
            int[][] features = new int[n][];
            boolean[] right = new boolean[n];
            boolean any = false;
            for (int c = 0; c < n; c++) {
                SpeakerChoice.Candidate cand = ch.candidates().get(c);
                List<String> fs = cand.features();
                features[c] = new int[fs.size()];
                for (int f = 0; f < fs.size(); f++) {
                    features[c][f] = index.computeIfAbsent(fs.get(f), k -> index.size());
                }
                right[c] = QuotesEval.speakerRight(m.map().span(cand.start(), cand.end()), cand.name(), cand.id(), g, a,
                        m.map());
                any |= right[c];
            }
            if (any) {
                out.add(new Instance(features, right));
            }
        }
        return out;
    }

    /** Gold, predicted, matched, speaker-checked and speaker-right counts of the docs with this model. */
    private static int[] totals(List<Doc> docs, SpeakerRanker model, Lexicon lex) {
        return totals(docs, model, lex, null);
    }

    /** The same, appending each speaker-checked statement's outcome to {@code speakers} when it is not null. */
    private static int[] totals(List<Doc> docs, SpeakerRanker model, Lexicon lex, List<Boolean> speakers) {
        QuoteStage stage = new QuoteStage(lex, model);
        int[] t = new int[5];
        for (Doc d : docs) {
            Article a = stage.apply(d.draft()).article();
            QuotesEval.scoreArticle(d.original(), a, d.gold(), lex, t, null, speakers);
        }
        return t;
    }

    private static void add(int[] into, int[] t) {
        for (int i = 0; i < into.length; i++) {
            into[i] += t[i];
        }
    }

    private static String format(int[] t) {
        double p = (double) t[2] / Math.max(1, t[1]);
        double r = (double) t[2] / Math.max(1, t[0]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f speaker %.3f (%d/%d)", p, r, f,
                (double) t[4] / Math.max(1, t[3]), t[4], t[3]);
    }

    /** Each article of the split, through every stage before the quotes, as {@code eval quotes} sees it. */
    private static List<Doc> load(Path splitDir) {
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(false).build());
        List<Doc> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : QuotesEval.firstAnnotator(splitDir.resolve("attributions")).entrySet()) {
            Path txt = splitDir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            try {
                String original = Files.readString(txt, StandardCharsets.UTF_8);
                Draft d = new Draft(Article.builder().source(txt.toString()).text(original).build(), (LocalDate) null, false);
                for (Stage s : pipeline.stages()) {
                    if (!s.name().equals("quotes")) {
                        d = s.apply(d);
                    }
                }
                out.add(new Doc(e.getKey(), original, d, BratAttributions.read(e.getValue())));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return out;
    }
}
