package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Each reader on its own, fed bytes directly, without the sniffing and the other formats around it: the
 * mutations stay inside one format and every execution reaches its parser, which is what makes the long
 * runs of millions of executions per reader affordable. The readers may end with the I/O errors their
 * callers turn into one failure line ({@link EOFException}, {@link ZipException}); anything else escaping
 * them, a failure whose line would break the one-line-per-failure format, an offset outside the input or a
 * document over the size cap is a finding.
 */
class ReadersFuzzTest {
    /** Small, so that a size-cap branch is reachable by the fuzzer's short inputs. */
    private static final int MAX_BYTES = 4096;

    /** An uncompressed WARC: record framing (Content-Length, boundaries) and jwarc's header parser. */
    @FuzzTest(maxDuration = "2m")
    void warc(byte[] bytes) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        WarcReader.read("fuzz.warc", new ByteArrayInputStream(bytes), null, MAX_BYTES, items::add);
        check(items, bytes.length);
    }

    /**
     * A WARC.gz read as a file is: one gzip member per record, a corrupt member skipped and named by its
     * compressed offset, reading going on with the next one.
     */
    @FuzzTest(maxDuration = "2m")
    void warcGz(byte[] bytes) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        GzipMembers gz = new GzipMembers(new ByteArrayInputStream(bytes));
        try {
            WarcReader.read("fuzz.warc.gz", gz, gz, MAX_BYTES, items::add);
        } catch (ZipException | EOFException e) {
            failureLine(e);
        }
        check(items, bytes.length);
    }

    /** JSON Lines: one article a line, a pretty-printed document, broken and over-long lines. */
    @FuzzTest(maxDuration = "2m")
    void jsonLines(byte[] bytes) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        JsonLinesReader.read("fuzz.jsonl", new ByteArrayInputStream(bytes), MAX_BYTES, items::add);
        check(items, bytes.length);
    }

    /**
     * Gzip members: headers with every optional field, trailers, concatenated members, padding, skipping a
     * corrupt member. Offsets only grow and stay inside the compressed bytes.
     */
    @FuzzTest(maxDuration = "2m")
    void gzip(byte[] bytes) throws IOException {
        GzipMembers gz = new GzipMembers(new ByteArrayInputStream(bytes));
        byte[] buf = new byte[1024];
        long total = 0;
        long lastMember = -1;
        int skips = 0;
        while (true) {
            int n;
            try {
                n = gz.read(buf, 0, buf.length);
            } catch (ZipException | EOFException e) {
                failureLine(e);
                assertTrue(gz.memberOffset() >= 0 && gz.memberOffset() <= bytes.length, "member offset outside");
                if (e instanceof EOFException || !gz.skipToNextMember()) {
                    break;
                }
                assertTrue(++skips <= bytes.length, "skipping does not advance");
                continue;
            }
            if (n < 0) {
                break;
            }
            total += n;
            assertEquals(total, gz.decompressed(), "decompressed count");
            long member = gz.memberOffset();
            assertTrue(member >= lastMember && member <= bytes.length, () -> "member offset " + member);
            lastMember = member;
            if (total > 64L * MAX_BYTES) {
                break; // a bomb: the callers bound what they read; the reader must only keep its counts
            }
        }
    }

    private static void check(List<SourceItem> items, int inputLength) {
        for (SourceItem item : items) {
            assertNotNull(item.source());
            switch (item) {
                case RawDocument d -> {
                    assertNotNull(d.content());
                    assertTrue(d.content().length <= MAX_BYTES, "document over the size cap");
                }
                case ReadFailure f -> {
                    String line = f.describe();
                    assertNotNull(line);
                    assertFalse(line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0, () -> "not one line: " + line);
                    assertTrue(f.offset() >= -1 && f.offset() <= inputLength + 1L, () -> "offset outside: " + line);
                }
            }
        }
        assertTrue(items.size() <= inputLength + 1, "more items than input bytes");
    }

    private static void failureLine(IOException e) {
        assertNotNull(e.getMessage(), "an I/O error without a message gives an empty failure line");
    }
}
