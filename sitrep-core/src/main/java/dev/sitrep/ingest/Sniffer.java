package dev.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Tells what a stream holds from its first bytes, so that names are not trusted: gzip by its magic bytes,
 * WARC by {@code WARC/}, JSON Lines when the first non-blank character is {@code {}, else a document.
 */
final class Sniffer {
    /** What the first bytes of a stream say it is. */
    enum Format { GZIP, WARC, JSON_LINES, DOCUMENT }

    private static final int PEEK = 512;

    private Sniffer() {
    }

    /** Peeks at a stream that supports {@code mark} without consuming it. */
    static Format sniff(InputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = new byte[PEEK];
        int n = 0;
        try {
            for (int r = 0; n < PEEK && r >= 0; n += Math.max(r, 0)) {
                r = in.read(head, n, PEEK - n);
            }
        } catch (IOException e) {
            // Judge by the bytes before the error: the reader proper meets it again and says where it is.
        }
        in.reset();
        return sniff(java.util.Arrays.copyOf(head, n));
    }

    static Format sniff(byte[] head) {
        int n = head.length;
        if (n >= 2 && (head[0] & 0xff) == 0x1F && (head[1] & 0xff) == 0x8B) {
            return Format.GZIP;
        }
        if (new String(head, 0, Math.min(n, 5), StandardCharsets.ISO_8859_1).equals("WARC/")) {
            return Format.WARC;
        }
        int i = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < n && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < n && head[i] == '{' ? Format.JSON_LINES : Format.DOCUMENT;
    }
}
