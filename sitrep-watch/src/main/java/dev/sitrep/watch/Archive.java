package dev.sitrep.watch;

import java.io.Closeable;
import java.io.IOException;
import dev.sitrep.fetch.Exchange;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Every fetch the watcher makes, written as WARC request and response records (a 304 as a revisit record) with
 * jwarc's {@link WarcWriter}, one gzip member per record, into {@code sitrep-<time>-<n>.warc.gz} files rotated
 * by size and age. The watcher forces the records to disk ({@link #sync()}) before it hands their pages to
 * the analysis, so an article in the store always has its record in the archive; its {@code source} is {@code file#offset}, what
 * {@code sitrep ingest} of the same file would say.
 *
 * <p>A new file is started on every open: a file the last run was writing when it died may end in a torn
 * record, and nothing is appended after one. Bodies are archived as received, content coding included; the
 * client removes chunking, so {@code Content-Length} is set to the bytes archived.
 */
public final class Archive implements Closeable {
    /** Headers that described the bytes on the wire rather than the bytes archived. */
    private static final Set<String> WIRE_HEADERS = Set.of("transfer-encoding", "content-length", "content-type");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long maxBytes;
    private final Duration maxAge;
    private final InstantSource clock;
    private final String software;
    private FileChannel channel;
    private WarcWriter writer;
    private Path current;
    private Instant opened;
    private int sequence;

    /** Where a record starts. */
    public record Position(Path file, long offset) {
        /** How an article's {@code source} names the record. */
        public String source() {
            return file + "#" + offset;
        }
    }

    /**
     * @param dir      folder for the WARC files (created if absent)
     * @param maxBytes a file is closed once it holds this many bytes
     * @param maxAge   or once it has been open this long
     * @param software the operator's user agent, written in each file's warcinfo record
     */
    public Archive(Path dir, long maxBytes, Duration maxAge, InstantSource clock, String software)
            throws IOException {
        this.dir = Files.createDirectories(dir);
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.clock = clock;
        this.software = software;
    }

    /** The folder the files are written to. */
    public Path dir() {
        return dir;
    }

    /** Every archive file in the folder, oldest first. */
    public List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("sitrep-\\d{17}-\\d+\\.warc\\.gz"))
                    .sorted().toList();
        }
    }

    /** The file being written, or null before the first record. */
    public synchronized Path current() {
        return current;
    }

    /**
     * Writes a request and its response; returns where the response record starts.
     *
     * @param body the body as received, content coding included (its {@code Content-Encoding} header is kept)
     */
    public synchronized Position write(Exchange e, byte[] body) throws IOException {
        ensureOpen();
        WarcRequest request = request(e);
        HttpResponse.Builder http = new HttpResponse.Builder(e.status(), reason(e.status()));
        copyHeaders(e.responseHeaders(), http);
        String type = header(e, "Content-Type");
        http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), body);
        WarcResponse response = new WarcResponse.Builder(e.uri()).date(e.start())
                .body(http.build()).concurrentTo(request.id()).build();
        writer.write(request);
        long at = writer.position();
        writer.write(response);
        return new Position(current, at);
    }

    /** Writes a response without a body to keep (a redirect, an error status); returns where it starts. */
    public synchronized Position writeHead(Exchange e) throws IOException {
        return write(e, new byte[0]);
    }

    /** Writes a request answered 304 Not Modified as a revisit record; returns where that record starts. */
    public synchronized Position writeNotModified(Exchange e) throws IOException {
        ensureOpen();
        WarcRequest request = request(e);
        HttpResponse.Builder http = new HttpResponse.Builder(e.status(), reason(e.status()));
        copyHeaders(e.responseHeaders(), http);
        WarcRevisit revisit = new WarcRevisit.Builder(e.uri(), WarcRevisit.SERVER_NOT_MODIFIED_1_1)
                .date(e.start()).body(http.build()).concurrentTo(request.id()).build();
        writer.write(request);
        long at = writer.position();
        writer.write(revisit);
        return new Position(current, at);
    }

    /**
     * Forces what was written to disk. Written records survive the death of the process without it (they are
     * in the operating system's hands); this makes them survive the machine's. One call covers every record
     * written before it, so the watcher calls it once for each batch of pages it hands on.
     */
    public synchronized void sync() throws IOException {
        if (writer != null) {
            channel.force(false);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            channel.force(true);
            writer.close();
            writer = null;
            channel = null;
        }
    }

    private WarcRequest request(Exchange e) throws IOException {
        HttpRequest.Builder http = new HttpRequest.Builder("GET", pathAndQuery(e.uri()));
        boolean host = e.requestHeaders().keySet().stream().anyMatch("host"::equalsIgnoreCase);
        if (!host) {
            http.addHeader("Host", e.uri().getRawAuthority());
        }
        e.requestHeaders().forEach((k, vs) -> vs.forEach(v -> http.addHeader(k, v)));
        return new WarcRequest.Builder(e.uri()).date(e.start()).body(http.build()).build();
    }

    private static String header(Exchange e, String name) {
        return e.responseHeaders().entrySet().stream().filter(h -> name.equalsIgnoreCase(h.getKey()))
                .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
    }

    private static String pathAndQuery(URI u) {
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    }

    /** The client does not report the reason phrase; the standard one is written, as a reader expects one. */
    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "-";
        };
    }

    private static void copyHeaders(Map<String, List<String>> headers, HttpResponse.Builder http) {
        headers.forEach((k, vs) -> {
            if (k != null && !k.startsWith(":") && !WIRE_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
                vs.forEach(v -> http.addHeader(k, v));
            }
        });
    }

    private void ensureOpen() throws IOException {
        Instant now = clock.instant();
        if (writer != null && (channel.size() >= maxBytes || Duration.between(opened, now).compareTo(maxAge) >= 0)) {
            close();
        }
        if (writer != null) {
            return;
        }
        Path file;
        do {
            file = dir.resolve("sitrep-" + STAMP.format(now) + "-" + (sequence++) + ".warc.gz");
        } while (Files.exists(file));
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        current = file;
        opened = now;
        writer.write(new Warcinfo.Builder().date(now).filename(file.getFileName().toString())
                .fields(Map.of("software", List.of("Sitrep watch"), "http-header-user-agent", List.of(software),
                        "format", List.of("WARC File Format 1.1")))
                .build());
    }

    /** Names of files in the order written, for tests and status. */
    static List<String> names(List<Path> files) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.getFileName().toString()));
        return out;
    }
}
