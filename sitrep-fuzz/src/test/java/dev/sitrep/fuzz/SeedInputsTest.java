package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.ingest.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed inputs reach the code they were written for: a WARC seed that jwarc could not read would still
 * pass its fuzz target (as a failure) while leaving the record reader unexplored.
 */
class SeedInputsTest {
    @ParameterizedTest
    @CsvSource({"news.warc, 2, 0", "news.warc.gz, 2, 0", "feed.jsonl, 3, 1", "page.html.gz, 1, 0", "wire.txt, 1, 0"})
    void stdinSeedReadsAsIntended(String seed, int documents, int failures) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("SourceReaderFuzzTestInputs/stdin/" + seed)) {
            bytes = in.readAllBytes();
        }
        List<SourceItem> items = new SourceReader(new java.io.ByteArrayInputStream(bytes)).readAll(List.of("-"));
        assertEquals(documents, items.stream().filter(RawDocument.class::isInstance).count(), items::toString);
        assertEquals(failures, items.stream().filter(ReadFailure.class::isInstance).count(), items::toString);
    }
}
