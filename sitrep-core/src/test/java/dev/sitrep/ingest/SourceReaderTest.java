package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private static List<String> sources(List<SourceItem> items) {
        return items.stream().map(SourceItem::source).toList();
    }

    @Test
    void foldersAreReadRecursivelySortedWithoutDotFiles() throws IOException {
        write("crawl/b.txt", "Second story.");
        write("crawl/a.html", "<html><body><p>First story.</p></body></html>");
        write("crawl/sub/c.txt", "Third story.");
        write("crawl/.hidden.txt", "Not for reading.");
        write("crawl/.git/config", "[core]");
        List<SourceItem> items = new SourceReader().readAll(List.of(dir.resolve("crawl").toString()));
        Path crawl = dir.resolve("crawl");
        assertEquals(List.of(crawl.resolve("a.html").toString(), crawl.resolve("b.txt").toString(),
                crawl.resolve("sub/c.txt").toString()), sources(items));
        assertEquals(MediaKind.HTML, ((RawDocument) items.get(0)).kind());
        assertEquals(MediaKind.TEXT, ((RawDocument) items.get(1)).kind());
    }

    @Test
    void gzipIsUnwrappedAndTheInnerNameKeepsItsKind() throws IOException {
        Path gz = write("story.html.gz", gzip("<p>Talks resumed.</p>".getBytes(StandardCharsets.UTF_8)));
        RawDocument doc = assertInstanceOf(RawDocument.class,
                new SourceReader().readAll(List.of(gz.toString())).get(0));
        assertEquals("<p>Talks resumed.</p>", new String(doc.content(), StandardCharsets.UTF_8));
        assertEquals(MediaKind.HTML, doc.kind());
        assertEquals(gz.toString(), doc.source());
    }

    @Test
    void unknownExtensionsAreSniffedNotTrusted() throws IOException {
        Path feed = write("feed.dat", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        Path warc = write("crawl.bin", WarcFixtures.warc(true, WarcFixtures.response("https://news.example/x",
                "text/html", WarcFixtures.html("X", "Story X."))));
        Path page = write("page.dat", "<!DOCTYPE html><html><body><p>Story.</p></body></html>");
        Path packed = write("packed.data", gzip("{\"text\": \"Inside gzip.\"}\n".getBytes(StandardCharsets.UTF_8)));
        Path misnamed = write("really-a-warc.txt", WarcFixtures.warc(false, WarcFixtures.response(
                "https://news.example/y", "text/html", WarcFixtures.html("Y", "Story Y."))));
        List<SourceItem> items = new SourceReader().readAll(List.of(feed.toString(), warc.toString(),
                page.toString(), packed.toString(), misnamed.toString()));
        assertEquals(6, items.size(), items::toString);
        assertEquals(feed + ":1", items.get(0).source());
        assertEquals(feed + ":2", items.get(1).source());
        assertEquals("https://news.example/x", ((RawDocument) items.get(2)).url());
        assertEquals(MediaKind.UNKNOWN, ((RawDocument) items.get(3)).kind());
        assertEquals(packed + ":1", items.get(4).source());
        assertEquals("https://news.example/y", ((RawDocument) items.get(5)).url());
    }

    @Test
    void truncatedGzipIsOneFailureWithAnOffsetAndTheBatchGoesOn() throws IOException {
        byte[] whole = gzip("A story long enough to be cut in the middle of its compressed bytes. ".repeat(40)
                .getBytes(StandardCharsets.UTF_8));
        Path cut = write("cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));
        Path good = write("good.txt", "Still read.");
        List<SourceItem> items = new SourceReader().readAll(List.of(cut.toString(), good.toString()));
        assertEquals(2, items.size(), items::toString);
        ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(0));
        assertEquals(cut.toString(), f.source());
        assertTrue(f.offset() > 0 && f.offset() <= whole.length / 2, f.describe());
        assertTrue(f.describe().contains("gzip"), f.describe());
        assertInstanceOf(RawDocument.class, items.get(1));
    }

    @Test
    void aStreamFromAnotherFileSystemReadsLikeAFileOfItsName() {
        byte[] warc = WarcFixtures.warc(true, WarcFixtures.response("https://example.org/a", "text/html",
                WarcFixtures.html("Harbour reopens", "The harbour reopened on Monday after repairs.")));
        List<SourceItem> items = new ArrayList<>();
        new SourceReader().read("s3a://bucket/crawl/part-1.warc.gz", new java.io.ByteArrayInputStream(warc), items::add);
        assertEquals(1, items.size());
        RawDocument doc = (RawDocument) items.get(0);
        assertEquals("https://example.org/a", doc.url());
        assertTrue(doc.source().startsWith("s3a://bucket/crawl/part-1.warc.gz"), doc.source());

        items.clear();
        new SourceReader().read("hdfs://nn/pages/note.txt", new java.io.ByteArrayInputStream(
                "<p>Not HTML: the name says text.</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)), items::add);
        assertEquals(MediaKind.TEXT, ((RawDocument) items.get(0)).kind());
    }

    @Test
    void missingPathIsAFailureNamingIt() {
        List<SourceItem> items = new SourceReader().readAll(List.of(dir.resolve("nope.txt").toString()));
        ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(0));
        assertEquals(dir.resolve("nope.txt") + ": no such file or directory", f.describe());
    }

    @Test
    void symbolicLinksToFilesAreFollowedAndBlankPathsRefused() throws IOException {
        Path target = write("elsewhere/story.txt", "Linked story.");
        Files.createDirectories(dir.resolve("crawl"));
        Files.createSymbolicLink(dir.resolve("crawl/link.txt"), target);
        assertEquals(List.of(dir.resolve("crawl/link.txt").toString()),
                sources(new SourceReader().readAll(List.of(dir.resolve("crawl").toString()))));
        assertEquals("\" \": empty path", ((ReadFailure) new SourceReader().readAll(List.of(" ")).get(0)).describe());
    }

    @Test
    void unreadableFolderIsAFailureAndItsSiblingsAreRead() throws IOException {
        write("crawl/open/a.txt", "Readable.");
        Path locked = Files.createDirectories(dir.resolve("crawl/locked"));
        write("crawl/locked/b.txt", "Hidden by permissions.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user");
            List<SourceItem> items = new SourceReader().readAll(List.of(dir.resolve("crawl").toString()));
            assertEquals(2, items.size(), items::toString);
            ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(0));
            assertEquals(locked.toString(), f.source());
            assertTrue(f.message().contains("permission denied"), f.describe());
            assertEquals(dir.resolve("crawl/open/a.txt").toString(), items.get(1).source());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void standardInputIsSniffed() throws IOException {
        assertEquals(List.of("-:1", "-:3"), sources(stdin("{\"text\": \"One.\"}\n\n{\"html\": \"<p>Two.</p>\"}\n")));
        List<SourceItem> warc = stdin(WarcFixtures.warc(true, WarcFixtures.response("https://news.example/s",
                "text/html", WarcFixtures.html("S", "Story S."))));
        assertEquals("https://news.example/s", ((RawDocument) warc.get(0)).url());
        RawDocument text = (RawDocument) stdin(gzip("Plain words.".getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals("Plain words.", new String(text.content(), StandardCharsets.UTF_8));
        assertEquals(MediaKind.UNKNOWN, text.kind());
        assertEquals("-", text.source());
    }

    private static List<SourceItem> stdin(String s) {
        return stdin(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SourceItem> stdin(byte[] bytes) {
        return new SourceReader(new ByteArrayInputStream(bytes)).readAll(List.of("-"));
    }

    @Test
    void emptyAndBinaryFilesAreStillHandedOnForTheDecoderToJudge() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("blob.dat", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        List<SourceItem> items = new SourceReader().readAll(List.of(empty.toString(), binary.toString()));
        assertEquals(0, ((RawDocument) items.get(0)).content().length);
        assertEquals(10, ((RawDocument) items.get(1)).content().length);
    }

    @Test
    void garbageFilesOfEveryDisguiseNeverStopTheBatch() throws IOException {
        java.util.Random rnd = new java.util.Random(3);
        List<String> inputs = new java.util.ArrayList<>();
        String[] names = {"x.warc", "x.warc.gz", "x.jsonl", "x.gz", "x.html", "x.bin"};
        byte[][] heads = {"WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), {0x1F, (byte) 0x8B, 8, 0},
                "{\"text\": ".getBytes(StandardCharsets.US_ASCII), new byte[0]};
        for (int i = 0; i < 60; i++) {
            byte[] head = heads[rnd.nextInt(heads.length)];
            byte[] body = new byte[rnd.nextInt(300)];
            rnd.nextBytes(body);
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            inputs.add(write("garbage/" + i + names[rnd.nextInt(names.length)], all).toString());
        }
        Path good = write("good.txt", "Still read after the garbage.");
        inputs.add(good.toString());
        List<SourceItem> items = new SourceReader().readAll(inputs);
        assertEquals(good.toString(), items.get(items.size() - 1).source());
    }

    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assumeTrue(mk.waitFor() == 0 && Files.exists(p), "mkfifo is not available");
    }

    @Test
    void aFifoIsRefusedNamedOrInAFolderWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("crawl/pipe.html");
        Files.createDirectories(fifo.getParent());
        mkfifo(fifo);
        write("crawl/story.txt", "Still read.");
        // Opening the FIFO would block this test for ever: the reader must not open it.
        List<SourceItem> named = new SourceReader().readAll(List.of(fifo.toString()));
        assertEquals(fifo + ": not a regular file (fifo)", ((ReadFailure) named.get(0)).describe());
        List<SourceItem> walked = new SourceReader().readAll(List.of(dir.resolve("crawl").toString()));
        assertEquals(2, walked.size(), walked::toString);
        assertEquals(fifo + ": not a regular file (fifo)", ((ReadFailure) walked.get(0)).describe());
        assertInstanceOf(RawDocument.class, walked.get(1));
        assertEquals(List.of("-"), sources(stdin("Standard input still works.")));
    }

    @Test
    void danglingAndLoopingLinksAreNamedAndTheWalkGoesOn() throws IOException {
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        Files.createSymbolicLink(crawl.resolve("a-dangling.html"), dir.resolve("gone.html"));
        Files.createSymbolicLink(crawl.resolve("b-loop"), crawl.resolve("b-loop"));
        Files.createSymbolicLink(crawl.resolve("c-up"), crawl); // a link to a folder is not followed
        write("crawl/d.txt", "Read.");
        List<SourceItem> items = new SourceReader().readAll(List.of(crawl.toString()));
        assertEquals(3, items.size(), items::toString);
        assertEquals(crawl.resolve("a-dangling.html") + ": dangling symbolic link", ((ReadFailure) items.get(0)).describe());
        assertTrue(((ReadFailure) items.get(1)).message().startsWith("symbolic link loop"), items.get(1)::toString);
        assertEquals(crawl.resolve("d.txt").toString(), items.get(2).source());
        assertTrue(((ReadFailure) new SourceReader().readAll(List.of(crawl.resolve("b-loop").toString())).get(0))
                .message().startsWith("symbolic link loop"));
    }

    @Test
    void aFileNameWithANewlineStaysOnOneLine() throws IOException {
        Path odd = write("two\nlines\u0007.txt", new byte[0]);
        ReadFailure f = ReadFailure.at(odd.toString(), 3, "bad\nthing");
        assertEquals(dir + "/two\\nlines\\u0007.txt: offset 3: bad\\nthing", f.describe());
        assertEquals(1, f.describe().lines().count());
    }

    @Test
    void aGzipBombStopsAtTheLimit() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros); // 64 MiB of zeros in some 64 KiB
            }
        }
        Path bomb = write("bomb.html.gz", out.toByteArray());
        List<SourceItem> items = new SourceReader(System.in, 1 << 20).readAll(List.of(bomb.toString()));
        assertEquals(bomb + ": larger than 1 MiB once decompressed, not a news document (see --max-document-mb)",
                ((ReadFailure) items.get(0)).describe());
    }

    @Test
    void nestedAndConcatenatedGzipAreUnwrapped() throws IOException {
        byte[] one = gzip("First half, ".getBytes(StandardCharsets.UTF_8));
        byte[] two = gzip("second half.".getBytes(StandardCharsets.UTF_8));
        byte[] both = Arrays.copyOf(one, one.length + two.length);
        System.arraycopy(two, 0, both, one.length, two.length);
        Path nested = write("nested.txt.gz", gzip(gzip("Twice packed.".getBytes(StandardCharsets.UTF_8))));
        Path members = write("members.txt.gz", both);
        Path padded = write("padded.txt.gz", Arrays.copyOf(one, one.length + 512));
        Path garbage = write("garbage.txt.gz", Arrays.copyOf(both, both.length + 3));
        garbage.toFile().setWritable(true);
        byte[] g = Files.readAllBytes(garbage);
        g[g.length - 3] = 'x';
        Files.write(garbage, g);
        List<SourceItem> items = new SourceReader().readAll(List.of(nested.toString(), members.toString(),
                padded.toString(), garbage.toString()));
        assertEquals("Twice packed.", new String(((RawDocument) items.get(0)).content(), StandardCharsets.UTF_8));
        assertEquals("First half, second half.", new String(((RawDocument) items.get(1)).content(), StandardCharsets.UTF_8));
        assertEquals("First half, ", new String(((RawDocument) items.get(2)).content(), StandardCharsets.UTF_8));
        ReadFailure f = assertInstanceOf(ReadFailure.class, items.get(3));
        assertEquals(garbage + ": offset " + both.length + ": corrupt gzip: not a gzip member header (a corrupt member, or garbage after the last)",
                f.describe());
    }

    @Test
    void anUnreadableFileIsNamedAndTheNextIsRead() throws IOException {
        Path locked = write("locked.txt", "Secret.");
        Path open = write("open.txt", "Open.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user");
            List<SourceItem> items = new SourceReader().readAll(List.of(locked.toString(), open.toString()));
            assertEquals(locked + ": cannot read: permission denied", ((ReadFailure) items.get(0)).describe());
            assertEquals(open.toString(), items.get(1).source());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
