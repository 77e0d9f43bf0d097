package dev.sitrep.ingest;

import java.time.Instant;

/**
 * A document as read from its source, before decoding.
 *
 * @param source          the input path (or path#record for a WARC record, path:line for JSON Lines, "-" for stdin)
 * @param content         the bytes, undecoded
 * @param kind            what the container said the bytes are
 * @param declaredCharset the charset the container declared (HTTP header, JSON Lines = UTF-8), or null
 * @param url             the URL the document was fetched from (WARC target URI, JSON Lines "url"), or null
 * @param fetched         when it was fetched (WARC date), or null; a fallback publication date and the
 *                        reference for relative dates
 * @param title           a title the container gave (JSON Lines "title"), or null
 * @param published       a publication date as the container gave it (JSON Lines "published"), or null
 */
public record RawDocument(String source, byte[] content, MediaKind kind, String declaredCharset, String url,
                          Instant fetched, String title, String published) implements SourceItem {

    /** A plain file with nothing known but its bytes. */
    public static RawDocument ofFile(String source, byte[] content, MediaKind kind) {
        return new RawDocument(source, content, kind, null, null, null, null, null);
    }
}
