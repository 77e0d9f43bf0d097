package dev.sitrep.cli;

import dev.sitrep.positions.Issue;
import dev.sitrep.positions.Positions;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.server.JsonViews;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep positions}: who stands where on an issue, statement by statement, and how positions moved. */
@Command(name = "positions", mixinStandardHelpOptions = true,
        description = {"Each speaker's statements on an issue in date order with their stance (supports, opposes,"
                + " neither) and the words that carry it, the speaker's position per week or month, and the moments it"
                + " changed. Statements count once however many copies of their article the store holds."})
final class PositionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Mixin
    IssueOptions issue;

    @Option(names = "--actor", paramLabel = "NAME", description = "only speakers whose name or id contains this")
    String actor;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--bucket", paramLabel = "week|month|auto", defaultValue = "auto",
            description = "periods of the positions: weeks, months, or weeks up to 120 days and months past (default: ${DEFAULT-VALUE})")
    String bucket;

    @Option(names = "--json", description = "one JSON document, as /api/positions answers")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Issue target;
        Positions.Bucket periods;
        try {
            target = issue.resolve();
            periods = Positions.Bucket.ofLabel(bucket);
            dates.check();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("sitrep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return StoreQuery.run(spec, data, store -> print(Positions.of(store, target, dates.from, dates.to, periods, actor)));
    }

    private int print(Positions.Result r) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(JsonViews.positions(r));
            out.flush();
            return ExitCodes.OK;
        }
        out.println(r.issue().proposition() + " (" + r.issue().id() + "), by " + r.bucket().label());
        for (Positions.Actor a : r.actors()) {
            Positions.Period all = a.overall();
            out.println();
            out.println(a.actor() + ": " + all.position() + " (" + all.supports() + " supporting, " + all.opposes()
                    + " opposing, " + all.neither() + " neither)");
            for (Positions.Statement s : a.statements()) {
                QuoteHit h = s.hit();
                out.println("  " + QuoteListing.day(h) + "  " + String.format("%-8s", s.stance().label()) + "  \u201c"
                        + QuoteListing.shorten(h.quote().text(), QuoteListing.QUOTE_CHARS) + "\u201d"
                        + (s.evidence().isEmpty() ? "" : "  [" + String.join(", ", s.evidence()) + "]")
                        + "  " + h.articleId());
            }
            if (!a.periods().isEmpty()) {
                out.println("  by " + r.bucket().label() + ": " + a.periods().stream()
                        .map(p -> p.start() + " " + p.position()).collect(Collectors.joining(", ")));
            }
            for (Positions.Change c : a.changes()) {
                out.println("  changed " + c.date() + ": " + c.from() + " -> " + c.to() + "  " + c.statement().hit().articleId());
            }
        }
        List<Positions.Actor> actors = r.actors();
        err.println("sitrep: " + actors.size() + " speaker" + (actors.size() == 1 ? "" : "s") + ", "
                + actors.stream().mapToInt(a -> a.statements().size()).sum() + " statements on the issue ("
                + r.read() + " read of " + r.matched() + " matching its words"
                + (r.read() < r.matched() ? "; the newest and best " + r.read() + " were read" : "") + ")");
        return ExitCodes.OK;
    }
}
