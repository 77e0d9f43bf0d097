package dev.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitrep.ingest.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Arbitrary bytes through {@link SourceReader}: sniffing, gzip, WARC and WARC.gz, JSON Lines and plain
 * documents. The reader promises never to throw for bad input, so any exception is a finding, and so is a
 * failure whose description would break the one-line-per-failure stderr format.
 */
class SourceReaderFuzzTest {
    /** Names that steer the reader: the extension decides JSON Lines and text-or-HTML when bytes do not. */
    private static final String[] NAMES = {"page.warc", "page.warc.gz", "feed.jsonl", "feed.jsonl.gz", "page.html",
            "page.txt.gz", "page.bin"};
    private static final Path DIR = tempDir();

    /** Standard input, the stream branch: everything but the path-based WARC reader. */
    @FuzzTest(maxDuration = "2m")
    void stdin(byte[] bytes) {
        Contracts.items(new SourceReader(new ByteArrayInputStream(bytes)).readAll(List.of("-")));
    }

    /** A file on disk: a WARC found by sniffing is re-opened by path, which the stream branch never does. */
    @FuzzTest(maxDuration = "2m")
    void file(FuzzedDataProvider data) throws IOException {
        Path file = DIR.resolve(data.pickValue(NAMES));
        Files.write(file, data.consumeRemainingAsBytes());
        file.toFile().deleteOnExit();
        Contracts.items(new SourceReader(new ByteArrayInputStream(new byte[0])).readAll(List.of(file.toString())));
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("sitrep-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
