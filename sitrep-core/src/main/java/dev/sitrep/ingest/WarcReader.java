package dev.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams response and resource records holding HTML or plain text from a WARC or WARC.gz with jwarc, one
 * record at a time; the record's target URI becomes the article URL and its date the fetch date. Other
 * records (requests, metadata, redirects, images, scripts) are skipped. A record whose HTTP message cannot
 * be parsed is reported and skipped; a record the WARC framing breaks on ends the file with one failure at
 * its byte offset, after every record before it was read.
 */
final class WarcReader {
    private WarcReader() {
    }

    static void read(Path file, int maxBytes, Consumer<? super SourceItem> sink) {
        String source = file.toString();
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
            readAll(source, reader, maxBytes, sink);
        } catch (IOException e) {
            sink.accept(ReadFailure.of(source, "cannot open WARC: " + FolderWalker.reason(e)));
        }
    }

    static void read(String source, InputStream in, int maxBytes, Consumer<? super SourceItem> sink) {
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in)) {
            readAll(source, reader, maxBytes, sink);
        } catch (IOException e) {
            sink.accept(ReadFailure.of(source, "cannot open WARC: " + FolderWalker.reason(e)));
        }
    }

    private static void readAll(String source, org.netpreserve.jwarc.WarcReader reader, int maxBytes,
                                Consumer<? super SourceItem> sink) {
        long position = 0;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                // jwarc has moved its position to the start of the record it failed on.
                long at = Math.max(position, reader.position());
                sink.accept(ReadFailure.at(source, at, "corrupt WARC record: " + oneLine(e)));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            position = reader.position();
            try {
                emit(source, position, next.get(), maxBytes, sink);
            } catch (IOException | RuntimeException e) {
                sink.accept(ReadFailure.at(source, position, "unreadable WARC record: " + oneLine(e)));
            }
            position = Math.max(position, reader.position());
        }
    }

    /** The gist of a parser's message: its first line, without the excerpt of bytes jwarc appends. */
    private static String oneLine(Exception e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        m = m.lines().findFirst().orElse("").strip();
        int excerpt = m.indexOf(": ...");
        return (excerpt > 0 ? m.substring(0, excerpt) : m).replaceAll(" at position \\d+", "");
    }

    private static void emit(String source, long position, WarcRecord record, int maxBytes,
                             Consumer<? super SourceItem> sink)
            throws IOException {
        MediaType type;
        String uri;
        byte[] body;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return;
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return;
            }
            type = http.contentType();
            if (kindOf(type) == null) {
                return;
            }
            body = bounded(http.bodyDecoded().stream(), maxBytes);
            uri = response.target();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            if (kindOf(type) == null) {
                return;
            }
            body = bounded(resource.body().stream(), maxBytes);
            uri = resource.target();
        } else {
            return;
        }
        if (body == null) {
            sink.accept(ReadFailure.at(source, position, "record larger than "
                    + dev.sitrep.limits.Limits.bytes(maxBytes) + ", skipped"));
            return;
        }
        String charset = type.parameters().get("charset");
        sink.accept(new RawDocument(source + "#" + position, body, kindOf(type), charset, uri, record.date(),
                null, null));
    }

    private static byte[] bounded(InputStream in, int maxBytes) throws IOException {
        byte[] b = in.readNBytes(maxBytes + 1);
        return b.length > maxBytes ? null : b;
    }

    /** HTML or plain text by the media type; null for everything else (images, scripts, style sheets). */
    private static MediaKind kindOf(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return MediaKind.HTML;
        }
        if (base.equals("text/plain")) {
            return MediaKind.TEXT;
        }
        return null;
    }
}
