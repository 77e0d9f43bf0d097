package dev.sitrep.cli;

import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep quotes}: who said what, from the store. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Lists stored quotes grouped by speaker (most quoted first), each with its date, publisher and article id.",
                "Newest first; with --about, best match first."})
final class QuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Option(names = "--speaker", paramLabel = "NAME|ID", description = "speaker id, canonical name, alias, or words of a name")
    String speaker;

    @Option(names = "--about", paramLabel = "TEXT", description = "words (query syntax) in the quote, the sentences around it or its article's title")
    String about;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--publisher", paramLabel = "NAME", description = "only statements reported by this publisher (any case, or words of its name)")
    String publisher;

    @Option(names = "--language", paramLabel = "CODE", description = "only statements in articles in this language")
    String language;

    @Option(names = "--flag", paramLabel = "FLAG", description = "only statements in articles with this flag (spun-text, machine-translated, ...)")
    String flag;

    @Option(names = "--stance", paramLabel = "ISSUE[:STANCE]", description = "only statements on this issue (its id, as in sitrep positions), or taking this stance on it: ukraine-nato:opposes")
    String stance;

    @Option(names = "--facets", description = "print counts of the matching statements by speaker, publisher, language, flag and stance instead of the statements")
    boolean facets;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "most quotes (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "JSON Lines: one quote per line with its article id, title, publisher and date")
    boolean json;

    @Override
    public Integer call() throws IOException {
        return StoreQuery.run(spec, data, store -> {
            QuoteRequest r = new QuoteRequest(speaker, about, dates.from, dates.to, limit, publisher, language, flag, stance);
            if (facets) {
                FacetListing.print(spec.commandLine().getOut(), store.facets(r), json);
                return ExitCodes.OK;
            }
            return print(store.quotes(r));
        });
    }

    private int print(List<QuoteHit> hits) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            hits.forEach(h -> out.println(QuoteListing.json(h)));
        } else {
            QuoteListing.printGrouped(out, hits, "");
            err.println("sitrep: " + hits.size() + (hits.size() == limit ? "+" : "") + " quote" + (hits.size() == 1 ? "" : "s"));
        }
        return ExitCodes.OK;
    }
}
