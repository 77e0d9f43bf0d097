package dev.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, holding at most a limit per line: a longer line is read to its end
 * without being kept (a gzipped feed can hold one line of gigabytes), so that the lines after it are still
 * read and memory stays bounded. Lines end at {@code \n}; a {@code \r} before it is dropped.
 *
 * <p>Use: {@link #next()} until it returns null; after each, {@link #tooLong()} says whether the line was over
 * the limit (then it is returned empty) and {@link #lineNumber()} which line it was, counting from 1.
 */
final class BoundedLines {
    private static final byte[] EMPTY = new byte[0];

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    private long lineNumber;
    private boolean tooLong;
    private long lineBytes;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its end, or null at the end of the stream. */
    byte[] next() throws IOException {
        byte[] line = EMPTY;
        int length = 0;
        tooLong = false;
        lineBytes = 0;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                pos = 0;
                lim = n;
            }
            any = true;
            int end = pos;
            while (end < lim && buf[end] != '\n') {
                end++;
            }
            int n = end - pos;
            lineBytes += n;
            if (!tooLong && length + (long) n > maxBytes) {
                tooLong = true;
                line = EMPTY; // let go of what was held: the rest of the line is only skipped
                length = 0;
            }
            if (!tooLong) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(length + n, Math.min(maxBytes, 2 * line.length + 256)));
                }
                System.arraycopy(buf, pos, line, length, n);
                length += n;
            }
            pos = end;
            if (end < lim) {
                pos++; // the newline
                break;
            }
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return length == line.length ? line : Arrays.copyOf(line, length);
    }

    /** Whether the line {@link #next()} last returned was longer than the limit, and so returned empty. */
    boolean tooLong() {
        return tooLong;
    }

    /** Bytes the last line held, including any that were skipped. */
    long lineBytes() {
        return lineBytes;
    }

    /** Number of the line {@link #next()} last returned, from 1. */
    long lineNumber() {
        return lineNumber;
    }
}
