package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.positions.Issue;
import dev.sitrep.positions.StanceDetector;
import dev.sitrep.positions.StanceDetector.Judgement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep stance}: the stance of bare sentences, one per line, toward one issue; with {@code --learn}, a stance
 * head for the issue learnt from labelled sentences, and with {@code --head}, the sentences judged by such a head.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Prints one JSON object per non-blank input line: the sentence, the issue, its stance toward the issue"
                + " (supports, opposes, neither) and the words that carry it.",
                "A file that cannot be read is named on stderr in one line; the others are still read (exit code 1).",
                "--learn FILE --write-head OUT learns a stance head for the issue from labelled sentences (a line:"
                        + " supports, opposes or neither, a tab, the sentence) and writes it; --head OUT then judges by it."})
final class StanceCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    IssueOptions issue;

    @Option(names = "--head", paramLabel = "FILE", description = "judge the issue with this stance head (from --learn)")
    Path head;

    @Option(names = "--learn", paramLabel = "FILE", description = "labelled sentences to learn a stance head from:"
            + " supports|opposes|neither, a tab, the sentence, a line")
    Path learn;

    @Option(names = "--write-head", paramLabel = "FILE", description = "where --learn writes the head")
    Path writeHead;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "UTF-8 text files, one sentence a line, or - for stdin")
    List<String> inputs = List.of();

    @Override
    public Integer call() throws IOException {
        Issue target = issue.resolve();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (learn != null || writeHead != null) {
            if (learn == null || writeHead == null || head != null || !inputs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--learn FILE and --write-head FILE go together,"
                        + " without --head or sentences to judge");
            }
            return StanceLearning.learn(target, learn, writeHead, out);
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no sentences to judge: give FILE, or - for stdin");
        }
        StanceDetector detector = head == null ? StanceDetector.defaults() : StanceLearning.detector(target, head);
        int code = SentenceFiles.forEach(inputs, err,
                sentence -> out.println(line(sentence, target, detector.judge(sentence, target))));
        out.flush();
        err.flush();
        return code;
    }

    private static String line(String sentence, Issue issue, Judgement j) {
        ObjectNode o = JSON.createObjectNode();
        o.put("sentence", sentence);
        o.put("issue", issue.proposition());
        o.put("stance", j.stance().label());
        ArrayNode evidence = o.putArray("evidence");
        j.evidence().forEach(evidence::add);
        return o.toString();
    }
}
