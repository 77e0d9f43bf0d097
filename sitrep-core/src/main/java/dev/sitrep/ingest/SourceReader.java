package dev.sitrep.ingest;

import dev.sitrep.limits.Limits;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Turns what a user names on the command line into documents: files and folders (recursively, sorted, dot
 * files skipped), plain text, HTML, gzip of either, WARC and WARC.gz, JSON Lines, and {@code -} for standard
 * input. What a file holds is sniffed from its first bytes ({@link Sniffer}); the name only tells text from
 * HTML when the bytes do not. WARC and JSON Lines are streamed record by record.
 *
 * <p>Never throws for bad input, never hangs and never holds more than the byte limit per document: every file,
 * record or line that cannot be read becomes a {@link ReadFailure} naming the input (and the byte offset or
 * line), and reading goes on with the next one. In particular:
 * <ul>
 *   <li>only regular files are opened: a FIFO, socket or device named or met in a folder is "not a regular
 *       file (fifo)" (opening one blocks, or never ends); standard input is read through {@code -};</li>
 *   <li>gzip is read member by member ({@link GzipMembers}), up to {@value #GZIP_DEPTH} layers deep; a
 *       document stops at the limit however far it would expand (a gzip bomb costs the limit, no more);</li>
 *   <li>WARC framing is checked, not trusted ({@link WarcRecords}); JSON Lines are read with bounded lines
 *       ({@link BoundedLines}).</li>
 * </ul>
 */
public final class SourceReader {
    private static final int BUFFER = 64 * 1024;
    /** Layers of gzip unwrapped: a crawler that compresses twice is seen; a deeper stack is not news. */
    private static final int GZIP_DEPTH = 3;

    private final InputStream stdin;
    /** Documents larger than this are refused: no news article is, and reading one would exhaust memory. */
    private final int maxDocumentBytes;

    /** A reader of the standard input and the files named, with the default per-document byte limit. */
    public SourceReader() {
        this(System.in);
    }

    public SourceReader(InputStream stdin) {
        this(stdin, Limits.DEFAULT_DOCUMENT_BYTES);
    }

    /**
     * @param stdin            what {@code -} reads
     * @param maxDocumentBytes bytes read for one document, WARC record or JSON Lines line (see {@link Limits})
     */
    public SourceReader(InputStream stdin, long maxDocumentBytes) {
        this.stdin = stdin;
        this.maxDocumentBytes = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1, maxDocumentBytes));
    }

    /** A reader that keeps to {@code limits}. */
    public static SourceReader of(Limits limits) {
        return new SourceReader(System.in, limits.maxDocumentBytes());
    }

    /** Reads every input in order and hands each document or failure to {@code sink}. */
    public void read(List<String> inputs, Consumer<? super SourceItem> sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("-", "", stdin, sink);
                continue;
            }
            if (input.isBlank()) {
                sink.accept(ReadFailure.of("\"" + input + "\"", "empty path"));
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (java.nio.file.InvalidPathException e) {
                sink.accept(ReadFailure.of(input, "invalid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(path)) {
                if (!Files.isReadable(path)) {
                    sink.accept(ReadFailure.of(input, "cannot read folder: permission denied"));
                    continue;
                }
                for (Path file : FolderWalker.files(path, sink)) {
                    readFile(file, sink);
                }
            } else if (Files.isRegularFile(path)) {
                readFile(path, sink);
            } else {
                sink.accept(ReadFailure.of(input, FolderWalker.whyNotAFile(path)));
            }
        }
    }

    /**
     * Reads one stream that a file system other than the local one opened (a Hadoop path, an object store):
     * the same formats and failures as a file, named {@code source}; the part of {@code source} after its last
     * {@code /} decides text or HTML when the bytes do not. The caller closes the stream.
     */
    public void read(String source, InputStream in, Consumer<? super SourceItem> sink) {
        readStream(source, fileName(source), in, sink);
    }

    private static String fileName(String source) {
        return source.substring(source.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** Convenience for tests and the facade: every item of the inputs as a list. */
    public List<SourceItem> readAll(List<String> inputs) {
        List<SourceItem> items = new ArrayList<>();
        read(inputs, items::add);
        return items;
    }

    /** Reads one file, whatever its name says: the first bytes decide (gzip, WARC, JSON Lines, document). */
    void readFile(Path file, Consumer<? super SourceItem> sink) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            // Opening a FIFO or a device would block or never end: refuse before opening.
            sink.accept(ReadFailure.of(source, FolderWalker.whyNotAFile(file)));
            return;
        }
        try (InputStream raw = Files.newInputStream(file)) {
            readStream(source, file.getFileName().toString().toLowerCase(Locale.ROOT), raw, sink);
        } catch (IOException e) {
            sink.accept(ReadFailure.of(source, "cannot read: " + FolderWalker.reason(e)));
        }
    }

    /**
     * Reads a stream of any format; {@code name} (lower case, empty for stdin) is the file name that decides text
     * or HTML.
     * Gzip is unwrapped (up to {@value #GZIP_DEPTH} layers deep, one inside another) and the inner bytes
     * sniffed again.
     */
    private void readStream(String source, String fileName, InputStream input, Consumer<? super SourceItem> sink) {
        CountingInputStream counted = new CountingInputStream(input);
        GzipMembers gz = null;
        try {
            BufferedInputStream in = new BufferedInputStream(counted, BUFFER);
            Sniffer.Format format = Sniffer.sniff(in);
            String name = fileName;
            for (int depth = 0; format == Sniffer.Format.GZIP; depth++) {
                if (depth == GZIP_DEPTH) {
                    sink.accept(ReadFailure.of(source, "gzip inside gzip more than " + GZIP_DEPTH
                            + " layers deep, not read"));
                    return;
                }
                GzipMembers layer = new GzipMembers(in);
                gz = depth == 0 ? layer : null; // offsets name the outer layer, the bytes on disk
                in = new BufferedInputStream(layer, BUFFER);
                format = Sniffer.sniff(in);
                name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            }
            if (format == Sniffer.Format.DOCUMENT && (name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
                format = Sniffer.Format.JSON_LINES; // a feed whose first line is broken is still a feed
            }
            switch (format) {
                case WARC -> WarcReader.read(source, in, gz, maxDocumentBytes, sink);
                case JSON_LINES -> JsonLinesReader.read(source, in, maxDocumentBytes, sink);
                case GZIP -> throw new AssertionError("unwrapped above");
                case DOCUMENT -> readDocument(source, name, in, gz != null, sink);
            }
        } catch (EOFException e) {
            // The end of the file is where the data stops: the offset a user checks against the file's size.
            sink.accept(ReadFailure.at(source, counted.count(), "truncated gzip: unexpected end of data"));
        } catch (ZipException e) {
            String why = e.getMessage() == null ? "corrupt data" : e.getMessage().replaceFirst("^corrupt gzip: ", "");
            sink.accept(ReadFailure.at(source, offset(gz, counted), "corrupt gzip: " + why));
        } catch (IOException e) {
            sink.accept(ReadFailure.at(source, counted.count(), "cannot read: " + FolderWalker.reason(e)));
        } catch (RuntimeException e) {
            // A reader library tripping over strange bytes must not stop the batch.
            sink.accept(ReadFailure.at(source, counted.count(), "cannot read: " + e));
        }
    }

    /** Where a gzip error lies: the member being read when known, else how far the raw bytes were read. */
    private static long offset(GzipMembers gz, CountingInputStream counted) {
        return gz != null ? gz.memberOffset() : counted.count();
    }

    private void readDocument(String source, String name, InputStream in, boolean gzipped,
                              Consumer<? super SourceItem> sink) throws IOException {
        byte[] bytes = in.readNBytes(maxDocumentBytes + 1);
        if (bytes.length > maxDocumentBytes) {
            // Read no further: a gzip bomb stops here, after the limit, whatever it would expand to.
            sink.accept(ReadFailure.of(source, "larger than " + Limits.bytes(maxDocumentBytes)
                    + (gzipped ? " once decompressed" : "") + ", not a news document (see --max-document-mb)"));
            return;
        }
        sink.accept(RawDocument.ofFile(source, bytes, kindOf(name)));
    }

    /** Text or HTML by the file name; anything else is left to the decoder to sniff. */
    static MediaKind kindOf(String name) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return MediaKind.HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return MediaKind.TEXT;
        }
        return MediaKind.UNKNOWN;
    }
}
