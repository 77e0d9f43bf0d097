package dev.sitrep.eval;

import dev.sitrep.eval.BratAttributions.Attribution;
import dev.sitrep.eval.BratAttributions.Span;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.pipeline.Stage;
import dev.sitrep.quotes.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval quotes}: scores the quote stage on the PolNeAR dev split.
 *
 * <p>Each article's text goes through the real pipeline (a plain-text draft, entities and quotes on), as in
 * production; a headline first line becomes the title, and a statement of the title is scored where the title
 * stands in the original. The gold is one annotator per article: of the {@code <article>_<annotator>.ann} files, the first by
 * file name, so the choice is fixed and independent of Sitrep. Counted gold: attributions whose Content starts
 * with a quote mark or whose Cue holds a speech verb of Sitrep's lexicon (any form) or a cue phrase ("according
 * to"). A predicted quote matches a gold Content when their shared word tokens reach 0.3 of the longer one
 * (one-to-one, best overlaps first). A prediction matching an uncounted attribution (a belief, a poll finding) is
 * neither rewarded nor penalised. Speaker accuracy, on matched quotes whose gold has a Source: the predicted
 * speaker mention overlaps the Source, or the predicted speaker's entity has a mention overlapping it, or the
 * Source text contains the predicted canonical name.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote and speaker extraction on PolNeAR dev: precision, recall, F1, speaker accuracy.")
public final class QuotesEval implements Callable<Integer> {
    static final double MIN_OVERLAP = 0.3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Option(names = "--split", description = "PolNeAR split to score (default: ${DEFAULT-VALUE})")
    String split = "dev";

    @Option(names = "--verbose", description = "print each missed and spurious quote")
    boolean verbose;

    /** The figures of one run. */
    public record Scores(int articles, int gold, int predicted, int matched, int speakerChecked, int speakerRight,
            double seconds, double quoteSeconds) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy() {
            return speakerChecked == 0 ? 0 : (double) speakerRight / speakerChecked;
        }

        public double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "quotes polnear: articles=%d gold=%d predicted=%d matched=%d precision=%.3f recall=%.3f f1=%.3f"
                            + " speaker=%.3f (%d/%d) articles/s=%.1f quote-stage-cpu-ms/article=%.2f",
                    articles, gold, predicted, matched, precision(), recall(), f1(), speakerAccuracy(), speakerRight,
                    speakerChecked, articlesPerSecond(), articles == 0 ? 0 : quoteSeconds * 1000 / articles);
        }
    }

    @Override
    public Integer call() {
        Path dir = SharedData.dataSet("polnear").map(p -> p.resolve("data").resolve(split)).orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("sitrep eval quotes: ../shared/data/polnear not found (set SITREP_SHARED)");
            return 1;
        }
        System.out.println(score(dir, verbose));
        return 0;
    }

    /** Scores the split folder holding {@code text/} and {@code attributions/}. */
    public static Scores score(Path splitDir) {
        return score(splitDir, false);
    }

    static Scores score(Path splitDir, boolean verbose) {
        Map<String, Path> annotations = firstAnnotator(splitDir.resolve("attributions"));
        Pipeline pipeline = new Pipeline(PipelineOptions.builder().textOnly(false).build());
        Lexicon lex = Lexicon.defaults();
        int[] totals = new int[5];
        double seconds = 0;
        double[] quoteSeconds = new double[1];
        int articles = 0;
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path txt = splitDir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            try {
                String original = Files.readString(txt, StandardCharsets.UTF_8);
                List<Attribution> gold = BratAttributions.read(e.getValue());
                long t0 = System.nanoTime();
                Article a;
                try {
                    a = analyse(pipeline, original, txt.toString(), quoteSeconds);
                } catch (RuntimeException ex) {
                    throw new IllegalStateException(txt + ": " + ex.getMessage(), ex);
                }
                seconds += (System.nanoTime() - t0) / 1e9;
                articles++;
                scoreArticle(original, a, gold, lex, totals, verbose ? e.getKey() : null);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return new Scores(articles, totals[0], totals[1], totals[2], totals[3], totals[4], seconds, quoteSeconds[0]);
    }

    /** The article as production sees it: a plain-text draft through every stage after splitting. */
    static Article analyse(Pipeline pipeline, String text, String source, double[] quoteSeconds) {
        Draft d = new Draft(Article.builder().source(source).text(text).build(), null, false);
        // thread CPU time, not wall time: the figure should not move with the load of a shared machine
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Stage s : pipeline.stages()) {
            long t0 = cpu.getCurrentThreadCpuTime();
            d = s.apply(d);
            if (s.name().equals("quotes")) {
                quoteSeconds[0] += (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
            }
        }
        return d.article();
    }

    static Map<String, Path> firstAnnotator(Path dir) {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                String article = name.substring(0, name.lastIndexOf('_'));
                out.putIfAbsent(article, p);
            });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

    /** Whether a gold attribution is of the kind Sitrep reports: quoted, or cued by a speech verb or phrase. */
    static boolean counted(Attribution g, Lexicon lex) {
        String c = g.contentText().stripLeading();
        if (!c.isEmpty() && "“\"‘'«„".indexOf(c.charAt(0)) >= 0) {
            return true;
        }
        String cue = g.cue().toLowerCase(Locale.ROOT);
        for (String phrase : lex.cuePhrases()) {
            if (cue.contains(phrase)) {
                return true;
            }
        }
        Matcher m = WORD.matcher(cue);
        while (m.find()) {
            if (lex.speechVerb(m.group()) != null && !lex.colonOnly(lex.speechVerb(m.group()))) {
                return true;
            }
        }
        return false;
    }

    record Pred(Quote quote, BitSet tokens, int[] speaker) {
    }

    record Gold(Attribution a, BitSet tokens, boolean counted) {
    }

    /** How an article's statements pair with the gold: {@code predTo[i]} is the gold index of quote i, or -1. */
    record Matching(OffsetMap map, List<Pred> preds, List<Gold> gold, int[] predTo, boolean[] goldUsed) {
        /** The gold attribution quote {@code i} matches when it is one Sitrep is scored on, else null. */
        Attribution counted(int i) {
            int g = predTo[i];
            return g >= 0 && gold.get(g).counted() ? gold.get(g).a() : null;
        }
    }

    /** Pairs the article's statements with the gold attributions, one to one, best overlaps first. */
    static Matching match(String original, Article a, List<Attribution> attributions, Lexicon lex) {
        OffsetMap map = new OffsetMap(a.text(), original);
        int[] tokenIndex = tokenIndex(original);
        List<Gold> gold = new ArrayList<>();
        for (Attribution g : attributions) {
            BitSet b = new BitSet();
            for (Span s : g.content()) {
                mark(b, tokenIndex, s.start(), s.end());
            }
            gold.add(new Gold(g, b, counted(g, lex)));
        }
        List<Pred> preds = new ArrayList<>();
        for (Quote q : a.quotes()) {
            BitSet b = new BitSet();
            for (Quote.Part p : q.parts()) {
                int[] o = q.inTitle() ? titleSpan(original, a.title(), q.text()) : map.span(p.start(), p.end());
                if (o != null) {
                    mark(b, tokenIndex, o[0], o[1]);
                }
            }
            preds.add(new Pred(q, b, q.hasSpeakerMention() ? map.span(q.speakerStart(), q.speakerEnd()) : null));
        }
        record Pair(int p, int g, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                double s = overlap(preds.get(i).tokens(), gold.get(j).tokens());
                if (s >= MIN_OVERLAP) {
                    pairs.add(new Pair(i, j, s + (gold.get(j).counted() ? 1 : 0)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        int[] predTo = new int[preds.size()];
        java.util.Arrays.fill(predTo, -1);
        boolean[] goldUsed = new boolean[gold.size()];
        for (Pair p : pairs) {
            if (predTo[p.p()] < 0 && !goldUsed[p.g()]) {
                predTo[p.p()] = p.g();
                goldUsed[p.g()] = true;
            }
        }
        return new Matching(map, preds, gold, predTo, goldUsed);
    }

    /** Adds the article's gold, predicted, matched, speaker-checked and speaker-right counts to {@code totals}. */
    static void scoreArticle(String original, Article a, List<Attribution> attributions, Lexicon lex,
            int[] totals, String verboseName) {
        scoreArticle(original, a, attributions, lex, totals, verboseName, null);
    }

    /**
     * The same, also appending to {@code speakers} (when not null) whether each speaker-checked statement's
     * speaker is right, in the order of the article's statements: two runs that find the same statements can then
     * be compared statement by statement.
     */
    static void scoreArticle(String original, Article a, List<Attribution> attributions, Lexicon lex,
            int[] totals, String verboseName, List<Boolean> speakers) {
        Matching m = match(original, a, attributions, lex);
        List<Pred> preds = m.preds();
        List<Gold> gold = m.gold();
        int[] predTo = m.predTo();
        boolean[] goldUsed = m.goldUsed();
        OffsetMap map = m.map();
        for (Gold g : gold) {
            totals[0] += g.counted() ? 1 : 0;
        }
        for (int i = 0; i < preds.size(); i++) {
            Pred p = preds.get(i);
            int gi = predTo[i];
            if (gi >= 0 && !gold.get(gi).counted()) {
                continue;
            }
            totals[1]++;
            if (gi < 0) {
                if (verboseName != null) {
                    System.out.println(verboseName + "\tSPURIOUS\t" + p.quote().kind() + "\t" + p.quote().speaker()
                            + "\t" + p.quote().cue() + "\t" + flat(p.quote().text()));
                }
                continue;
            }
            totals[2]++;
            Attribution g = gold.get(gi).a();
            if (!g.source().isEmpty()) {
                totals[3]++;
                boolean right = speakerRight(p, g, a, map);
                totals[4] += right ? 1 : 0;
                if (speakers != null) {
                    speakers.add(right);
                }
                if (!right && verboseName != null) {
                    System.out.println(verboseName + "\tSPEAKER\t" + p.quote().speaker() + "\tgold=" + g.sourceText()
                            + "\t" + flat(p.quote().text()));
                }
            }
        }
        if (verboseName != null) {
            for (int j = 0; j < gold.size(); j++) {
                if (gold.get(j).counted() && !goldUsed[j]) {
                    System.out.println(verboseName + "\tMISSED\t" + gold.get(j).a().cue() + "\t"
                            + gold.get(j).a().sourceText() + "\t" + flat(gold.get(j).a().contentText())
                            + "\t" + nearest(preds, gold.get(j).tokens()) + "\t" + context(original, gold.get(j).a()));
                }
            }
        }
    }

    /** The prediction sharing most tokens with a missed gold, as "overlap:text", to tell near misses apart. */
    private static String nearest(List<Pred> preds, BitSet gold) {
        double best = 0;
        Pred near = null;
        for (Pred p : preds) {
            double s = overlap(p.tokens(), gold);
            if (s > best) {
                best = s;
                near = p;
            }
        }
        return near == null ? "-" : String.format(Locale.ROOT, "%.2f:%s", best, flat(near.quote().text()));
    }

    /** The text from a little before the attribution's first span to a little after its content starts. */
    private static String context(String original, Attribution g) {
        int s = Integer.MAX_VALUE;
        for (Span x : g.content()) {
            s = Math.min(s, x.start());
        }
        for (Span x : g.source()) {
            s = Math.min(s, x.start());
        }
        int from = Math.max(0, s - 60);
        int to = Math.min(original.length(), Math.max(from + 160, g.content().get(0).start() + 60));
        return "[" + original.substring(from, to).replace('\n', ' ').replace('\t', ' ') + "]";
    }

    private static String flat(String s) {
        String f = s.replace('\n', ' ');
        return f.length() > 200 ? f.substring(0, 200) : f;
    }

    private static boolean speakerRight(Pred p, Attribution g, Article a, OffsetMap map) {
        return speakerRight(p.speaker(), p.quote().speaker(), p.quote().speakerId(), g, a, map);
    }

    /**
     * Whether a speaker is the gold Source: its mention ({@code span}, in the original's offsets) overlaps the
     * Source, or the Source's words hold its name, or its entity has a mention overlapping the Source.
     */
    static boolean speakerRight(int[] span, String name, String id, Attribution g, Article a, OffsetMap map) {
        if (span != null) {
            for (Span s : g.source()) {
                if (span[0] < s.end() && s.start() < span[1]) {
                    return true;
                }
            }
        }
        if (name == null) {
            return false;
        }
        if (g.sourceText().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Entity e : a.entities()) {
            if (!e.id().equals(id)) {
                continue;
            }
            for (Mention m : e.spans()) {
                int[] o = map.span(m.start(), m.end());
                for (Span s : g.source()) {
                    if (o != null && o[0] < s.end() && s.start() < o[1]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where a statement of the title stands in the original, whose first line the title was taken from; or null. */
    private static int[] titleSpan(String original, String title, String words) {
        int t = title == null ? -1 : original.indexOf(title);
        int w = t < 0 ? -1 : original.indexOf(words, t);
        return w >= 0 && w + words.length() <= t + title.length() ? new int[] {w, w + words.length()} : null;
    }

    /** For each character, the index of the word token starting there, else -1. */
    private static int[] tokenIndex(String text) {
        int[] idx = new int[text.length() + 1];
        java.util.Arrays.fill(idx, -1);
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            idx[m.start()] = n++;
        }
        return idx;
    }

    private static void mark(BitSet b, int[] tokenIndex, int s, int e) {
        for (int i = Math.max(0, s); i < Math.min(e, tokenIndex.length - 1); i++) {
            if (tokenIndex[i] >= 0) {
                b.set(tokenIndex[i]);
            }
        }
    }

    private static double overlap(BitSet p, BitSet g) {
        int longer = Math.max(p.cardinality(), g.cardinality());
        if (longer == 0) {
            return 0;
        }
        BitSet both = (BitSet) p.clone();
        both.and(g);
        return (double) both.cardinality() / longer;
    }
}
