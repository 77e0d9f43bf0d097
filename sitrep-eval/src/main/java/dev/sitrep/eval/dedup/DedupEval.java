package dev.sitrep.eval.dedup;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.sitrep.dedup.CopyRule;

/** {@code sitrep eval dedup}: the copy detector on copies generated from the public gold texts. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Scores copy detection on copies generated from the gold texts (per transformation and strength).")
public final class DedupEval implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--distributions", description = "print similarity percentiles of copies and hardest non-copies")
    boolean distributions;

    /** Scores at light, moderate and heavy strength. */
    public static List<CopyScores> evaluate(List<GoldTexts.Text> texts, CopyRule rule) {
        return CopyEvaluation.run(texts, rule);
    }

    /** Scores at the named levels on the gold texts found under ../shared/data (empty when none). */
    public static List<CopyScores> evaluate(List<String> levels) throws java.io.IOException {
        List<GoldTexts.Text> texts = GoldTexts.load();
        return texts.isEmpty() ? List.of() : CopyEvaluation.run(texts, CopyRule.DEFAULT, levels);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldTexts.Text> texts = GoldTexts.load();
        if (texts.isEmpty()) {
            spec.commandLine().getErr().println("sitrep: no gold texts found under ../shared/data");
            return 1;
        }
        out.println("gold texts: " + texts.size());
        if (distributions) {
            Distributions.print(texts, out);
            return 0;
        }
        for (CopyScores s : evaluate(texts, CopyRule.DEFAULT)) {
            StringBuilder by = new StringBuilder();
            s.recallBy().forEach((t, r) -> by.append(String.format(" %s %.3f", t.name().toLowerCase(java.util.Locale.ROOT), r)));
            out.printf("copies %-8s texts %d: precision %.3f recall %.3f ARI %.3f | recall by transformation:%s%n",
                    s.level(), s.texts(), s.precision(), s.recall(), s.ari(), by);
        }
        return 0;
    }
}
