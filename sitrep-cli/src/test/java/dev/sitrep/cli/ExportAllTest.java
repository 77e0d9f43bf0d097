package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.bench.SyntheticCorpus;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep export} writes every matching row, page after page, not the first page alone. */
class ExportAllTest {
    @TempDir
    static Path dir;
    static long quotes;

    @BeforeAll
    static void store() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(4);
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (int i = 0; i < 220; i++) {
                store.add(corpus.article(i));
            }
        }
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            quotes = s.quotes(new QuoteRequest(null, null, null, null, 1), 0).total();
        }
        assertTrue(quotes > 2 * dev.sitrep.query.Page.MAX_LIMIT, "more statements than two pages: " + quotes);
    }

    @Test
    void everyStatementOnceAcrossPages() throws Exception {
        CliRun r = CliRun.of("export", "quotes", "--data", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(quotes, lines.size());
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            JsonNode q = ArticleJson.mapper().readTree(line);
            assertTrue(seen.add(q.get("articleId").asText() + "@" + q.get("start").asInt()), "once: " + line);
        }
    }

    @Test
    void aLimitAndAFileAsCsv() throws Exception {
        Path out = dir.resolveSibling(dir.getFileName() + "-quotes.csv");
        CliRun r = CliRun.of("export", "quotes", "--limit", "250", "--format", "csv", "-o", out.toString(), "--data", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("250 rows written to"), r.err());
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("text,speaker,speakerId,"), csv.substring(0, 40));
        var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<List<String>> records = mapper.readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(csv).readAll();
        assertEquals(251, records.size(), "the header and 250 rows");
        assertTrue(records.stream().allMatch(row -> row.size() == records.get(0).size()), "every row has every column");
        CliRun bad = CliRun.of("export", "quotes", "--limit", "0", "--data", dir.toString());
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());
    }
}
