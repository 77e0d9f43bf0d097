package dev.sitrep.cli;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Quote;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep article}: one stored article with its provenance, its quotes and entities marked in the text. */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = {"Shows one stored article: where it came from, its flags, and its cleaned text with entity",
                "mentions in [brackets] and quotes in {braces} (bold and underlined on a terminal), then its quotes."})
final class ArticleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Parameters(paramLabel = "ID", description = "the article id (as search and quotes print it)")
    String id;

    @Option(names = "--json", description = "the article as one JSON Lines object (the contract)")
    boolean json;

    @Override
    public Integer call() throws IOException {
        return StoreQuery.run(spec, data, store -> print(store.article(id)));
    }

    private int print(Optional<Article> found) {
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("sitrep: no article with id " + id);
            return ExitCodes.FAILED;
        }
        Article a = found.get();
        if (json) {
            out.println(ArticleJson.toLine(a));
            return ExitCodes.OK;
        }
        out.println(a.title() == null ? "(untitled)" : a.title());
        out.println("  " + PublishedDay.of(a) + "  "
                + (a.publisher() == null ? "(unknown publisher)" : a.publisher())
                + (a.author() == null ? "" : "  by " + a.author()));
        if (a.publishedInferred() != null) {
            out.println("  date inferred, " + PublishedDay.range(a.publishedInferred()) + ": " + a.publishedInferred().basis());
        }
        out.println("  id " + a.id());
        out.println("  url " + (a.url() == null ? "(none)" : a.url()));
        out.println("  source " + a.source());
        if (a.duplicateOf() != null) {
            out.println("  copy of " + a.duplicateOf());
        }
        out.println("  flags " + (a.flags().isEmpty() ? "none" : a.flagsInOrder().stream().map(f -> f.label())
                .collect(Collectors.joining(", "))));
        out.println();
        out.println(MarkedText.of(a, Terminal.isTerminal() ? MarkedText.Style.ANSI : MarkedText.Style.BRACKETS));
        out.println();
        out.println("Entities:" + (a.entities().isEmpty() ? " none" : ""));
        for (Entity e : a.entities()) {
            out.println("  " + e.name() + " (" + e.type() + ", " + e.mentions() + ")  " + e.id());
        }
        out.println("Quotes:" + (a.quotes().isEmpty() ? " none" : ""));
        for (Quote q : a.quotes()) {
            out.println("  " + (q.speaker() == null ? QuoteListing.UNATTRIBUTED : q.speaker())
                    + (q.cue() == null ? "" : " (" + q.cue() + ", " + q.kind().label() + ")") + "  " + q.start() + ".." + q.end());
        }
        return ExitCodes.OK;
    }
}
