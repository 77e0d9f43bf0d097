package dev.sitrep.ingest;

import dev.sitrep.limits.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a (decompressed) WARC stream into records by its framing: a header that starts {@code WARC/1.},
 * a body of Content-Length bytes, and a blank line. The framing is checked rather than trusted, because a
 * reader that believes one bad Content-Length loses every record after it: a length that is missing, not a
 * number, past the end of the file or past the body's end marker is one {@link Bad} item at the record's
 * offset, and reading resumes at the next {@code WARC/1.} line that follows a blank line. A record over the
 * byte limit is skipped without being held in memory; it is a failure only when it is an HTML or text page,
 * or when it runs past the end of the file.
 *
 * <p>No record is held whole unless it is within the limit; the memory used is the limit plus a header.
 */
final class WarcRecords {
    private static final int MAX_HEADER = 64 * 1024;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:[ \\t]*([^\\r\\n]*?)[ \\t]*\\r?$");
    private static final Pattern WARC_TYPE = Pattern.compile("(?im)^warc-type:[ \\t]*(\\S+)");
    private static final Pattern PAGE_TYPE =
            Pattern.compile("(?im)^content-type:[ \\t]*(text/html|text/plain|application/xhtml\\+xml)");
    private static final byte[] BOUNDARY = "\nWARC/1.".getBytes(StandardCharsets.ISO_8859_1);

    /** What {@link #next()} found. */
    sealed interface Item {
        /** Decompressed offset where the record starts. */
        long offset();
    }

    /** A whole record, header and body, as it stands in the file. */
    record Record(long offset, byte[] bytes) implements Item {
    }

    /** A record that could not be framed, and why. */
    record Bad(long offset, String why) implements Item {
    }

    private final InputStream in;
    private final int maxBytes;
    private byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    private long bufStart;
    private boolean resync;
    /** Absolute offset from which bytes must stay in the buffer (a possible resumption point), or -1. */
    private long keep = -1;

    /**
     * @param in       the WARC, decompressed
     * @param start    offset of the stream's first byte in the whole decompressed WARC
     * @param maxBytes the largest record held in memory
     */
    WarcRecords(InputStream in, long start, int maxBytes) {
        this.in = in;
        this.bufStart = start;
        this.maxBytes = maxBytes;
    }

    /** The next record or bad record, or null at the end. */
    Item next() throws IOException {
        if (resync) {
            resync = false;
            if (!scanToBoundary()) {
                return null;
            }
        }
        while (ensure(1) && (buf[pos] == '\r' || buf[pos] == '\n')) {
            pos++;
        }
        if (!ensure(1)) {
            return null;
        }
        long start = position();
        int headerEnd = headerEnd();
        if (headerEnd < 0) {
            pos = lim;
            resync = headerEnd == -2;
            return new Bad(start, headerEnd == -1 ? "truncated WARC header" : "not a WARC record header");
        }
        String header = new String(buf, pos, headerEnd - pos, StandardCharsets.ISO_8859_1);
        if (!header.startsWith("WARC/1.") && !header.startsWith("WARC/0.")) {
            pos++;
            resync = true;
            return new Bad(start, "not a WARC record header (expected WARC/1.x)");
        }
        Matcher cl = CONTENT_LENGTH.matcher(header);
        if (!cl.find()) {
            pos = headerEnd;
            resync = true;
            return new Bad(start, "record has no Content-Length");
        }
        String declared = cl.group(1);
        if (!declared.matches("-?\\d+")) {
            pos = headerEnd;
            resync = true;
            return new Bad(start, "Content-Length \"" + shorten(declared) + "\" is not a number");
        }
        if (declared.startsWith("-")) {
            pos = headerEnd;
            resync = true;
            return new Bad(start, "Content-Length " + shorten(declared) + " is negative");
        }
        long length = declared.length() > 18 ? Long.MAX_VALUE : Long.parseLong(declared);
        int headerLength = headerEnd - pos;
        if (length > maxBytes) {
            pos = headerEnd;
            return skipOversized(start, header, length);
        }
        int body = (int) length;
        if (!ensure(headerLength + body)) {
            return pastTheEnd(start, pos + headerLength, length); // ensure may have moved the bytes
        }
        int bodyEnd = pos + headerLength + body;
        byte[] record = Arrays.copyOfRange(buf, pos, bodyEnd);
        pos = bodyEnd;
        long bodyAt = start + headerLength;
        keep = bodyAt; // where to look for the next record if the end marker is not there
        boolean ends = endMarker();
        keep = -1;
        if (!ends) {
            int next = bodyAt < bufStart ? -1 : indexOfBoundary((int) (bodyAt - bufStart), (int) (bodyAt - bufStart) + body);
            if (next >= 0) {
                pos = next;
            } else {
                resync = true;
            }
            return new Bad(start, "record does not end where its Content-Length of " + length + " says");
        }
        return new Record(start, record);
    }

    /** Decompressed offset of the next unread byte. */
    long position() {
        return bufStart + pos;
    }

    /**
     * A body over the limit: skipped in a streaming scan. If the stream ends first, the length was a lie, and
     * reading resumes at the first record boundary met on the way; the bytes from there on are kept (up to the
     * limit) for that case alone, so that the records a lying length covers are not lost.
     */
    private Item skipOversized(long start, String header, long length) throws IOException {
        boolean page = isPage(header);
        long end = length > Long.MAX_VALUE - position() ? Long.MAX_VALUE : position() + length;
        long boundary = -1;
        boolean cut = false;
        while (true) {
            long left = end - position();
            int inBuffer = (int) Math.min(lim - pos, left);
            if (boundary < 0) {
                int at = indexOfBoundary(pos, pos + inBuffer);
                if (at >= 0) {
                    boundary = bufStart + at;
                    keep = boundary;
                }
            }
            if (left <= lim - pos) {
                pos += inBuffer;
                break;
            }
            pos = Math.max(pos, lim - BOUNDARY.length - 2); // a tail, so that a boundary across reads is seen
            if (!ensure(lim - pos + 1)) {
                cut = true;
                break;
            }
        }
        boolean kept = keep >= 0;
        keep = -1;
        String declares = "record declares " + length + " bytes, ";
        if (!cut) {
            if (!endMarker()) {
                resync = true;
                return new Bad(start, "record does not end where its Content-Length of " + length + " says");
            }
            return page ? new Bad(start, declares + "over the " + Limits.bytes(maxBytes) + " limit, skipped") : next();
        }
        if (boundary >= 0 && kept) {
            pos = (int) (boundary - bufStart);
            return new Bad(start, declares + "more than the file holds; reading resumes at the next record");
        }
        pos = lim;
        return new Bad(start, declares + "more than the file holds"
                + (boundary >= 0 ? "; the records inside that range are too far back to re-read" : ""));
    }

    /** A body cut short by the end of the stream: a lie about its length, or a truncated file. */
    private Item pastTheEnd(long start, int headerEnd, long length) {
        int next = indexOfBoundary(headerEnd, lim);
        String why = "record declares " + length + " bytes, more than the file holds";
        if (next >= 0) {
            pos = next;
            return new Bad(start, why + "; reading resumes at the next record");
        }
        pos = lim;
        return new Bad(start, why + " (truncated)");
    }

    /** Whether the page types Sitrep reads are what the record holds, as far as its first bytes tell. */
    private boolean isPage(String header) throws IOException {
        Matcher type = WARC_TYPE.matcher(header);
        String warcType = type.find() ? type.group(1).toLowerCase(Locale.ROOT) : "";
        if (!warcType.equals("response") && !warcType.equals("resource")) {
            return false;
        }
        if (warcType.equals("resource")) {
            return PAGE_TYPE.matcher(header).find();
        }
        ensure(Math.min(8192, buf.length - 1)); // may fall short at the end of the stream: then less is seen
        int n = Math.min(lim - pos, 8192);
        String head = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
        int blank = head.indexOf("\r\n\r\n");
        return PAGE_TYPE.matcher(blank < 0 ? head : head.substring(0, blank)).find();
    }

    /** Consumes the blank line after a body; true when it is there (or the stream ends, as a last record may). */
    private boolean endMarker() throws IOException {
        ensure(4);
        int n = lim - pos;
        if (n == 0) {
            return true;
        }
        if (n >= 4 && buf[pos] == '\r' && buf[pos + 1] == '\n' && buf[pos + 2] == '\r' && buf[pos + 3] == '\n') {
            pos += 4;
            return true;
        }
        if (n >= 2 && buf[pos] == '\n' && buf[pos + 1] == '\n') {
            pos += 2;
            return true;
        }
        return n < 4 && allLineEnds(pos, lim);
    }

    private boolean allLineEnds(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] != '\r' && buf[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Index just past the blank line that ends the header at {@code pos}, -1 at the end of stream, -2 if too long. */
    private int headerEnd() throws IOException {
        int from = pos;
        while (true) {
            for (int i = from; i + 1 < lim; i++) {
                if (buf[i] == '\n' && (buf[i + 1] == '\n'
                        || buf[i + 1] == '\r' && i + 2 < lim && buf[i + 2] == '\n')) {
                    return buf[i + 1] == '\n' ? i + 2 : i + 3;
                }
            }
            if (lim - pos > MAX_HEADER) {
                return -2;
            }
            int scanned = lim - pos;
            if (!ensure(scanned + 1)) {
                return -1;
            }
            from = pos + Math.max(0, scanned - 2); // ensure may have moved the bytes

        }
    }

    /** Index of the {@code W} of the first {@code WARC/1.} line after a blank line in [from, to), or -1. */
    private int indexOfBoundary(int from, int to) {
        outer:
        for (int i = from; i + BOUNDARY.length <= to; i++) {
            for (int j = 0; j < BOUNDARY.length; j++) {
                if (buf[i + j] != BOUNDARY[j]) {
                    continue outer;
                }
            }
            boolean blankBefore = i >= 1 && buf[i - 1] == '\n' || i >= 2 && buf[i - 1] == '\r' && buf[i - 2] == '\n';
            if (blankBefore) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Moves {@code pos} to the next record boundary; false when there is none. */
    private boolean scanToBoundary() throws IOException {
        while (ensure(BOUNDARY.length + 2)) {
            int at = indexOfBoundary(pos, lim);
            if (at >= 0) {
                pos = at;
                return true;
            }
            pos = Math.max(pos, lim - BOUNDARY.length - 2);
            if (!ensure(lim - pos + 1)) {
                break;
            }
        }
        pos = lim;
        return false;
    }

    /** Makes at least {@code k} unread bytes available, growing the buffer for a record; false at the end. */
    private boolean ensure(int k) throws IOException {
        while (lim - pos < k) {
            if (keep >= 0 && lim - (keep - bufStart) > maxBytes + MAX_HEADER) {
                keep = -1; // too far back to hold: give up the resumption point rather than the memory
            }
            int drop = keep >= 0 ? (int) Math.min(pos, keep - bufStart) : pos;
            if (drop > 0) {
                System.arraycopy(buf, drop, buf, 0, lim - drop);
                bufStart += drop;
                lim -= drop;
                pos -= drop;
            }
            if (lim == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(pos + k + 1024L, 2L * buf.length)));
            }
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                return false;
            }
            lim += n;
        }
        return true;
    }

    private static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}
