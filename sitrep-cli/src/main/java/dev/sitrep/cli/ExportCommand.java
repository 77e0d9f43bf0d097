package dev.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.Timeline;
import dev.sitrep.server.Export;
import dev.sitrep.server.JsonViews;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export}: the rows of a search, quote listing, entity list or timeline as JSON Lines or CSV,
 * with the fields of the HTTP API's items.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a result as JSON Lines or CSV (header row, RFC 4180 quoting), one row per item:",
                "  search QUERY...     articles (API fields, snippet with «marks»)",
                "  quotes              quotes with their article (--speaker, --about)",
                "  entities [WORDS]    entities, most mentioned first (--type)",
                "  timeline QUERY...   articles per day; with --statements the statements in date order"})
final class ExportCommand implements Callable<Integer> {
    enum Kind { search, quotes, entities, timeline }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Parameters(index = "0", paramLabel = "KIND", description = "search, quotes, entities or timeline")
    Kind kind;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "QUERY", description = "the query (search, timeline) or name words (entities)")
    List<String> words = new ArrayList<>();

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Option(names = "--limit", paramLabel = "N", description = "most rows (default: every matching row; the timeline's"
            + " statements: " + Page.MAX_LIMIT + " at most)")
    Integer limit;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--publisher", paramLabel = "NAME", description = "search, quotes: only this publisher")
    String publisher;

    @Option(names = "--entity", paramLabel = "NAME|ID", description = "search: only articles mentioning this entity")
    String entity;

    @Option(names = "--speaker", paramLabel = "NAME|ID", description = "quotes: only this speaker")
    String speaker;

    @Option(names = "--about", paramLabel = "TEXT", description = "quotes: words in the quote, around it or in its article's title")
    String about;

    @Option(names = "--language", paramLabel = "CODE", description = "search, quotes: only articles in this language")
    String language;

    @Option(names = "--flag", paramLabel = "FLAG", description = "search, quotes: only articles with this flag")
    String flag;

    @Option(names = "--stance", paramLabel = "ISSUE[:STANCE]", description = "quotes: only statements on this issue, or taking this stance on it")
    String stance;

    @Option(names = "--type", paramLabel = "TYPE", description = "entities: only this type (PERSON, ORG, GPE, ...)")
    String type;

    @Option(names = "--statements", description = "timeline: export the statements instead of the days")
    boolean statements;

    @Override
    public Integer call() throws IOException {
        return StoreQuery.run(spec, data, store -> {
            Export.Format fmt = Export.Format.parse(format);
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, not " + limit);
            }
            String query = String.join(" ", words);
            if (output == null) {
                Export.Sink sink = new Export.Sink(fmt, spec.commandLine().getOut());
                rows(store, query, sink);
                sink.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    Export.Sink sink = new Export.Sink(fmt, w);
                    rows(store, query, sink);
                    sink.flush();
                    spec.commandLine().getErr().println("sitrep: " + sink.rows() + " row" + (sink.rows() == 1 ? "" : "s")
                            + " written to " + output);
                }
            }
            return ExitCodes.OK;
        });
    }

    private void rows(StoreSearch store, String query, Export.Sink sink) throws IOException {
        long most = limit == null ? Long.MAX_VALUE : limit;
        switch (kind) {
            case search -> Export.every((offset, size) -> store.search(
                    new SearchRequest(query, dates.from, dates.to, publisher, entity, size, false, language, flag), offset,
                    HitMarks.PLAIN),
                    JsonViews::searchHit, sink, most);
            case quotes -> Export.every((offset, size) -> store.quotes(new QuoteRequest(speaker, about, dates.from, dates.to,
                            size, publisher, language, flag, stance), offset),
                    JsonViews::quote, sink, most);
            case entities -> Export.every((offset, size) -> store.entities(query, type, offset, size), JsonViews::entity, sink, most);
            case timeline -> {
                if (query.isBlank()) {
                    throw new IllegalArgumentException("timeline needs a QUERY");
                }
                dates.check();
                Timeline t = store.timeline(query, dates.from, dates.to, limit == null ? Page.MAX_LIMIT : Math.min(limit, Page.MAX_LIMIT));
                if (statements) {
                    for (var h : t.statements()) {
                        sink.write(JsonViews.quote(h));
                    }
                } else {
                    for (var day : t.days().entrySet()) {
                        sink.write(dev.sitrep.json.ArticleJson.mapper().createObjectNode().put("date", day.getKey().toString())
                                .put("articles", day.getValue()).put("inferred", t.inferred().getOrDefault(day.getKey(), 0L)));
                    }
                }
            }
        }
    }
}
