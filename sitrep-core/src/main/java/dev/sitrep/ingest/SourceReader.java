package dev.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns what a user names on the command line into documents: files and folders (recursively), plain
 * text, HTML, gzip of either, WARC and WARC.gz, JSON Lines, and {@code -} for standard input.
 *
 * <p>Never throws for bad input: every file or record that cannot be read becomes a {@link ReadFailure}
 * and reading goes on with the next one.
 */
public final class SourceReader {

    private final InputStream stdin;

    public SourceReader() {
        this(System.in);
    }

    public SourceReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Reads every input in order and hands each document or failure to {@code sink}. */
    public void read(List<String> inputs, Consumer<? super SourceItem> sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStdin(sink);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (Path file : listFiles(path, sink)) {
                    readFile(file, sink);
                }
            } else if (Files.exists(path)) {
                readFile(path, sink);
            } else {
                sink.accept(ReadFailure.of(input, "no such file or directory"));
            }
        }
    }

    private List<Path> listFiles(Path dir, Consumer<? super SourceItem> sink) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.accept(ReadFailure.of(dir.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private void readStdin(Consumer<? super SourceItem> sink) {
        try {
            byte[] bytes = stdin.readAllBytes();
            sink.accept(RawDocument.ofFile("-", bytes, MediaKind.UNKNOWN));
        } catch (IOException e) {
            sink.accept(ReadFailure.of("-", "cannot read standard input: " + e.getMessage()));
        }
    }

    /** Reads one file by its name: {@code .gz} is unwrapped, then the inner name picks the format. */
    void readFile(Path file, Consumer<? super SourceItem> sink) {
        String source = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.accept(ReadFailure.of(source, "cannot read: " + e.getMessage()));
            return;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            WarcReader.read(file, sink);
            return;
        }
        if (name.endsWith(".gz")) {
            try {
                bytes = gunzip(bytes);
            } catch (IOException e) {
                sink.accept(ReadFailure.at(source, bytes.length, "corrupt or truncated gzip: " + e.getMessage()));
                return;
            }
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            JsonLinesReader.read(source, bytes, sink);
        } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            sink.accept(RawDocument.ofFile(source, bytes, MediaKind.HTML));
        } else if (name.endsWith(".txt") || name.endsWith(".text")) {
            sink.accept(RawDocument.ofFile(source, bytes, MediaKind.TEXT));
        } else {
            sink.accept(RawDocument.ofFile(source, bytes, MediaKind.UNKNOWN));
        }
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
            in.transferTo(out);
            return out.toByteArray();
        } catch (EOFException e) {
            throw new IOException("unexpected end of gzip stream", e);
        } catch (ZipException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Convenience for tests and the facade: every item of the inputs as a list. */
    public List<SourceItem> readAll(List<String> inputs) {
        List<SourceItem> items = new ArrayList<>();
        read(inputs, items::add);
        return items;
    }
}
