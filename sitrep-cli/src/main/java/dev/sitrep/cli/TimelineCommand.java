package dev.sitrep.cli;

import dev.sitrep.query.Timeline;
import dev.sitrep.server.JsonViews;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep timeline}: how a topic developed: articles per day and the key statements in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Shows a topic over time: matching articles per day, then the best-matching statements in date order.",
                "QUERY uses the syntax of sitrep search."})
final class TimelineCommand implements Callable<Integer> {
    /** The longest bar of the per-day chart. */
    static final int BAR = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the topic; several words are joined by spaces")
    List<String> query;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "most statements (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "one JSON object, as GET /api/timeline answers")
    boolean json;

    @Override
    public Integer call() throws IOException {
        return StoreQuery.run(spec, data, store -> {
            dates.check();
            return print(store.timeline(String.join(" ", query), dates.from, dates.to, Math.max(1, limit)));
        });
    }

    private int print(Timeline t) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonViews.timeline(t));
            return ExitCodes.OK;
        }
        long most = t.days().isEmpty() ? 1 : Collections.max(t.days().values());
        out.println("Articles per day about \"" + t.query() + "\":" + (t.days().isEmpty() ? " none" : ""));
        t.days().forEach((day, n) -> out.printf("  %s  %4d  %s%s%n", day, n, "#".repeat((int) Math.max(1, n * BAR / most)),
                t.inferred().containsKey(day) ? "  (" + t.inferred().get(day) + " inferred)" : ""));
        out.println("Statements in date order:" + (t.statements().isEmpty() ? " none" : ""));
        QuoteListing.printDated(out, t.statements(), "  ");
        return ExitCodes.OK;
    }
}
