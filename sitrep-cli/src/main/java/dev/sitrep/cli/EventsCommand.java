package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventCoder;
import dev.sitrep.events.Mention;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep events --sentences FILE}: the events of bare sentences, one per line. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Codes bare sentences, one per line, into events: prints one JSON object per non-blank input"
                + " line with the sentence and its events (PLOVER type, CAMEO code, source and target actors with"
                + " their text and character offsets, and the cue words). A sentence that reports no event has an"
                + " empty list.",
                "A file that cannot be read is named on stderr in one line; the others are still read (exit code 1)."})
final class EventsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--sentences", required = true, arity = "1..*", paramLabel = "FILE",
            description = "UTF-8 text files, one sentence a line, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventCoder coder = EventCoder.defaults();
        int code = SentenceFiles.forEach(inputs, err,
                sentence -> out.println(line(sentence, coder.code(sentence))));
        out.flush();
        err.flush();
        return code;
    }

    static String line(String sentence, List<Event> events) {
        ObjectNode o = JSON.createObjectNode();
        o.put("sentence", sentence);
        ArrayNode list = o.putArray("events");
        for (Event e : events) {
            ObjectNode n = list.addObject();
            n.put("type", e.type().name());
            n.put("cameo", e.cameo());
            actors(n.putArray("source"), e.sources());
            actors(n.putArray("target"), e.targets());
            put(n.putObject("cue"), e.cue());
        }
        return o.toString();
    }

    private static void actors(ArrayNode into, List<Mention> mentions) {
        mentions.forEach(m -> put(into.addObject(), m));
    }

    private static void put(ObjectNode n, Mention m) {
        n.put("text", m.text());
        n.put("start", m.start());
        n.put("end", m.end());
        m.canonicalName().ifPresent(c -> n.put("actor", c));
    }
}
