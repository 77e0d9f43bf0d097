package dev.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search}: BM25 search over the stored articles, with filters and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the stored articles: titles (weighted double) and text, best match first.",
                "QUERY uses Lucene's syntax: words (all required), \"phrases\", OR, NOT, -word, title:word, wild*.",
                "A query that does not parse is shown with a caret under the problem (exit code 2)."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query; several words are joined by spaces")
    List<String> query;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--publisher", paramLabel = "NAME", description = "only this publisher (any case, or words of its name)")
    String publisher;

    @Option(names = "--entity", paramLabel = "NAME|ID", description = "only articles mentioning this entity (id, name or alias)")
    String entity;

    @Option(names = "--language", paramLabel = "CODE", description = "only articles in this language (en, de, ...)")
    String language;

    @Option(names = "--flag", paramLabel = "FLAG", description = "only articles with this flag (spun-text, machine-translated, ...)")
    String flag;

    @Option(names = "--facets", description = "print counts of every matching article by publisher, language, flag and entity instead of the articles")
    boolean facets;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "most results (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "JSON Lines: the articles (contract fields) plus \"snippet\"")
    boolean json;

    @Override
    public Integer call() throws IOException {
        return StoreQuery.run(spec, data, store -> {
            SearchRequest r = new SearchRequest(String.join(" ", query), dates.from, dates.to, publisher, entity, limit,
                    false, language, flag);
            if (facets) {
                FacetListing.print(spec.commandLine().getOut(), store.facets(r), json);
                return ExitCodes.OK;
            }
            return print(store.search(r, json ? HitMarks.PLAIN : Terminal.marks()));
        });
    }

    private int print(List<SearchHit> hits) {
        PrintWriter out = spec.commandLine().getOut();
        for (SearchHit hit : hits) {
            if (json) {
                ObjectNode o = ArticleJson.toJson(hit.article());
                o.put("snippet", hit.snippet());
                out.println(o);
            } else {
                printHuman(out, hit);
            }
        }
        if (!json) {
            spec.commandLine().getErr().println("sitrep: " + hits.size() + (hits.size() == limit ? "+" : "") + " result" + (hits.size() == 1 ? "" : "s"));
        }
        return ExitCodes.OK;
    }

    private static void printHuman(PrintWriter out, SearchHit hit) {
        Article a = hit.article();
        out.println(String.join("  ", a.published() == null ? "----------" : PublishedDay.of(a),
                a.publisher() == null ? "(unknown publisher)" : a.publisher(),
                a.title() == null ? "(untitled)" : a.title()));
        out.println("    " + hit.snippet());
        out.println("    id " + a.id() + String.format(Locale.ROOT, "  score %.2f", hit.score())
                + (a.flags().isEmpty() ? "" : "  flags " + String.join(",", a.flagsInOrder().stream().map(f -> f.label()).toList())));
        out.println();
    }
}
