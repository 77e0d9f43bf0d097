package dev.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams response and resource records holding HTML or plain text from a WARC or WARC.gz, one record at a
 * time; the record's target URI becomes the article URL and its date the fetch date. Other records
 * (requests, metadata, redirects, images, scripts) are skipped.
 *
 * <p>{@link WarcRecords} cuts the stream into records and checks the framing (a bad Content-Length costs
 * one record, not the rest of the file); jwarc parses each record and its HTTP message. A WARC.gz is read
 * member by member ({@link GzipMembers}): a corrupt member is one failure at its compressed offset and
 * reading goes on with the next member; a cut file ends with one failure after every record before it was
 * read. Offsets are byte offsets in the file as it is on disk (of the gzip member, for a WARC.gz).
 */
final class WarcReader {
    private WarcReader() {
    }

    /**
     * @param in the WARC, already decompressed when {@code gz} is not null
     * @param gz the gzip reader {@code in} reads from, for member offsets and skipping corrupt members, or null
     */
    static void read(String source, InputStream in, GzipMembers gz, int maxBytes,
                     Consumer<? super SourceItem> sink) throws IOException {
        WarcRecords records = new WarcRecords(in, 0, maxBytes);
        while (true) {
            WarcRecords.Item item;
            try {
                item = records.next();
            } catch (ZipException | EOFException e) {
                if (gz == null) {
                    throw e;
                }
                long at = gz.memberOffset();
                boolean cut = e instanceof EOFException;
                sink.accept(ReadFailure.at(source, at, (cut ? "truncated WARC.gz: " : "corrupt WARC.gz member: ")
                        + e.getMessage().replaceFirst("^(truncated|corrupt) gzip( member)?: ", "")));
                if (cut || !gz.skipToNextMember()) {
                    return;
                }
                records = new WarcRecords(in, gz.decompressed(), maxBytes);
                continue;
            }
            if (item == null) {
                return;
            }
            long at = gz == null ? item.offset() : gz.compressedOffsetOf(item.offset());
            switch (item) {
                case WarcRecords.Bad bad -> sink.accept(ReadFailure.at(source, at, bad.why()));
                case WarcRecords.Record record -> parse(source, at, record.bytes(), maxBytes, sink);
            }
        }
    }

    /** Parses one framed record with jwarc and hands on what it holds. */
    private static void parse(String source, long at, byte[] bytes, int maxBytes, Consumer<? super SourceItem> sink) {
        try (org.netpreserve.jwarc.WarcReader reader =
                     new org.netpreserve.jwarc.WarcReader(new ByteArrayInputStream(bytes))) {
            Optional<WarcRecord> record = reader.next();
            if (record.isPresent()) {
                emit(source, at, record.get(), maxBytes, sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(ReadFailure.at(source, at, "unreadable WARC record: " + oneLine(e)));
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
                    + dev.sitrep.limits.Limits.bytes(maxBytes) + " once decoded, skipped"));
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
