package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses each statement's speaker among the candidates {@link SpeakerCandidates} proposes, with a log-linear
 * model: a candidate's score is the sum of its features' weights, and the scores of one statement's candidates
 * make a probability distribution (softmax). The weights are learnt from annotated news (the training command is
 * written at the top of the weights file, {@code speaker-ranker.tsv}); this class only applies them.
 *
 * <p>The rules stay where they are sure: the ranker replaces the rules' speaker only when another candidate is
 * more probable by {@link #overrideMargin()}, and gives a speaker to a statement the rules left without one only
 * when its best candidate is at least {@link #minProbability()} likely, more likely right than wrong. A model is a
 * few hundred weights, so it is scored by hand rather than through a machine-learning library.
 */
public final class SpeakerRanker {
    private static final String RESOURCE = "speaker-ranker.tsv";
    private static final SpeakerRanker RULES_ONLY = new SpeakerRanker(Map.of(), 1, 1, List.of());
    private static volatile SpeakerRanker defaults;

    private final Map<String, Double> weights;
    private final double minProbability;
    private final double overrideMargin;
    private final List<String> header;

    private SpeakerRanker(Map<String, Double> weights, double minProbability, double overrideMargin, List<String> header) {
        this.weights = Map.copyOf(weights);
        this.minProbability = minProbability;
        this.overrideMargin = overrideMargin;
        this.header = List.copyOf(header);
    }

    /** A model from its weights and decision thresholds; {@code header} lines are written as comments. */
    public static SpeakerRanker of(Map<String, Double> weights, double minProbability, double overrideMargin,
            List<String> header) {
        return new SpeakerRanker(weights, minProbability, overrideMargin, header);
    }

    /** No model: every statement keeps the speaker the rules gave it. */
    public static SpeakerRanker rulesOnly() {
        return RULES_ONLY;
    }

    /** The bundled model, read once. */
    public static SpeakerRanker defaults() {
        SpeakerRanker d = defaults;
        if (d == null) {
            try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dev/sitrep/quotes/" + RESOURCE);
                }
                d = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dev/sitrep/quotes/" + RESOURCE, e);
            }
            defaults = d;
        }
        return d;
    }

    /**
     * Reads a model: {@code #} comment lines, {@code @min-probability P} and {@code @override-margin M}, then one
     * {@code feature<TAB>weight} a line.
     */
    public static SpeakerRanker read(Reader in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        double min = 0.5;
        double margin = 0;
        BufferedReader r = new BufferedReader(in);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IOException("speaker model: not feature<TAB>weight: " + line);
            }
            double v = Double.parseDouble(f[1]);
            switch (f[0]) {
                case "@min-probability" -> min = v;
                case "@override-margin" -> margin = v;
                default -> w.put(f[0], v);
            }
        }
        return new SpeakerRanker(w, min, margin, List.of());
    }

    /** Writes the model in the form {@link #read} reads, the largest weights first. */
    public void write(Writer out) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        out.write(String.format(Locale.ROOT, "@min-probability\t%.2f%n@override-margin\t%.2f%n", minProbability,
                overrideMargin));
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(weights.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Double> e : sorted) {
            out.write(String.format(Locale.ROOT, "%s\t%.5f%n", e.getKey(), e.getValue()));
        }
    }

    public double minProbability() {
        return minProbability;
    }

    public double overrideMargin() {
        return overrideMargin;
    }

    /** Whether this model changes nothing the rules decided. */
    public boolean isRulesOnly() {
        return weights.isEmpty();
    }

    /** A candidate's score: the sum of its features' weights. */
    public double score(SpeakerChoice.Candidate c) {
        double s = 0;
        for (String f : c.features()) {
            Double w = weights.get(f);
            if (w != null) {
                s += w;
            }
        }
        return s;
    }

    /** The candidates' probabilities, in their order. */
    public double[] probabilities(List<SpeakerChoice.Candidate> cs) {
        double[] p = new double[cs.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            p[i] = score(cs.get(i));
            max = Math.max(max, p[i]);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(p[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The statements with the speakers this model chooses; the list given is not changed. */
    public List<Quote> apply(List<Quote> quotes, List<SpeakerChoice> choices) {
        if (isRulesOnly()) {
            return quotes;
        }
        List<Quote> out = new ArrayList<>(quotes);
        for (SpeakerChoice ch : choices) {
            List<SpeakerChoice.Candidate> cs = ch.candidates();
            if (cs.isEmpty()) {
                continue;
            }
            double[] p = probabilities(cs);
            int best = 0;
            int rule = -1;
            for (int i = 0; i < p.length; i++) {
                best = p[i] > p[best] ? i : best;
                rule = cs.get(i).rule() ? i : rule;
            }
            boolean noOne = rule >= 0 && cs.get(rule).features().contains(SpeakerCandidates.NOT_A_SPEAKER);
            boolean take = rule >= 0 && !noOne ? best != rule && p[best] - p[rule] >= overrideMargin
                    : best != rule && p[best] >= minProbability;
            Quote q = out.get(ch.quote());
            if (!take && noOne) {
                // a document, a time or a clause is never a speaker: better none than that
                out.set(ch.quote(), new Quote(q.text(), null, null, q.cue(), q.kind(), q.start(), q.end(), -1, -1, q.parts()));
            } else if (take) {
                SpeakerChoice.Candidate c = cs.get(best);
                out.set(ch.quote(), new Quote(q.text(), c.name(), c.id(), q.cue(), q.kind(), q.start(), q.end(),
                        c.start(), c.end(), q.parts()));
            }
        }
        return out;
    }
}
