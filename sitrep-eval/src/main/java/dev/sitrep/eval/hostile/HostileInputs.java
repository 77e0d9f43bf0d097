package dev.sitrep.eval.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The catalogue of hostile inputs, each written for Sitrep from nothing (no real page is needed): broken
 * containers (gzip, WARC, JSON Lines), things that are not documents (binary, FIFOs, links, empty files, odd
 * names) and documents built to be expensive to analyse (deep nesting, a million entities, a quote storm,
 * one enormous token). Large inputs are made cheaply: a gzip bomb is one compressed member repeated.
 */
public final class HostileInputs {
    static final String READERS = "readers";
    static final String PIPELINE = "pipeline";
    private static final int MIB = 1 << 20;
    private static final long LIMIT = 16L << 20;

    private HostileInputs() {
    }

    /** Every kind, readers first. */
    public static List<HostileInput> all() {
        List<HostileInput> k = new ArrayList<>();
        k.add(readers("truncated-gzip", 1, d -> {
            byte[] gz = gzip(article("Cut short").repeat(20).getBytes(StandardCharsets.UTF_8));
            return made(d, "cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        }));
        k.add(readers("nested-gzip", 0, d -> made(d, "twice.txt.gz", gzip(gzip(utf8(article("Packed twice")))))));
        k.add(readers("concatenated-gzip", 0, d -> made(d, "members.txt.gz",
                concat(gzip(utf8(article("Two members"))), gzip(utf8("\n\nA second member adds a paragraph.\n"))))));
        k.add(readers("gzip-trailing-garbage", 1, d -> made(d, "tail.txt.gz",
                concat(gzip(utf8(article("Garbage after"))), utf8("not gzip at all")))));
        k.add(readers("gzip-bomb-1gib", 1, d -> {
            byte[] member = gzip(new byte[64 * MIB]);
            byte[][] members = new byte[16][];
            Arrays.fill(members, member);
            return made(d, "bomb.html.gz", concat(members));
        }));
        k.add(readers("warc-corrupt-gz-member", 1, d -> {
            byte[] bad = gzip(warcRecord("https://news.example/2", page("Two", "Second.")));
            Arrays.fill(bad, 20, bad.length - 20, (byte) 0xAA);
            return made(d, "corrupt.warc.gz", concat(gzip(warcRecord("https://news.example/1", page("One", "First."))),
                    bad, gzip(warcRecord("https://news.example/3", page("Three", "Third.")))));
        }));
        k.add(readers("warc-truncated", 1, d -> {
            byte[] w = concat(warcRecord("https://news.example/1", page("One", "First.")),
                    warcRecord("https://news.example/2", page("Two", "Second.")));
            return made(d, "cut.warc", Arrays.copyOf(w, w.length - 40));
        }));
        k.add(readers("warc-gz-truncated", 1, d -> {
            byte[] w = concat(gzip(warcRecord("https://news.example/1", page("One", "First."))),
                    gzip(warcRecord("https://news.example/2", page("Two", "Second."))));
            return made(d, "cut.warc.gz", Arrays.copyOf(w, w.length - 40));
        }));
        k.add(readers("warc-10tb-content-length", 1, d -> made(d, "huge.warc",
                lyingWarc("10000000000000"))));
        k.add(readers("warc-negative-length", 1, d -> made(d, "negative.warc", lyingWarc("-42"))));
        k.add(readers("warc-non-numeric-length", 1, d -> made(d, "words.warc", lyingWarc("twelve"))));
        k.add(readers("warc-garbage", 1, d -> made(d, "garbage.warc",
                concat(utf8("WARC/1.1\r\n"), random(200_000, 1)))));
        k.add(readers("png-as-html", 1, d -> made(d, "photo.html", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G',
                0x0D, 0x0A, 0x1A, 0x0A}, random(20_000, 2)))));
        k.add(readers("pdf-as-html", 1, d -> made(d, "report.html", concat(utf8("%PDF-1.7\n"), random(20_000, 3)))));
        k.add(readers("zip-as-html", 1, d -> made(d, "archive.html", concat(new byte[] {'P', 'K', 3, 4},
                random(20_000, 4)))));
        k.add(readers("invalid-utf8", 0, d -> {
            byte[] html = utf8(page("Broken bytes", "Talks resumed \u00e9 in Brussels. ".repeat(40)));
            for (int i = 200; i < html.length; i += 97) {
                html[i] = (byte) 0xC3; // a lead byte with no continuation
            }
            return made(d, "broken-bytes.html", html);
        }));
        k.add(readers("utf16le-no-bom", 0, d -> made(d, "wide-le.html",
                page("Wide talks", "Ministers met in Brussels on Tuesday.").getBytes(StandardCharsets.UTF_16LE))));
        k.add(readers("utf16be-no-bom", 0, d -> made(d, "wide-be.txt",
                article("Wide text").getBytes(StandardCharsets.UTF_16BE))));
        k.add(readers("html-50mb-one-line", 1, d -> made(d, "one-line.html",
                utf8("<html><body><p>" + "word ".repeat(10 * MIB) + "</p></body></html>"))));
        k.add(readers("document-16mib-plus-1", 1, d -> {
            byte[] b = new byte[(int) LIMIT + 1];
            Arrays.fill(b, (byte) 'a');
            for (int i = 79; i < b.length; i += 80) {
                b[i] = '\n';
            }
            return made(d, "just-over.txt", b);
        }));
        k.add(readers("jsonl-bad-lines", 1, d -> made(d, "feed.jsonl", utf8("""
                {"text": "A good line about the harbour."}
                {"text": "broken
                [1, 2, 3]
                "just a string"
                42
                {"title": "no body"}
                """))));
        k.add(readers("jsonl-2gb-line-gz", 1, d -> {
            byte[] filler = gzip(utf8("a".repeat(64 * MIB)));
            byte[][] parts = new byte[36][];
            parts[0] = gzip(utf8("{\"text\": \"A first line.\"}\n{\"text\": \""));
            Arrays.fill(parts, 1, 35, filler);
            parts[35] = gzip(utf8("\"}\n{\"text\": \"The line after the huge one.\"}\n"));
            return made(d, "huge-line.jsonl.gz", concat(parts));
        }));
        k.add(readers("jsonl-deep-nesting", 1, d -> made(d, "deep.jsonl",
                utf8("{\"text\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}\n"))));
        k.add(readers("empty-file", 1, d -> made(d, "empty.html", new byte[0])));
        k.add(readers("fifo", 1, d -> {
            Path fifo = d.resolve("pipe.html");
            exec("mkfifo", fifo.toString());
            return HostileInput.Made.of(fifo);
        }));
        k.add(readers("symlink-loop", 1, d -> {
            Path link = d.resolve("loop.html");
            Files.createSymbolicLink(link, link);
            return HostileInput.Made.of(link);
        }));
        k.add(readers("dangling-symlink", 1, d -> {
            Path link = d.resolve("dangling.html");
            Files.createSymbolicLink(link, d.resolve("gone.html"));
            return HostileInput.Made.of(link);
        }));
        k.add(readers("folder-with-link-loop", 0, d -> {
            Path folder = Files.createDirectories(d.resolve("looped"));
            Files.createSymbolicLink(folder.resolve("up"), folder);
            Files.writeString(folder.resolve("story.txt"), article("Inside a looped folder"));
            return HostileInput.Made.of(folder);
        }));
        k.add(readers("name-with-newline", 1, d -> {
            Path odd = Files.write(d.resolve("odd\nname.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A});
            return new HostileInput.Made(odd, "odd\\nname.html");
        }));
        k.add(readers("name-with-spaces-and-dash", 0, d -> made(d, "-rf  a story (1).txt",
                utf8(article("Odd name")))));
        k.add(readers("name-not-utf8", 0, d -> {
            Path folder = Files.createDirectories(d.resolve("latin1-name"));
            // Java cannot spell a name that is not UTF-8: the shell writes the byte 0xE9 itself.
            exec("sh", "-c", "printf '%s' \"$1\" > \"$2/caf$(printf '\\351').txt\"", "sh",
                    article("A Latin-1 file name"), folder.toString());
            return HostileInput.Made.of(folder);
        }));
        k.add(readers("folder-10000-empty-files", 1, d -> {
            Path folder = Files.createDirectories(d.resolve("empties"));
            for (int i = 0; i < 10_000; i++) {
                Files.write(folder.resolve("e" + i + ".txt"), new byte[0]);
            }
            return HostileInput.Made.of(folder);
        }));
        k.add(pipeline("html-10000-deep", 0, d -> made(d, "deep.html", utf8("<html><body>"
                + "<div>".repeat(10_000) + "<p>" + article("Deep") + "</p>" + "</div>".repeat(10_000) + "</body></html>"))));
        k.add(pipeline("million-entities", 0, d -> made(d, "entities.html",
                utf8(page("Entities", "Tom &amp; Jerry met. " + "&amp;".repeat(1_000_000))))));
        k.add(pipeline("quote-storm-200kb", 0, d -> {
            StringBuilder b = new StringBuilder("Storm of quotes\n\n");
            for (int i = 0; b.length() < 200_000; i++) {
                b.append("\"No,\" he said. \"").append("\u201c".repeat(i % 7)).append("Yes,\u201d she said, \"");
            }
            return made(d, "quote-storm.txt", utf8(b.toString()));
        }));
        k.add(pipeline("token-400kb", 0, d -> made(d, "token.txt",
                utf8("One token\n\nMinisters said " + "x".repeat(400_000) + " on Tuesday."))));
        k.add(pipeline("word-10mb", 0, d -> made(d, "word.txt", utf8("Word\n\n" + "Aa".repeat(5 * MIB)))));
        k.add(pipeline("html-15mb-one-line", 0, d -> made(d, "one-line-15mb.html",
                utf8("<html><body><p>" + "Talks went on. ".repeat(15 * MIB / 15 - 4) + "</p></body></html>"))));
        k.add(pipeline("links-100k", 0, d -> made(d, "links.html", utf8(page("Links",
                article("Links") + "<a href=\"/x\">link</a> ".repeat(100_000))))));
        k.add(pipeline("paragraphs-100k", 0, d -> made(d, "paragraphs.html", utf8("<html><body><h1>Paragraphs</h1>"
                + "<p>Officials met again on Tuesday in Valletta.</p>\n".repeat(100_000) + "</body></html>"))));
        return k;
    }

    private static HostileInput readers(String name, int exit, HostileInput.Maker maker) {
        return new HostileInput(name, READERS, exit, maker);
    }

    private static HostileInput pipeline(String name, int exit, HostileInput.Maker maker) {
        return new HostileInput(name, PIPELINE, exit, maker);
    }

    /** A small valid article: the good document every run also analyses, and filler for other inputs. */
    static String article(String title) {
        return title + "\n\nPort officials and shipping companies resumed talks on Tuesday about the future of the "
                + "Grand Harbour terminal.\n\n\"We expect an agreement before the summer,\" said Maria Borg, the "
                + "transport minister.\n";
    }

    static String page(String title, String paragraph) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + paragraph + "</p></article></body></html>";
    }

    /** A response record as a crawler writes it (Content-Length as given, when not null). */
    static byte[] warcRecord(String uri, String html, String contentLength) {
        byte[] body = utf8(html);
        byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n"), body);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
                + "WARC-Date: 2025-03-04T10:15:30Z\r\nWARC-Record-ID: <urn:uuid:"
                + UUID.nameUUIDFromBytes(utf8(uri)) + ">\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + (contentLength == null ? Integer.toString(http.length) : contentLength)
                + "\r\n\r\n";
        return concat(utf8(header), http, utf8("\r\n\r\n"));
    }

    static byte[] warcRecord(String uri, String html) {
        return warcRecord(uri, html, null);
    }

    /** Three records; the second declares {@code length}. */
    private static byte[] lyingWarc(String length) {
        return concat(warcRecord("https://news.example/1", page("One", "First.")),
                warcRecord("https://news.example/2", page("Two", "Second."), length),
                warcRecord("https://news.example/3", page("Three", "Third.")));
    }

    private static HostileInput.Made made(Path dir, String name, byte[] bytes) throws IOException {
        return HostileInput.Made.of(Files.write(dir.resolve(name), bytes));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static void exec(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command[0]) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
