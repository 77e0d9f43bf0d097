package dev.sitrep.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The canonical URLs the watcher has fetched, kept as 64-bit digests in memory and appended to a file that
 * survives a restart.
 *
 * <p>Written here rather than taken from a collections library: what is needed is one open-addressing set of
 * {@code long}s (16 bytes a URL at the load kept here, where a {@code HashSet<String>} of news URLs costs about
 * 200) and an append-only file of the same digests, which no library in the build offers together. With 64-bit
 * digests two different URLs are taken for one with a probability of about 3 in 100 million at a million
 * URLs, which would skip one article; the store's text ids would not double one either way.
 *
 * <p>The file is a sequence of 8-byte digests; {@link #sync()} appends the new ones and forces them to disk. A
 * crash in the middle of an append leaves a torn last digest, which {@link #open} cuts off.
 */
public final class SeenUrls implements Closeable {
    private static final long EMPTY = 0;
    /** One digest per thread: a listing's every URL is digested at each poll. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private final FileChannel file;
    private long[] table = new long[1 << 12];
    private int size;
    private long[] pending = new long[64];
    private int pendingCount;

    private SeenUrls(FileChannel file) {
        this.file = file;
    }

    /** Opens (or creates) the file and loads every digest in it. */
    public static SeenUrls open(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        SeenUrls seen = new SeenUrls(ch);
        long whole = ch.size() - ch.size() % Long.BYTES;
        if (whole != ch.size()) {
            ch.truncate(whole); // a torn append from a crash
        }
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long at = 0;
        while (at < whole) {
            buf.clear();
            int n = ch.read(buf, at);
            if (n <= 0) {
                break;
            }
            buf.flip();
            while (buf.remaining() >= Long.BYTES) {
                seen.insert(buf.getLong());
                at += Long.BYTES;
            }
        }
        ch.position(whole);
        return seen;
    }

    /** Whether a canonical URL key was added before. */
    boolean contains(String key) {
        return find(digest(key)) >= 0;
    }

    /** Adds a key; true when it was new. It reaches the file at the next {@link #sync()}. */
    public boolean add(String key) {
        long d = digest(key);
        if (!insert(d)) {
            return false;
        }
        if (pendingCount == pending.length) {
            pending = Arrays.copyOf(pending, pending.length * 2);
        }
        pending[pendingCount++] = d;
        return true;
    }

    public int size() {
        return size;
    }

    /** Bytes the set holds in memory, for the figure of memory per million URLs. */
    public long memoryBytes() {
        return (long) table.length * Long.BYTES + (long) pending.length * Long.BYTES;
    }

    /** Appends the keys added since the last sync and forces them to disk. */
    public void sync() throws IOException {
        if (pendingCount == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate(pendingCount * Long.BYTES);
        for (int i = 0; i < pendingCount; i++) {
            buf.putLong(pending[i]);
        }
        buf.flip();
        while (buf.hasRemaining()) {
            file.write(buf);
        }
        file.force(false);
        pendingCount = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            sync();
        } finally {
            file.close();
        }
    }

    static long digest(String key) {
        byte[] h = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        long d = ByteBuffer.wrap(h).getLong();
        return d == EMPTY ? 1 : d; // 0 marks a free slot
    }

    private int find(long d) {
        int mask = table.length - 1;
        for (int i = mix(d) & mask; ; i = (i + 1) & mask) {
            if (table[i] == d) {
                return i;
            }
            if (table[i] == EMPTY) {
                return -1;
            }
        }
    }

    private boolean insert(long d) {
        if (find(d) >= 0) {
            return false;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        put(table, d);
        size++;
        return true;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long d : table) {
            if (d != EMPTY) {
                put(bigger, d);
            }
        }
        table = bigger;
    }

    private static void put(long[] t, long d) {
        int mask = t.length - 1;
        int i = mix(d) & mask;
        while (t[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        t[i] = d;
    }

    private static int mix(long d) {
        return (int) (d ^ (d >>> 32));
    }
}
