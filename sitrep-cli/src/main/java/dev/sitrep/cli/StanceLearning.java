package dev.sitrep.cli;

import dev.sitrep.eval.StanceHeadLearning;
import dev.sitrep.eval.StanceHeadLearning.Labelled;
import dev.sitrep.positions.Issue;
import dev.sitrep.positions.Stance;
import dev.sitrep.positions.StanceDetector;
import dev.sitrep.positions.StanceHeads;
import dev.sitrep.positions.StanceModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code sitrep stance --learn} and {@code --head}: a stance head of the user's own, learnt and used. */
final class StanceLearning {
    private StanceLearning() {
    }

    /** Learns the head of {@code issue} from the labelled sentences in {@code file} and writes it to {@code out}. */
    static int learn(Issue issue, Path file, Path out, PrintWriter log) throws IOException {
        List<Labelled> labelled = read(file);
        StanceHeadLearning.Learnt learnt = StanceHeadLearning.learn(issue, labelled, file.getFileName().toString(),
                false);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            learnt.head().write(w);
        }
        log.printf(Locale.ROOT, "wrote %s: the stance head of %s, learnt from %d labelled sentences (%d bear on the"
                + " issue), L2 %s by 5-fold cross-validation%n", out, issue.id(), labelled.size(), learnt.bearing(),
                learnt.l2());
        return ExitCodes.OK;
    }

    /** The detector that judges {@code issue} with the head in {@code file}. */
    static StanceDetector detector(Issue issue, Path file) {
        StanceModel model;
        try (BufferedReader r = SentenceFiles.open(file.toString())) {
            model = StanceModel.read(r);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + SentenceFiles.reason(e), e);
        }
        if (model.encoders().isEmpty()) {
            throw new IllegalArgumentException(file + ": not a stance head (no \"# encoders:\" line)");
        }
        StanceHeads.Head head = StanceHeads.of(model).orElseThrow(() -> new IllegalArgumentException(file
                + ": its sentence encoders " + model.encoders() + " are not on the class path"));
        return new StanceDetector(StanceModel.defaults(),
                id -> id.equals(issue.id()) ? Optional.of(head) : Optional.empty());
    }

    private static Optional<Stance> stance(String label) {
        try {
            return Optional.of(Stance.ofLabel(label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The lines of {@code file}: a stance (supports, opposes, neither), a tab, the sentence; blank lines skipped. */
    static List<Labelled> read(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader r = SentenceFiles.open(file.toString())) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                Optional<Stance> stance = tab < 0 ? Optional.empty() : stance(line.substring(0, tab).strip());
                if (stance.isEmpty() || line.substring(tab + 1).isBlank()) {
                    throw new IllegalArgumentException(file + ": line " + n + ": expected supports, opposes or neither,"
                            + " a tab, and the sentence");
                }
                out.add(new Labelled(line.substring(tab + 1).strip(), stance.get()));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + SentenceFiles.reason(e), e);
        }
        return out;
    }
}
