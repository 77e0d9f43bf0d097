package dev.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.EventActor;
import dev.sitrep.model.Flag;
import dev.sitrep.model.InferredDate;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.model.ReportedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Lines contract: one object per article with exactly the documented field names, written by hand
 * with Jackson's tree model so that field names and order never drift with refactoring of the records.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The article as one JSON object. */
    public static ObjectNode toJson(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("publisher", a.publisher());
        o.put("author", a.author());
        o.put("published", a.published() == null ? null : a.published().toString());
        if (a.publishedInferred() == null) {
            o.putNull("publishedInferred");
        } else {
            InferredDate d = a.publishedInferred();
            o.putObject("publishedInferred").put("basis", d.basis()).put("earliest", d.earliest().toString())
                    .put("latest", d.latest() == null ? null : d.latest().toString());
        }
        o.put("language", a.language());
        o.put("section", a.section());
        o.put("text", a.text());
        ArrayNode flags = o.putArray("flags");
        a.flagsInOrder().forEach(f -> flags.add(f.label()));
        ArrayNode entities = o.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().name());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            n.put("mentions", e.mentions());
            ArrayNode spans = n.putArray("spans");
            for (Mention m : e.spans()) {
                spans.addArray().add(m.start()).add(m.end());
            }
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            n.put("speaker", q.speaker());
            n.put("speakerId", q.speakerId());
            n.put("cue", q.cue());
            n.put("kind", q.kind().label());
            n.put("start", q.start());
            n.put("end", q.end());
            if (q.hasSpeakerMention()) {
                n.put("speakerStart", q.speakerStart());
                n.put("speakerEnd", q.speakerEnd());
            }
            if (q.parts().size() > 1) {
                ArrayNode parts = n.putArray("parts");
                for (Quote.Part p : q.parts()) {
                    parts.addArray().add(p.start()).add(p.end());
                }
            }
            if (!q.stances().isEmpty()) {
                writeStances(n.putArray("stances"), q.stances());
            }
        }
        ArrayNode events = o.putArray("events");
        for (ReportedEvent e : a.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type());
            n.put("cameo", e.cameo());
            writeActors(n.putArray("source"), e.sources());
            writeActors(n.putArray("target"), e.targets());
            n.put("cue", e.cue());
            n.put("start", e.start());
            n.put("end", e.end());
        }
        o.put("duplicateOf", a.duplicateOf());
        o.put("story", a.story());
        return o;
    }

    /** Writes a statement's stances: {@code [{"issue", "stance", "evidence": [...]}]}. */
    public static void writeStances(ArrayNode into, List<Quote.IssueStance> stances) {
        for (Quote.IssueStance s : stances) {
            ObjectNode n = into.addObject().put("issue", s.issue()).put("stance", s.stance());
            ArrayNode evidence = n.putArray("evidence");
            s.evidence().forEach(evidence::add);
        }
    }

    /** Reads the stances {@link #writeStances} wrote. */
    public static List<Quote.IssueStance> readStances(JsonNode list) {
        List<Quote.IssueStance> out = new ArrayList<>();
        for (JsonNode n : list) {
            List<String> evidence = new ArrayList<>();
            n.path("evidence").forEach(w -> evidence.add(w.asText()));
            out.add(new Quote.IssueStance(n.path("issue").asText(), n.path("stance").asText(), evidence));
        }
        return out;
    }

    /** Writes an event's actors into a JSON array; the knowledge base's facts only where it knows them. */
    public static void writeActors(ArrayNode into, List<EventActor> actors) {
        for (EventActor x : actors) {
            ObjectNode n = into.addObject().put("text", x.text());
            putIf(n, "actor", x.actor());
            putIf(n, "actorId", x.actorId());
            putIf(n, "role", x.role());
            putIf(n, "on", x.on());
        }
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    /** Reads the actors {@link #writeActors} wrote. */
    public static List<EventActor> readActors(JsonNode list) {
        List<EventActor> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(new EventActor(n.path("text").asText(""), str(n, "actor"), str(n, "actorId"), str(n, "role"),
                    str(n, "on")));
        }
        return out;
    }

    /** The article as one line of JSON, without the trailing newline. */
    public static String toLine(Article a) {
        try {
            return MAPPER.writeValueAsString(toJson(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Reads an article written by {@link #toLine}. */
    public static Article fromLine(String line) throws JsonProcessingException {
        return fromJson(MAPPER.readTree(line));
    }

    public static Article fromJson(JsonNode o) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        o.path("flags").forEach(f -> flags.add(Flag.fromLabel(f.asText())));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode n : o.path("entities")) {
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(x -> aliases.add(x.asText()));
            List<Mention> spans = new ArrayList<>();
            String text = o.path("text").asText("");
            for (JsonNode s : n.path("spans")) {
                int start = s.get(0).asInt();
                int end = s.get(1).asInt();
                spans.add(new Mention(start, end, end <= text.length() ? text.substring(start, end) : ""));
            }
            entities.add(new Entity(n.path("id").asText(), n.path("name").asText(),
                    EntityType.valueOf(n.path("type").asText("OTHER")), aliases, n.path("mentions").asInt(), spans));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode n : o.path("quotes")) {
            List<Quote.Part> parts = new ArrayList<>();
            for (JsonNode s : n.path("parts")) {
                parts.add(new Quote.Part(s.get(0).asInt(), s.get(1).asInt()));
            }
            quotes.add(new Quote(n.path("text").asText(), str(n, "speaker"), str(n, "speakerId"), str(n, "cue"),
                    QuoteKind.valueOf(n.path("kind").asText("direct").toUpperCase(Locale.ROOT)),
                    n.path("start").asInt(), n.path("end").asInt(), n.path("speakerStart").asInt(-1),
                    n.path("speakerEnd").asInt(-1), parts, readStances(n.path("stances"))));
        }
        List<ReportedEvent> events = new ArrayList<>();
        for (JsonNode n : o.path("events")) {
            events.add(new ReportedEvent(n.path("type").asText(), str(n, "cameo"), readActors(n.path("source")),
                    readActors(n.path("target")), str(n, "cue"), n.path("start").asInt(), n.path("end").asInt()));
        }
        return Article.builder().id(str(o, "id")).source(str(o, "source")).url(str(o, "url")).title(str(o, "title"))
                .publisher(str(o, "publisher")).author(str(o, "author"))
                .published(day(o, "published"), inferred(o.get("publishedInferred"))).language(str(o, "language"))
                .section(str(o, "section")).text(o.path("text").asText("")).flags(flags).entities(entities)
                .quotes(quotes).events(events).duplicateOf(str(o, "duplicateOf")).story(str(o, "story")).build();
    }

    /** How the date was inferred; null when absent, as in articles written before inferred dates existed. */
    private static InferredDate inferred(JsonNode n) {
        if (n == null || !n.isObject() || day(n, "earliest") == null) {
            return null;
        }
        return new InferredDate(n.path("basis").asText(""), day(n, "earliest"), day(n, "latest"));
    }

    private static LocalDate day(JsonNode n, String field) {
        String s = str(n, field);
        return s == null ? null : LocalDate.parse(s);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
