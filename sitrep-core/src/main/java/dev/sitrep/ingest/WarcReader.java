package dev.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads response and resource records holding HTML or text from a WARC or WARC.gz with jwarc; the record's
 * target URI becomes the article URL and its date the fetch date.
 */
final class WarcReader {
    private WarcReader() {
    }

    static void read(Path file, Consumer<? super SourceItem> sink) {
        String source = file.toString();
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
            long position = 0;
            try {
                for (WarcRecord record : reader) {
                    position = reader.position();
                    emit(source, position, record, sink);
                }
            } catch (ParsingException e) {
                sink.accept(ReadFailure.at(source, reader.position(), "corrupt WARC record: " + e.getMessage()));
            } catch (IOException e) {
                sink.accept(ReadFailure.at(source, reader.position(), "cannot read WARC record: " + e.getMessage()));
            }
        } catch (IOException e) {
            sink.accept(ReadFailure.of(source, "cannot open WARC: " + e.getMessage()));
        }
    }

    private static void emit(String source, long position, WarcRecord record, Consumer<? super SourceItem> sink)
            throws IOException {
        MediaType type;
        byte[] body;
        String uri;
        if (record instanceof WarcResponse response) {
            if (response.http().status() != 200) {
                return;
            }
            type = response.http().contentType();
            body = response.http().body().stream().readAllBytes();
            uri = response.target();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            body = resource.body().stream().readAllBytes();
            uri = resource.target();
        } else {
            return;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        MediaKind kind;
        if (base.contains("html")) {
            kind = MediaKind.HTML;
        } else if (base.startsWith("text/")) {
            kind = MediaKind.TEXT;
        } else {
            return;
        }
        String charset = type.parameters().get("charset");
        sink.accept(new RawDocument(source + "#" + position, body, kind, charset, uri, record.date(), null, null));
    }
}
