package dev.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.positions.Issues;
import dev.sitrep.positions.Positions;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.Narrowing;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The endpoints under {@code /api/} (API.md): each turns its parameters into a store query and the result into
 * a {@link JsonViews} object. Failures are thrown as {@link BadRequest}, {@link QuerySyntaxException} (with the
 * name of the parameter it came from) or {@link NotFound}; {@link Router} turns them into responses.
 */
final class Api {
    private final StoreSearch store;
    private final RoleLookup roles;

    Api(StoreSearch store, RoleLookup roles) {
        this.store = store;
        this.roles = roles;
    }

    /** The JSON answer for a path under {@code /api/}; {@link NotFound} for an unknown path. */
    JsonNode answer(String rawPath, Params p) throws IOException {
        String path = rawPath.substring("/api/".length());
        return switch (path) {
            case "search" -> search(p);
            case "quotes" -> quotes(p);
            case "entities" -> JsonViews.page(store.entities(p.text("q"), type(p), p.offset(), p.limit()), JsonViews::entity);
            case "timeline" -> timeline(p);
            case "stories" -> stories(p);
            case "positions" -> positions(p);
            case "events" -> events(p);
            case "openapi.json" -> OpenApi.document();
            default -> byId(path, p);
        };
    }

    private JsonNode byId(String path, Params p) throws IOException {
        int slash = path.indexOf('/');
        String kind = slash < 0 ? path : path.substring(0, slash);
        String id = slash < 0 ? "" : URLDecoder.decode(path.substring(slash + 1), StandardCharsets.UTF_8);
        return switch (kind) {
            case "entities" -> store.entity(id, Params.DEFAULT_LIMIT, roles).map(JsonViews::profile)
                    .orElseThrow(() -> new NotFound("no entity with id or name \"" + id + "\""));
            case "articles" -> store.article(id).map(ArticleJson::toJson)
                    .orElseThrow(() -> new NotFound("no article with id \"" + id + "\""));
            case "stories" -> store.story(id, p.limit()).map(StoryViews::detail)
                    .orElseThrow(() -> new NotFound("no story with id \"" + id + "\""));
            default -> throw new NotFound("no such endpoint: /api/" + path);
        };
    }

    private JsonNode search(Params p) throws IOException {
        Params.Days days = p.days();
        SearchRequest r = searchRequest(p, days, p.limit(), newest(p));
        try {
            ObjectNode page = JsonViews.page(store.search(r, p.offset(), HtmlSnippets.MARKS), Api::htmlHit);
            if (facets(p)) {
                page.set("facets", JsonViews.facets(store.facets(r)));
            }
            return page;
        } catch (QuerySyntaxException e) {
            throw new ParameterSyntax("q", e);
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode htmlHit(SearchHit hit) {
        return JsonViews.searchHit(new SearchHit(hit.article(), hit.score(), HtmlSnippets.toHtml(hit.snippet())));
    }

    private JsonNode quotes(Params p) throws IOException {
        Params.Days days = p.days();
        QuoteRequest r = quoteRequest(p, days, p.limit());
        try {
            ObjectNode page = JsonViews.page(store.quotes(r, p.offset()), JsonViews::quote);
            if (facets(p)) {
                page.set("facets", JsonViews.facets(store.facets(r)));
            }
            return page;
        } catch (QuerySyntaxException e) {
            throw new ParameterSyntax("about", e);
        }
    }

    private JsonNode stories(Params p) throws IOException {
        Params.Days days = p.days();
        return JsonViews.page(store.stories(days.from(), days.to(), p.offset(), p.limit()), StoryViews::story);
    }

    /** The article search of {@code /api/search}'s parameters (q, publisher, entity, language, flag) over the days. */
    private static SearchRequest searchRequest(Params p, Params.Days days, int limit, boolean newest) {
        return new SearchRequest(p.text("q"), days.from(), days.to(), p.text("publisher"), p.text("entity"), limit, newest,
                p.text("language"), flag(p));
    }

    /** The statement listing of {@code /api/quotes}'s parameters (speaker, about, publisher, language, flag, stance). */
    private static QuoteRequest quoteRequest(Params p, Params.Days days, int limit) {
        return new QuoteRequest(p.text("speaker"), p.text("about"), days.from(), days.to(), limit, p.text("publisher"),
                p.text("language"), flag(p), checked(p, "stance", Narrowing::stance));
    }

    private static String flag(Params p) {
        return checked(p, "flag", Narrowing::flag);
    }

    /** A parameter as {@code read} reads it; its refusal a 400 naming the parameter. */
    private static String checked(Params p, String name, java.util.function.UnaryOperator<String> read) {
        String v = p.text(name);
        try {
            return read.apply(v);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage(), name, v, 0);
        }
    }

    /** {@code facets=true}: the answer also counts what matches by field; {@code false} (the default) or absent. */
    private static boolean facets(Params p) {
        return either(p, "facets", "false", "true");
    }

    /** {@code sort=newest} (newest first) or {@code sort=best} (the default). */
    private static boolean newest(Params p) {
        return either(p, "sort", "best", "newest");
    }

    /** A parameter of two values: false for the first (or none), true for the second; else a 400 naming both. */
    private static boolean either(Params p, String name, String absent, String other) {
        String v = p.text(name);
        if (v == null || v.equals(absent)) {
            return false;
        } else if (v.equals(other)) {
            return true;
        }
        throw new BadRequest(name + " must be " + absent + " or " + other, name, v, 0);
    }

    /** Articles an Atom feed lists: the newest of its search. */
    static final int FEED_ENTRIES = 50;

    /**
     * {@code /api/feed}: a search (the parameters of {@code /api/search}) as an Atom feed of its newest
     * {@link #FEED_ENTRIES} articles, which a feed reader can follow to see what is new since it last looked.
     */
    void feed(HttpExchange ex, Params p) throws IOException {
        Params.Days days = p.days();
        List<SearchHit> hits;
        try {
            hits = store.search(searchRequest(p, days, FEED_ENTRIES, true), 0, HitMarks.PLAIN).items();
        } catch (QuerySyntaxException e) {
            throw new ParameterSyntax("q", e);
        }
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : List.of("q", "from", "to", "publisher", "entity", "language", "flag")) {
            if (p.text(name) != null) {
                shown.put(name, p.text(name));
            }
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        String feed = AtomFeed.of(shown, hits, "http://" + (host == null ? "localhost" : host));
        Responses.send(ex, 200, AtomFeed.CONTENT_TYPE, feed.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code /api/export/KIND}: every matching row of a search, statement listing or entity list (the parameters of
     * {@code /api/search}, {@code /api/quotes} and {@code /api/entities}, {@code limit} capping the rows) as JSON Lines
     * or CSV ({@code format}), streamed a page at a time. The first page is read before the answer starts, so that a bad
     * parameter is a 400 like anywhere else.
     */
    void export(HttpExchange ex, String kind, Params p) throws IOException {
        Export.Format format = Export.Format.parse(p.text("format") == null ? "jsonl" : p.text("format"));
        long limit = p.exportLimit();
        Params.Days days = p.days();
        ExportRows<?> rows = switch (kind) {
            case "search" -> new ExportRows<>((offset, size) -> store.search(searchRequest(p, days, size, newest(p)), offset,
                    HitMarks.PLAIN), JsonViews::searchHit, "q");
            case "quotes" -> new ExportRows<>((offset, size) -> store.quotes(quoteRequest(p, days, size), offset),
                    JsonViews::quote, "about");
            case "entities" -> new ExportRows<>((offset, size) -> store.entities(p.text("q"), type(p), offset, size),
                    JsonViews::entity, "q");
            default -> throw new NotFound("no such export: " + kind + " (search, quotes, entities)");
        };
        rows.stream(ex, format, kind, limit);
    }

    /** One kind of export: its pages, its rows, and the parameter a query syntax error names. */
    private record ExportRows<T>(Export.Pages<T> pages, Function<T, ObjectNode> row, String queryParameter) {
        void stream(HttpExchange ex, Export.Format format, String kind, long limit) throws IOException {
            Page<T> first;
            try {
                first = pages.page(0, (int) Math.min(Page.MAX_LIMIT, limit));
            } catch (QuerySyntaxException e) {
                throw new ParameterSyntax(queryParameter, e);
            }
            var h = ex.getResponseHeaders();
            Responses.secure(h);
            boolean csv = format == Export.Format.CSV;
            h.set("Content-Type", csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
            h.set("Content-Disposition", "attachment; filename=\"sitrep-" + kind + (csv ? ".csv" : ".jsonl") + "\"");
            if ("HEAD".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, 0); // chunked: the length is not known until the last page
            try (Writer w = new BufferedWriter(new OutputStreamWriter(ex.getResponseBody(), StandardCharsets.UTF_8))) {
                Export.Sink sink = new Export.Sink(format, w);
                // Only the first call asks for offset 0: it gets the page already read.
                Export.every((offset, size) -> offset == 0 ? first : pages.page(offset, size), row, sink, limit);
                sink.flush();
            }
        }
    }

    private JsonNode positions(Params p) throws IOException {
        Params.Days days = p.days();
        String issue = p.required("issue", "a proposition (\"Ukraine should join NATO\") or a default issue's id");
        Positions.Bucket bucket;
        try {
            bucket = Positions.Bucket.ofLabel(p.text("bucket") == null ? "auto" : p.text("bucket"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bucket must be week, month or auto", "bucket", p.text("bucket"), 0);
        }
        try {
            return JsonViews.positions(Positions.of(store, Issues.named(issue), days.from(), days.to(), bucket,
                    p.text("actor")));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage(), "issue", issue, 0);
        }
    }

    private JsonNode events(Params p) throws IOException {
        EventRequest r = eventRequest(p, p.days(), p.limit());
        try {
            return JsonViews.events(store.events(r, p.offset()));
        } catch (QuerySyntaxException e) {
            throw new ParameterSyntax("q", e);
        }
    }

    /** The event listing the parameters ask for: actor, role, type, q, publisher, sort and the days. */
    static EventRequest eventRequest(Params p, Params.Days days, int limit) {
        EventRequest.ActorRole role = choice(p, "role", EventRequest.ActorRole.class, EventRequest.ActorRole.ANY);
        EventRequest.Order order = choice(p, "sort", EventRequest.Order.class, EventRequest.Order.NEWEST);
        try {
            return new EventRequest(p.text("actor"), role, p.text("type"), p.text("q"), p.text("publisher"),
                    days.from(), days.to(), order, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage(), "type", p.text("type"), 0);
        }
    }

    /** A parameter naming one of an enum's constants (any case), or {@code absent}. */
    private static <E extends Enum<E>> E choice(Params p, String name, Class<E> kind, E absent) {
        String v = p.text(name);
        if (v == null) {
            return absent;
        }
        try {
            return EventRequest.choice(kind, v);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(name + " must be " + e.getMessage(), name, v, 0);
        }
    }

    private JsonNode timeline(Params p) throws IOException {
        Params.Days days = p.days();
        String q = p.required("q", "the topic of the timeline");
        try {
            return JsonViews.timeline(store.timeline(q, days.from(), days.to(), p.limit()));
        } catch (QuerySyntaxException e) {
            throw new ParameterSyntax("q", e);
        }
    }

    private static String type(Params p) {
        String type = p.text("type");
        if (type != null) {
            try {
                dev.sitrep.model.EntityType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("type must be one of " + java.util.Arrays.toString(dev.sitrep.model.EntityType.values()),
                        "type", type, 0);
            }
        }
        return type;
    }

    /** A query syntax error with the parameter it was found in. */
    static final class ParameterSyntax extends RuntimeException {
        final String parameter;
        final QuerySyntaxException error;

        ParameterSyntax(String parameter, QuerySyntaxException error) {
            super(error.getMessage(), error);
            this.parameter = parameter;
            this.error = error;
        }
    }
}
