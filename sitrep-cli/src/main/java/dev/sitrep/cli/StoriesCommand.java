package dev.sitrep.cli;

import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.StorySummary;
import dev.sitrep.server.StoryViews;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep stories}: the events in the store, each with its articles across publishers and days. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists stories (articles about the same event, copies included), biggest first,",
                "with their size, first and last date, main actors and a representative title."})
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "most stories (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "JSON Lines: one story per line")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<StorySummary> stories;
        try (StoreSearch store = Stores.openSearch(data.location())) {
            stories = store.stories(dates.from, dates.to, limit);
        }
        for (StorySummary s : stories) {
            if (json) {
                out.println(StoryViews.story(s));
            } else {
                String span = s.first() == null ? "undated" : s.first().equals(s.last()) ? s.first().toString()
                        : s.first() + " to " + s.last();
                out.printf("%3d %-8s (%d original%s)  %-24s  %s   [%s]%n", s.articles(),
                        s.articles() == 1 ? "article" : "articles", s.originals(), s.originals() == 1 ? "" : "s",
                        span, s.title() == null ? "(untitled)" : s.title(), s.id());
                if (!s.actors().isEmpty()) {
                    out.println("      actors: " + String.join(", ", s.actors()));
                }
                if (!s.publishers().isEmpty()) {
                    out.println("      publishers: " + String.join(", ", s.publishers()));
                }
            }
        }
        return ExitCodes.OK;
    }
}
