package dev.sitrep.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Gzip decompression one member at a time, for files made of several members (a WARC.gz holds one per
 * record; {@code cat a.gz b.gz} makes two). {@link java.util.zip.GZIPInputStream} ends quietly at bytes that
 * do not start a member, and so loses what follows without a word; here every member's trailer is checked,
 * bytes after the last member other than zero padding are an error, the compressed offset of each member is
 * known (so that a failure can name it), and a reader may skip a corrupt member and go on with the next one.
 *
 * <p>Errors are {@link EOFException} for a cut stream and {@link ZipException} for corrupt bytes; after
 * either, {@link #skipToNextMember()} looks for the next member header.
 */
final class GzipMembers extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream raw;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    /** Compressed offset of {@code buf[0]}. */
    private long bufStart;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** Compressed offset of the member being read, or -1 between members. */
    private long member = -1;
    private long lastMember;
    private long memberOut;
    private long out;
    private boolean done;
    /** The error the last read met, thrown again until {@link #skipToNextMember()}. */
    private IOException failure;
    /** Decompressed offset where each recent member starts, to its compressed offset. */
    private final TreeMap<Long, Long> starts = new TreeMap<>();

    GzipMembers(InputStream raw) {
        this.raw = raw;
    }

    /** Compressed offset of the member being read (or the last one read). */
    long memberOffset() {
        return member >= 0 ? member : lastMember;
    }

    /** Bytes decompressed so far. */
    long decompressed() {
        return out;
    }

    /**
     * Compressed offset of the member holding decompressed byte {@code at}; members before it are forgotten,
     * so ask in increasing order.
     */
    long compressedOffsetOf(long at) {
        Map.Entry<Long, Long> e = starts.floorEntry(at);
        if (e == null) {
            return memberOffset();
        }
        starts.headMap(e.getKey()).clear();
        return e.getValue();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (failure != null) {
            throw failure; // the same error until the caller skips the member
        }
        try {
            return inflate(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
        while (!done) {
            if (member < 0 && !startMember()) {
                done = true;
                break;
            }
            if (pos == lim && inflater.needsInput() && !ensure(1)) {
                throw new EOFException("truncated gzip: unexpected end of data");
            }
            inflater.setInput(buf, pos, lim - pos);
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("corrupt gzip member: " + e.getMessage());
            }
            pos = lim - inflater.getRemaining();
            if (n > 0) {
                crc.update(b, off, n);
                memberOut += n;
                out += n;
                return n;
            }
            if (inflater.finished()) {
                endMember();
            } else if (inflater.needsDictionary()) {
                throw new ZipException("corrupt gzip member: it asks for a preset dictionary");
            }
        }
        return -1;
    }

    /**
     * After an error: drops the member being read and moves to the next member header, if any.
     *
     * @return whether a member header was found
     */
    boolean skipToNextMember() throws IOException {
        failure = null;
        inflater.reset();
        crc.reset();
        memberOut = 0;
        lastMember = memberOffset();
        member = -1;
        if (bufStart + pos <= lastMember) {
            pos = (int) (lastMember - bufStart) + 1; // still in the buffer: look past its own header
        }
        while (ensure(3)) {
            if ((buf[pos] & 0xff) == 0x1F && (buf[pos + 1] & 0xff) == 0x8B && buf[pos + 2] == 8) {
                done = false;
                return true;
            }
            pos++;
        }
        pos = lim;
        done = true;
        return false;
    }

    /** Reads a member header; false at a clean end of the stream. */
    private boolean startMember() throws IOException {
        if (!ensure(1)) {
            return false;
        }
        long at = bufStart + pos;
        if (out > 0 && buf[pos] == 0 && onlyZerosLeft()) {
            return false; // block padding after the last member, as tape and some writers leave
        }
        boolean whole = ensure(10);
        member = at;
        int have = lim - pos;
        if ((buf[pos] & 0xff) != 0x1F || have > 1 && (buf[pos + 1] & 0xff) != 0x8B || have > 2 && buf[pos + 2] != 8) {
            throw new ZipException(out > 0 ? "not a gzip member header (a corrupt member, or garbage after the last)" : "not gzip");
        }
        if (!whole) {
            throw new EOFException("truncated gzip header");
        }
        int flags = buf[pos + 3] & 0xff;
        pos += 10;
        if ((flags & FEXTRA) != 0) {
            int n = u8() | u8() << 8;
            for (int i = 0; i < n; i++) {
                u8();
            }
        }
        if ((flags & FNAME) != 0) {
            while (u8() != 0) {
                // the stored file name is of no use here
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (u8() != 0) {
                // nor the comment
            }
        }
        if ((flags & FHCRC) != 0) {
            u8();
            u8();
        }
        starts.put(out, at);
        return true;
    }

    private void endMember() throws IOException {
        pos = lim - inflater.getRemaining();
        long storedCrc = u32();
        long storedSize = u32();
        if (storedCrc != crc.getValue()) {
            throw new ZipException("corrupt gzip member: checksum mismatch");
        }
        if (storedSize != (memberOut & 0xFFFFFFFFL)) {
            throw new ZipException("corrupt gzip member: length mismatch");
        }
        inflater.reset();
        crc.reset();
        memberOut = 0;
        lastMember = member;
        member = -1;
    }

    private boolean onlyZerosLeft() throws IOException {
        while (ensure(1)) {
            if (buf[pos] != 0) {
                return false;
            }
            pos++;
        }
        return true;
    }

    private int u8() throws IOException {
        if (!ensure(1)) {
            throw new EOFException("truncated gzip header");
        }
        return buf[pos++] & 0xff;
    }

    private long u32() throws IOException {
        return (u8() | (long) u8() << 8 | (long) u8() << 16 | (long) u8() << 24) & 0xFFFFFFFFL;
    }

    /** Makes at least {@code k} unread bytes available; false at the end of the stream. */
    private boolean ensure(int k) throws IOException {
        while (lim - pos < k) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                bufStart += pos;
                lim -= pos;
                pos = 0;
            }
            int n = raw.read(buf, lim, buf.length - lim);
            if (n < 0) {
                return false;
            }
            lim += n;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }
}
