package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.positions.Issue;
import dev.sitrep.positions.StanceDetector;
import dev.sitrep.positions.StanceDetector.Judgement;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep stance}: the stance of bare sentences, one per line, toward one issue. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Prints one JSON object per non-blank input line: the sentence, the issue, its stance toward the issue"
                + " (supports, opposes, neither) and the words that carry it.",
                "A file that cannot be read is named on stderr in one line; the others are still read (exit code 1)."})
final class StanceCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    IssueOptions issue;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files, one sentence a line, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        Issue target = issue.resolve();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StanceDetector detector = StanceDetector.defaults();
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
