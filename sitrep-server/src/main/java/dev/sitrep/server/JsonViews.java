package dev.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Quote;
import dev.sitrep.positions.Positions;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.EventHit;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.EventReport;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteSource;
import dev.sitrep.query.Role;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.Timeline;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON objects of the HTTP API (API.md), shared with {@code sitrep export} so that a file and a response
 * carry the same fields. Article and quote field names are those of the JSON Lines contract.
 */
public final class JsonViews {
    private JsonViews() {
    }

    /** {@code {"total", "offset", "limit", "items"}}. */
    public static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item) {
        ObjectNode o = object();
        o.put("total", page.total());
        o.put("offset", page.offset());
        o.put("limit", page.limit());
        ArrayNode items = o.putArray("items");
        page.items().forEach(i -> items.add(item.apply(i)));
        return o;
    }

    /** A search hit: the article's contract fields except {@code text}, plus {@code snippet}. */
    public static ObjectNode searchHit(SearchHit hit) {
        ObjectNode o = ArticleJson.toJson(hit.article());
        o.remove("text");
        o.put("snippet", hit.snippet());
        return o;
    }

    /**
     * A quote's contract fields plus its article's id, title, publisher, day and address; for a statement quoted
     * by copies of one article, that article is the origin (the earliest copy), {@code copies} says how many other
     * articles carry it and {@code sources} lists them all, the origin first, each with its flags.
     */
    public static ObjectNode quote(QuoteHit h) {
        Quote q = h.quote();
        ObjectNode o = object();
        o.put("text", q.text());
        o.put("speaker", q.speaker());
        o.put("speakerId", q.speakerId());
        o.put("cue", q.cue());
        o.put("kind", q.kind().label());
        o.put("start", q.start());
        o.put("end", q.end());
        if (!q.stances().isEmpty()) {
            ArticleJson.writeStances(o.putArray("stances"), q.stances());
        }
        o.put("articleId", h.articleId());
        o.put("title", h.title());
        o.put("publisher", h.publisher());
        o.put("published", h.published() == null ? null : h.published().toString());
        o.put("publishedInferred", h.publishedInferred());
        o.put("url", h.url());
        o.put("copies", h.copies());
        ArrayNode sources = o.putArray("sources");
        for (QuoteSource s : h.sources()) {
            ObjectNode n = sources.addObject();
            n.put("articleId", s.articleId());
            n.put("title", s.title());
            n.put("publisher", s.publisher());
            n.put("published", s.published() == null ? null : s.published().toString());
            n.put("url", s.url());
            s.flags().forEach(n.putArray("flags")::add);
            n.put("text", s.text());
            n.put("start", s.start());
            n.put("end", s.end());
        }
        return o;
    }

    /** {@code {id, name, type, aliases, mentions, articles}}. */
    public static ObjectNode entity(EntitySummary e) {
        ObjectNode o = object();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type());
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        o.put("mentions", e.mentions());
        o.put("articles", e.articles());
        return o;
    }

    /** The entity's summary plus roles, mentions per day, quotes, co-mentions and publishers. */
    public static ObjectNode profile(EntityProfile p) {
        ObjectNode o = entity(p.entity());
        ArrayNode roles = o.putArray("roles");
        for (Role r : p.roles()) {
            ObjectNode n = roles.addObject();
            n.put("role", r.role());
            n.put("organisation", r.organisation());
            n.put("from", r.from() == null ? null : r.from().toString());
            n.put("to", r.to() == null ? null : r.to().toString());
        }
        ArrayNode days = o.putArray("mentionsPerDay");
        p.mentionsPerDay().forEach((day, n) -> days.addObject().put("date", day.toString()).put("count", n));
        o.set("quotes", quotes(p.quotes()));
        ArrayNode co = o.putArray("coMentions");
        for (EntityProfile.CoMention c : p.coMentions()) {
            co.addObject().put("id", c.id()).put("name", c.name()).put("type", c.type()).put("count", c.count());
        }
        ArrayNode publishers = o.putArray("publishers");
        p.publishers().forEach((name, n) -> publishers.addObject().put("name", name).put("count", n));
        return o;
    }

    /**
     * Positions on an issue: the issue, the window and bucket, then per speaker the position over the span, each
     * period's counts and position, the changes, and every judged statement (stance, evidence, the quote as
     * {@link #quote} gives it).
     */
    public static ObjectNode positions(Positions.Result r) {
        ObjectNode o = object();
        ObjectNode issue = o.putObject("issue");
        issue.put("id", r.issue().id());
        issue.put("proposition", r.issue().proposition());
        o.put("from", r.from() == null ? null : r.from().toString());
        o.put("to", r.to() == null ? null : r.to().toString());
        o.put("bucket", r.bucket().label());
        o.put("matched", r.matched());
        o.put("read", r.read());
        ArrayNode actors = o.putArray("actors");
        for (Positions.Actor a : r.actors()) {
            ObjectNode actor = actors.addObject();
            actor.put("actor", a.actor());
            actor.put("actorId", a.actorId());
            Positions.Period all = a.overall();
            actor.put("position", all.position());
            actor.put("supports", all.supports());
            actor.put("opposes", all.opposes());
            actor.put("neither", all.neither());
            ArrayNode periods = actor.putArray("periods");
            for (Positions.Period p : a.periods()) {
                periods.addObject().put("start", p.start().toString()).put("position", p.position())
                        .put("supports", p.supports()).put("opposes", p.opposes()).put("neither", p.neither());
            }
            ArrayNode changes = actor.putArray("changes");
            for (Positions.Change c : a.changes()) {
                ObjectNode change = changes.addObject();
                change.put("date", c.date() == null ? null : c.date().toString());
                change.put("from", c.from());
                change.put("to", c.to());
                change.put("articleId", c.statement().hit().articleId());
            }
            ArrayNode statements = actor.putArray("statements");
            for (Positions.Statement st : a.statements()) {
                ObjectNode s = statements.addObject();
                s.put("stance", st.stance().label());
                ArrayNode evidence = s.putArray("evidence");
                st.evidence().forEach(evidence::add);
                s.set("quote", quote(st.hit()));
            }
        }
        return o;
    }

    /**
     * An event listing: the page of events ({@link #event}) and the counts over every matching event: per type,
     * actor and publisher ({@code {"name": n}}, most first) and per day of first report and type.
     */
    /** Counts by field, each a list of {value, label, count}, most first. */
    public static ObjectNode facets(dev.sitrep.query.Facets facets) {
        ObjectNode o = object();
        facets.fields().forEach((field, counts) -> {
            ArrayNode list = o.putArray(field);
            counts.forEach(c -> list.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count()));
        });
        return o;
    }

    public static ObjectNode events(EventPage r) {
        ObjectNode o = page(r.page(), JsonViews::event);
        ObjectNode facets = o.putObject("facets");
        counts(facets.putObject("type"), r.types());
        counts(facets.putObject("actor"), r.actors());
        counts(facets.putObject("publisher"), r.publishers());
        ArrayNode days = o.putArray("days");
        r.days().forEach((day, types) -> {
            ObjectNode d = days.addObject().put("date", day.toString());
            counts(d.putObject("types"), types);
        });
        return o;
    }

    private static void counts(ObjectNode into, java.util.Map<String, Long> counts) {
        counts.forEach(into::put);
    }

    /**
     * One event: type, CAMEO code, source and target actors (words, canonical actor, entity id, office and whom
     * the actor acts for on the day), the cue, the first and last day reported, how many articles and publishers
     * report it, and the reports (earliest first, the first being the evidence), each with its sentence and article.
     */
    public static ObjectNode event(EventHit e) {
        ObjectNode o = object();
        o.put("type", e.type());
        o.put("cameo", e.cameo());
        ArticleJson.writeActors(o.putArray("source"), e.sources());
        ArticleJson.writeActors(o.putArray("target"), e.targets());
        o.put("cue", e.cue());
        o.put("first", e.first() == null ? null : e.first().toString());
        o.put("last", e.last() == null ? null : e.last().toString());
        o.put("articles", e.reportCount());
        o.put("publishers", e.publishers());
        o.put("evidence", e.reports().isEmpty() ? null : e.reports().get(0).sentence());
        ArrayNode reports = o.putArray("reports");
        for (EventReport r : e.reports()) {
            ObjectNode n = reports.addObject();
            n.put("articleId", r.article());
            n.put("title", r.title());
            n.put("publisher", r.publisher());
            n.put("published", r.published() == null ? null : r.published().toString());
            n.put("publishedInferred", r.inferred());
            n.put("url", r.url());
            n.put("sentence", r.sentence());
            n.put("start", r.start());
            n.put("end", r.end());
        }
        return o;
    }

    /** {@code {query, days: [{date, articles, inferred}], statements}}; {@code inferred} counts inferred dates. */
    public static ObjectNode timeline(Timeline t) {
        ObjectNode o = object();
        o.put("query", t.query());
        ArrayNode days = o.putArray("days");
        t.days().forEach((day, n) -> days.addObject().put("date", day.toString()).put("articles", n)
                .put("inferred", t.inferred().getOrDefault(day, 0L)));
        o.set("statements", quotes(t.statements()));
        return o;
    }

    static ArrayNode quotes(List<QuoteHit> hits) {
        ArrayNode a = ArticleJson.mapper().createArrayNode();
        hits.forEach(h -> a.add(quote(h)));
        return a;
    }

    static ObjectNode object() {
        return ArticleJson.mapper().createObjectNode();
    }
}
