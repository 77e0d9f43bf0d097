package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.model.Article;
import dev.sitrep.store.ArticleStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries past the bounds of {@code QueryLimits} are usage errors on the command line: one message, exit code 2. */
class QueryLimitsCliTest {
    @TempDir
    Path data;

    @BeforeEach
    void store() throws Exception {
        try (ArticleStore store = ArticleStore.open(data)) {
            store.add(Article.builder().id("t1").source("test:t1").title("Convoy reaches port").publisher("Harbour Times")
                    .published(LocalDate.of(2025, 3, 9)).language("en").text("A grain convoy reached the port on Sunday.").build());
        }
    }

    private void assertUsageError(CliRun run, String expected) {
        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("sitrep: query syntax error") && lines.get(0).contains(expected), run.err());
        assertTrue(lines.size() <= 3, run.err());
        assertTrue(lines.stream().allMatch(l -> l.length() < 300), "the query is shown around the error, not whole");
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void theTestersQueriesAreOneLineErrors() {
        String deep = "(".repeat(3_000) + "convoy" + ")".repeat(3_000);
        assertUsageError(CliRun.of("search", "--data", data.toString(), deep), "characters long");
        String nested = "(".repeat(30) + "convoy" + ")".repeat(30);
        assertUsageError(CliRun.of("search", "--data", data.toString(), nested), "nested more than");
        assertUsageError(CliRun.of("timeline", "--data", data.toString(), nested), "nested more than");
        assertUsageError(CliRun.of("quotes", "--data", data.toString(), "--about", "/.{0,65535}x/"), "regular expressions are limited");
        assertUsageError(CliRun.of("search", "--data", data.toString(), "c*"), "wildcard needs at least");
        assertEquals(0, CliRun.of("search", "--data", data.toString(), "conv*").exit());
    }
}
