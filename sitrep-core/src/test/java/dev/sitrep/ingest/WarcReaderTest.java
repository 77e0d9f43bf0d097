package dev.sitrep.ingest;

import static dev.sitrep.ingest.WarcFixtures.html;
import static dev.sitrep.ingest.WarcFixtures.request;
import static dev.sitrep.ingest.WarcFixtures.resource;
import static dev.sitrep.ingest.WarcFixtures.response;
import static dev.sitrep.ingest.WarcFixtures.warc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcReaderTest {
    @TempDir
    Path dir;

    private List<SourceItem> read(Path file) {
        return new SourceReader().readAll(List.of(file.toString()));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void yieldsHtmlAndTextRecordsWithUrlDateAndCharset(boolean gzip) throws IOException {
        byte[] latin = "<html><body><p>Caf\u00e9 talks resume in Brussels</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve(gzip ? "news.warc.gz" : "news.warc");
        Files.write(file, warc(gzip,
                request("https://news.example/a"),
                response("https://news.example/a", "text/html; charset=utf-8", html("Summit", "Leaders met.")),
                response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                response("https://news.example/b", "text/html; charset=iso-8859-1", latin),
                resource("https://news.example/c.txt", "text/plain", "Ministers said talks would go on."),
                response("https://news.example/style.css", "text/css", "p{}".getBytes(StandardCharsets.UTF_8))));
        List<SourceItem> items = read(file);
        assertEquals(3, items.size(), items::toString);
        RawDocument a = assertInstanceOf(RawDocument.class, items.get(0));
        assertEquals("https://news.example/a", a.url());
        assertEquals(WarcFixtures.DATE, a.fetched());
        assertEquals(MediaKind.HTML, a.kind());
        assertEquals("utf-8", a.declaredCharset());
        assertTrue(new String(a.content(), StandardCharsets.UTF_8).contains("Leaders met."));
        assertTrue(a.source().startsWith(file + "#"), a.source());
        RawDocument b = assertInstanceOf(RawDocument.class, items.get(1));
        assertEquals("iso-8859-1", b.declaredCharset());
        assertEquals(Arrays.toString(latin), Arrays.toString(b.content()));
        RawDocument c = assertInstanceOf(RawDocument.class, items.get(2));
        assertEquals(MediaKind.TEXT, c.kind());
        assertEquals("https://news.example/c.txt", c.url());
    }

    @Test
    void skipsRedirectsAndErrors() throws IOException {
        Path file = dir.resolve("status.warc");
        Files.write(file, warc(false,
                response("https://news.example/old", 301, "text/html", html("Moved", "Moved.")),
                response("https://news.example/gone", 404, "text/html", html("Not found", "No such page."))));
        assertEquals(List.of(), read(file));
    }

    @Test
    void corruptRecordMidFileIsOneFailureWithItsOffsetAndTheRecordsAroundItAreRead() throws IOException {
        byte[] bytes = warc(false,
                response("https://news.example/1", "text/html", html("One", "First story.")),
                response("https://news.example/2", "text/html", html("Two", "Second story.")),
                response("https://news.example/3", "text/html", html("Three", "Third story.")),
                response("https://news.example/4", "text/html", html("Four", "Fourth story.")));
        int third = WarcFixtures.indexOf(bytes, "WARC/1.", 2);
        byte[] garbage = "GARBAGE-NOT-A-WARC-HEADER".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(garbage, 0, bytes, third, garbage.length);
        Path file = dir.resolve("broken.warc");
        Files.write(file, bytes);
        List<SourceItem> items = read(file);
        assertEquals(4, items.size(), items::toString);
        assertEquals("https://news.example/1", ((RawDocument) items.get(0)).url());
        assertEquals("https://news.example/2", ((RawDocument) items.get(1)).url());
        ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(2));
        assertEquals(file.toString(), f.source());
        assertEquals(third, f.offset(), f.describe());
        assertTrue(f.describe().startsWith(file + ": offset " + third + ": "), f.describe());
        assertEquals("https://news.example/4", ((RawDocument) items.get(3)).url());
    }

    @Test
    void truncatedWarcGzYieldsTheCompleteRecordsThenOneFailure() throws IOException {
        byte[] bytes = warc(true,
                response("https://news.example/1", "text/html", html("One", "First story.")),
                response("https://news.example/2", "text/html", html("Two", "Second story.")));
        Path file = dir.resolve("cut.warc.gz");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 40));
        List<SourceItem> items = read(file);
        assertEquals(2, items.size(), items::toString);
        assertEquals("https://news.example/1", ((RawDocument) items.get(0)).url());
        ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(1));
        assertTrue(f.offset() > 0, f.describe());
    }

    private static byte[] record(int n) {
        return warc(false, response("https://news.example/" + n, "text/html", html("Story " + n, "Paragraph " + n + ".")));
    }

    /** The record with its Content-Length header's value replaced. */
    private static byte[] declaring(byte[] record, String length) {
        String s = new String(record, StandardCharsets.ISO_8859_1);
        return s.replaceFirst("Content-Length: \\d+", "Content-Length: " + length).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<String> urls(List<SourceItem> items) {
        return items.stream().filter(RawDocument.class::isInstance).map(i -> ((RawDocument) i).url()).toList();
    }

    private static List<String> failures(List<SourceItem> items) {
        return items.stream().filter(ReadFailure.class::isInstance).map(i -> ((ReadFailure) i).describe()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000000", "99999999999999999999999", "-5", "twelve", "2000"})
    void aLyingContentLengthCostsOneRecordNotTheRest(String length) throws IOException {
        byte[] one = record(1);
        byte[] two = declaring(record(2), length);
        Path file = dir.resolve("lying.warc");
        Files.write(file, concat(one, two, record(3), record(4)));
        List<SourceItem> items = read(file);
        assertEquals(List.of("https://news.example/1", "https://news.example/3", "https://news.example/4"), urls(items));
        List<String> failures = failures(items);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith(file + ": offset " + one.length + ": "), failures.get(0));
    }

    @Test
    void theMessagesSayWhatIsWrongWithTheLength() throws IOException {
        Path file = dir.resolve("huge.warc");
        Files.write(file, concat(declaring(record(1), "10000000000000"), record(2)));
        assertEquals(List.of(file + ": offset 0: record declares 10000000000000 bytes, more than the file holds; "
                + "reading resumes at the next record"), failures(read(file)));
        Files.write(file, concat(declaring(record(1), "-5"), record(2)));
        assertEquals(List.of(file + ": offset 0: Content-Length -5 is negative"), failures(read(file)));
        Files.write(file, concat(declaring(record(1), "lots"), record(2)));
        assertEquals(List.of(file + ": offset 0: Content-Length \"lots\" is not a number"), failures(read(file)));
    }

    @Test
    void aHugeContentLengthInAWarcGzCostsOneRecord() throws IOException {
        byte[] one = SourceReaderTest.gzip(record(1));
        byte[] two = SourceReaderTest.gzip(declaring(record(2), "10000000000000"));
        Path file = dir.resolve("lying.warc.gz");
        Files.write(file, concat(one, two, SourceReaderTest.gzip(record(3))));
        List<SourceItem> items = read(file);
        assertEquals(List.of("https://news.example/1", "https://news.example/3"), urls(items));
        assertEquals(List.of(file + ": offset " + one.length + ": record declares 10000000000000 bytes, more than "
                + "the file holds; reading resumes at the next record"), failures(items));
    }

    @Test
    void aCorruptMemberOfAWarcGzIsSkippedAndTheNextMembersRead() throws IOException {
        byte[] one = SourceReaderTest.gzip(record(1));
        byte[] two = SourceReaderTest.gzip(record(2));
        for (int i = 20; i < two.length - 20; i++) {
            two[i] = (byte) 0xAA; // the deflate data, not the header
        }
        Path file = dir.resolve("corrupt.warc.gz");
        Files.write(file, concat(one, two, SourceReaderTest.gzip(record(3))));
        List<SourceItem> items = read(file);
        assertEquals(List.of("https://news.example/1", "https://news.example/3"), urls(items));
        List<String> failures = failures(items);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith(file + ": offset " + one.length + ": corrupt WARC.gz member"), failures.get(0));
    }

    @Test
    void aTruncatedWarcReadsEveryRecordBeforeTheCutThenOneFailure() throws IOException {
        byte[] one = record(1);
        byte[] two = record(2);
        Path file = dir.resolve("cut.warc");
        Files.write(file, Arrays.copyOf(concat(one, two), one.length + two.length - 30));
        List<SourceItem> items = read(file);
        assertEquals(List.of("https://news.example/1"), urls(items));
        assertEquals(List.of(file + ": offset " + one.length + ": record declares " + (two.length - 4 - new String(two,
                StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") - 4) + " bytes, more than the file holds (truncated)"),
                failures(items));
    }

    @Test
    void aRecordOverTheLimitIsSkippedWithoutBeingHeldAndOnlyAPageIsReported() throws IOException {
        byte[] bigImage = warc(false, response("https://news.example/big.png", "image/png", new byte[5000]));
        byte[] bigPage = warc(false, response("https://news.example/big", "text/html", html("Big", "x".repeat(5000))));
        Path file = dir.resolve("big.warc");
        Files.write(file, concat(record(1), bigImage, bigPage, record(2)));
        List<SourceItem> items = new SourceReader(System.in, 2048).readAll(List.of(file.toString()));
        assertEquals(List.of("https://news.example/1", "https://news.example/2"), urls(items));
        List<String> failures = failures(items);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("over the 2 KiB limit, skipped"), failures.get(0));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void randomDamageNeverStopsTheReaderAndTheRecordsBeforeItAreRead(boolean gzip) throws IOException {
        java.util.Random rnd = new java.util.Random(gzip ? 11 : 7);
        byte[][] records = new byte[5][];
        for (int i = 0; i < records.length; i++) {
            records[i] = gzip ? SourceReaderTest.gzip(record(i + 1)) : record(i + 1);
        }
        byte[] whole = concat(records);
        Path file = dir.resolve(gzip ? "damaged.warc.gz" : "damaged.warc");
        for (int round = 0; round < 150; round++) {
            byte[] bytes = whole.clone();
            int at = rnd.nextInt(bytes.length);
            switch (rnd.nextInt(3)) {
                case 0 -> bytes[at] ^= (byte) (1 + rnd.nextInt(255));
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                default -> Arrays.fill(bytes, at, Math.min(bytes.length, at + rnd.nextInt(64)), (byte) '9');
            }
            Files.write(file, bytes);
            List<String> urls = urls(read(file));
            int before = 0;
            for (int end = 0; before < records.length && end + records[before].length <= at; before++) {
                end += records[before].length;
            }
            for (int i = 1; i <= before; i++) {
                assertTrue(urls.contains("https://news.example/" + i), "round " + round + " at " + at + ": " + urls);
            }
        }
    }

    @Test
    void aWarcGzMemberWithABrokenHeaderIsSkippedToTheNextMember() throws IOException {
        byte[] one = SourceReaderTest.gzip(record(1));
        byte[] two = SourceReaderTest.gzip(record(2));
        two[0] = 'X';
        two[1] = 'Y';
        Path file = dir.resolve("headless.warc.gz");
        Files.write(file, concat(one, two, SourceReaderTest.gzip(record(3))));
        List<SourceItem> items = read(file);
        assertEquals(List.of("https://news.example/1", "https://news.example/3"), urls(items));
        assertEquals(List.of(file + ": offset " + one.length
                + ": corrupt WARC.gz member: not a gzip member header (a corrupt member, or garbage after the last)"), failures(items));
    }
}
