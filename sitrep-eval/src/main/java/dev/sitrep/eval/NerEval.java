package dev.sitrep.eval;

import dev.sitrep.corenlp.CoreNlpRecognizer;
import dev.sitrep.corenlp.CrfModel;
import dev.sitrep.corenlp.FeatureSet;
import dev.sitrep.eval.ConllCorpus.Sentence;
import dev.sitrep.eval.ConllCorpus.Span;
import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.EntityRecognizer;
import dev.sitrep.nlp.NamedSpan;
import dev.sitrep.nlp.RuleRecognizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval ner}: entity-level exact-span precision, recall and F1 on CoNLL-2003, per type and over
 * PER/ORG/LOC, for the CoreNLP recognizer and the built-in rules, with recognition speed.
 *
 * <p>Each sentence is its tokens joined by spaces. By default a whole document goes to the recognizer at once,
 * its sentences one per line, through the same {@link EntityRecognizer#recognize(String)} the pipeline calls
 * with a whole article, so the recognizer's own tokenizer and its document-level decisions run too;
 * {@code --unit SENTENCE} gives it one sentence at a time. A name counts only when its character span and
 * type equal the gold ones; {@code --misses} lists the names that do not. Sitrep types map back to CoNLL's:
 * PERSON to PER, ORG to ORG, LOC and GPE to LOC, everything else to MISC.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Named entities on CoNLL-2003: exact-span P/R/F1 per type and over PER/ORG/LOC, tokens/s.")
public final class NerEval implements Callable<Integer> {
    /** Sentences recognised, untimed, before the timed pass, so the figure is not the JIT's warm-up. */
    private static final int WARM_UP_SENTENCES = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--split", defaultValue = "valid", description = "valid or train (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--model", description = "CoreNLP model: ${COMPLETION-CANDIDATES} (default: CONLL_4CLASS)")
    CrfModel model;

    @Option(names = "--features", description = "CRF feature templates: ${COMPLETION-CANDIDATES} (default: FAST)")
    FeatureSet features;

    @Option(names = "--tokenizer-options", description = "CoreNLP PTB tokenizer options, for comparing settings")
    String tokenizerOptions;

    @Option(names = "--passes", defaultValue = "1",
            description = "timed passes over the split; the fastest is reported, as later passes run JIT-compiled code")
    int passes;

    @Option(names = "--no-rules", description = "skip the built-in rules")
    boolean noRules;

    @Option(names = "--unit", defaultValue = "DOCUMENT",
            description = "what the recognizer is given at once: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Unit unit;

    @Option(names = "--misses", defaultValue = "0", paramLabel = "N",
            description = "print the recognizer's first N wrong or missed names (PER/ORG/LOC/MISC), with their sentence")
    int misses;

    /** What the recognizer is given in one call. */
    public enum Unit {
        /** A whole document, one sentence per line: what the pipeline does with an article. */
        DOCUMENT,
        /** One sentence. */
        SENTENCE
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = SharedData.dataSet("conll2003").map(d -> d.resolve(split + ".txt")).filter(Files::isRegularFile)
                .orElseThrow(() -> new IllegalArgumentException("CoNLL-2003 " + split + " split not found under ../shared/data"));
        List<Sentence> sentences = ConllCorpus.read(file);
        if (features != null) {
            System.setProperty(FeatureSet.PROPERTY, features.name());
        }
        CrfModel m = model != null ? model : CrfModel.configured();
        CoreNlpRecognizer corenlp = tokenizerOptions == null ? new CoreNlpRecognizer(m) : new CoreNlpRecognizer(m, tokenizerOptions);
        Runtime rt = Runtime.getRuntime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long heapBefore = usedHeap(rt);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        corenlp.recognize("Loading.");
        double load = (System.nanoTime() - t0) / 1e9;
        double loadCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long heap = usedHeap(rt) - heapBefore;
        out.printf(Locale.ROOT, "ner conll2003/%s: %d sentences; model %s (%s features) loaded in %.1f s (%.1f s CPU), heap +%d MB%n",
                split, sentences.size(), m.name().toLowerCase(Locale.ROOT),
                m.featureSet().map(f -> f.name().toLowerCase(Locale.ROOT)).orElse("?"), load, loadCpu, heap >> 20);
        NerScores best = score(corenlp, sentences, unit);
        for (int i = 1; i < passes; i++) {
            NerScores again = score(corenlp, sentences, unit);
            best = again.tokensPerCpuSecond() > best.tokensPerCpuSecond() ? again : best;
        }
        out.println("ner conll2003/" + split + " " + best.describe());
        if (misses > 0) {
            printMisses(out, sentences, predict(corenlp, sentences, unit));
        }
        if (!noRules) {
            out.println("ner conll2003/" + split + " " + score(new RuleRecognizer(), sentences, unit).describe());
        }
        return 0;
    }

    /** Scores a recognizer on the given sentences, given a document at a time (as the pipeline does). */
    public static NerScores score(EntityRecognizer recognizer, List<Sentence> sentences) {
        return score(recognizer, sentences, Unit.DOCUMENT);
    }

    /** Scores a recognizer on the given sentences (after an untimed warm-up on the first of them). */
    public static NerScores score(EntityRecognizer recognizer, List<Sentence> sentences, Unit unit) {
        predict(recognizer, sentences.subList(0, Math.min(WARM_UP_SENTENCES, sentences.size())), unit);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Set<Span>> predicted = predict(recognizer, sentences, unit);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        Map<String, Prf> byType = new HashMap<>();
        Prf untyped = Prf.ZERO;
        int tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            tokens += s.tokens();
            Set<Span> pred = predicted.get(i);
            Set<Span> gold = new HashSet<>(s.gold());
            for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
                byType.merge(type, compare(only(gold, type), only(pred, type)), Prf::plus);
            }
            untyped = untyped.plus(compare(untype(gold), untype(pred)));
        }
        return new NerScores(recognizer.name(), byType, untyped, tokens, seconds, cpuSeconds);
    }

    /** Each sentence's predicted names, as CoNLL-typed spans of the sentence's text. */
    static List<Set<Span>> predict(EntityRecognizer recognizer, List<Sentence> sentences, Unit unit) {
        List<Set<Span>> out = new ArrayList<>(sentences.size());
        int from = 0;
        while (from < sentences.size()) {
            int to = from + 1;
            while (unit == Unit.DOCUMENT && to < sentences.size()
                    && sentences.get(to).document() == sentences.get(from).document()) {
                to++;
            }
            StringBuilder text = new StringBuilder();
            int[] starts = new int[to - from];
            for (int i = from; i < to; i++) {
                text.append(i > from ? "\n" : "");
                starts[i - from] = text.length();
                text.append(sentences.get(i).text());
                out.add(new HashSet<>());
            }
            for (NamedSpan n : recognizer.recognize(text.toString())) {
                int k = Arrays.binarySearch(starts, n.start());
                k = k >= 0 ? k : -k - 2;
                out.get(from + k).add(new Span(n.start() - starts[k], n.end() - starts[k], conllType(n.type())));
            }
            from = to;
        }
        return out;
    }

    /** The first {@link #misses} names predicted but not gold ("+") and gold but not predicted ("-"). */
    private void printMisses(PrintWriter out, List<Sentence> sentences, List<Set<Span>> predicted) {
        int printed = 0;
        for (int i = 0; i < sentences.size() && printed < misses; i++) {
            Sentence s = sentences.get(i);
            Set<Span> gold = new HashSet<>(s.gold());
            Set<Span> pred = predicted.get(i);
            List<String> lines = new ArrayList<>();
            pred.stream().filter(p -> !gold.contains(p)).forEach(p -> lines.add("+ " + describe(s, p)));
            gold.stream().filter(g -> !pred.contains(g)).forEach(g -> lines.add("- " + describe(s, g)));
            if (!lines.isEmpty()) {
                lines.sort(null);
                lines.forEach(out::println);
                out.println("    in doc " + s.document() + ": " + s.text());
                printed += lines.size();
            }
        }
    }

    private static String describe(Sentence s, Span span) {
        return span.type() + " " + s.text().substring(span.start(), span.end());
    }

    /** Scores a recognizer on a CoNLL-2003 file. */
    public static NerScores score(EntityRecognizer recognizer, Path conllFile) throws IOException {
        return score(recognizer, ConllCorpus.read(conllFile));
    }

    static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORG -> "ORG";
            case LOC, GPE -> "LOC";
            case NORP, EVENT, OTHER -> "MISC";
        };
    }

    private static <T> Prf compare(Set<T> gold, Set<T> pred) {
        int tp = (int) pred.stream().filter(gold::contains).count();
        return new Prf(tp, pred.size() - tp, gold.size() - tp);
    }

    private static Set<Span> only(Set<Span> spans, String type) {
        Set<Span> out = new HashSet<>();
        spans.stream().filter(s -> s.type().equals(type)).forEach(out::add);
        return out;
    }

    private static Set<Span> untype(Set<Span> spans) {
        Set<Span> out = new HashSet<>();
        spans.forEach(s -> out.add(new Span(s.start(), s.end(), "")));
        return out;
    }

    private static long usedHeap(Runtime rt) {
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
