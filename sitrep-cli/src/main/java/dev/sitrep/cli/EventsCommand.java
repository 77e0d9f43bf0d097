package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventCoder;
import dev.sitrep.events.Mention;
import dev.sitrep.model.EventActor;
import dev.sitrep.query.EventHit;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.EventReport;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.Page;
import dev.sitrep.server.JsonViews;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep events}: who did what to whom, from the store ({@code --actor Russia --type THREATEN}), or the
 * events of bare sentences ({@code --sentences FILE}).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the events of the stored articles: who did what to whom, as PLOVER types with their CAMEO"
                + " codes. The same actors and type reported within two days are one event, told by every article"
                + " among them; newest first (--sort reports: most reported first), then the counts by type, actor"
                + " and publisher over every matching event.",
                "With --sentences, codes bare sentences instead, one per line: one JSON object per non-blank input"
                + " line with the sentence and its events (type, CAMEO code, source and target actors with their text"
                + " and character offsets, and the cue words); a sentence that reports no event has an empty list. A"
                + " file that cannot be read is named on stderr in one line; the others are still read (exit code 1)."})
final class EventsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENTENCE_CHARS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--sentences", arity = "1..*", paramLabel = "FILE",
            description = "code these UTF-8 text files, one sentence a line (- for stdin), instead of reading the store")
    List<String> inputs;

    @Mixin
    StoreOption data;

    @Option(names = "--actor", paramLabel = "NAME|ID",
            description = "an actor's name, alias or entity id, or whom it acts for: Russia finds Moscow, the Kremlin and Lavrov")
    String actor;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "any",
            description = "where the actor stands: source, target or any (default: ${DEFAULT-VALUE})")
    String role;

    @Option(names = "--type", paramLabel = "TYPE", description = "a PLOVER type: AGREE, CONSULT, SUPPORT, REQUEST, REJECT, THREATEN, SANCTION, ASSAULT, ...")
    String type;

    @Option(names = "--q", paramLabel = "TEXT", description = "words (query syntax) in the sentence that reports the event")
    String words;

    @Option(names = "--publisher", paramLabel = "NAME", description = "reported by this publisher")
    String publisher;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "newest",
            description = "newest (first report, newest first) or reports (most reported first) (default: ${DEFAULT-VALUE})")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "most events (default: ${DEFAULT-VALUE}, at most 200)")
    int limit;

    @Option(names = "--json", description = "one JSON object per event, as /api/events gives it, then none of the counts")
    boolean json;

    @Override
    public Integer call() throws java.io.IOException {
        if (inputs == null) {
            return StoreQuery.run(spec, data, store -> print(store.events(request(), 0)));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventCoder coder = EventCoder.defaults();
        int code = SentenceFiles.forEach(inputs, err,
                sentence -> out.println(line(sentence, coder.code(sentence))));
        out.flush();
        err.flush();
        return code;
    }

    private EventRequest request() {
        return new EventRequest(actor, choice("--role", role, EventRequest.ActorRole.class),
                type, words, publisher, dates.from, dates.to, choice("--sort", sort, EventRequest.Order.class),
                Math.min(limit, Page.MAX_LIMIT));
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> kind) {
        try {
            return EventRequest.choice(kind, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be " + e.getMessage(), e);
        }
    }

    private int print(EventPage page) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            page.items().forEach(e -> out.println(JsonViews.event(e)));
            out.flush();
            return ExitCodes.OK;
        }
        for (EventHit e : page.items()) {
            out.println(day(e) + "  " + e.type() + " (" + e.cameo() + ")  " + actors(e.sources()) + " → "
                    + actors(e.targets()) + "  \"" + e.cue() + "\"  " + e.reportCount() + " article"
                    + (e.reportCount() == 1 ? "" : "s") + ", " + e.publishers() + " publisher"
                    + (e.publishers() == 1 ? "" : "s"));
            for (EventReport r : e.reports()) {
                out.println("    " + QuoteListing.shorten(r.sentence(), SENTENCE_CHARS) + "  ["
                        + (r.publisher() == null ? "" : r.publisher() + ", ")
                        + (r.published() == null ? "undated" : (r.inferred() ? "≈" : "") + r.published()) + ", "
                        + r.article() + "]");
            }
        }
        out.flush();
        err.println("sitrep: " + page.page().total() + " event" + (page.page().total() == 1 ? "" : "s")
                + (page.page().total() > page.items().size() ? " (" + page.items().size() + " shown)" : ""));
        if (!page.types().isEmpty()) {
            err.println("  by type: " + counts(page.types()));
            err.println("  by actor: " + counts(page.actors()));
            err.println("  by publisher: " + counts(page.publishers()));
        }
        err.flush();
        return ExitCodes.OK;
    }

    private static String day(EventHit e) {
        if (e.first() == null) {
            return "----------";
        }
        boolean inferred = !e.reports().isEmpty() && e.reports().get(0).inferred();
        return (inferred ? "≈" : "") + e.first();
    }

    private static String actors(List<EventActor> actors) {
        if (actors.isEmpty()) {
            return "(unnamed)";
        }
        return actors.stream().map(a -> a.name() + (a.on() != null ? " (" + a.on() + ")" : "")).collect(Collectors.joining(" and "));
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", "));
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
