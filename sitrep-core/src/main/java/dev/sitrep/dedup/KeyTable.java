package dev.sitrep.dedup;

/**
 * The look-up keys of a {@link CopyIndex}: a multimap from 32-bit key to text number, kept as one
 * open-addressing table with linear probing whose slots pack key and text into a long (0 = empty; keys are
 * never 0). All texts of a key lie in the probe run from the key's home slot, so a look-up reads a few
 * adjacent cache lines and no chain of links.
 *
 * <p>A key held by more than {@link #CAP} texts is a stop-shingle that look-ups skip anyway, so it stops
 * taking entries after {@code CAP + 1}: common phrases cost bounded memory and never form long runs. The
 * table grows by half at 80% load, so its memory stays between about 10 and 15 bytes per entry.
 * Hand-written because no library in the build offers a primitive multimap with this bound.
 */
final class KeyTable {
    /** Keys with more texts than this are skipped at look-up. */
    static final int CAP = 48;
    private static final int MIN_LENGTH = 1 << 12;

    private long[] slots = new long[MIN_LENGTH];
    private int used;

    long memoryBytes() {
        return (long) slots.length * 8;
    }

    /** Records that text {@code doc} holds {@code key} (key not 0). */
    void add(int key, int doc) {
        if ((used + 1) * 5L > slots.length * 4L) {
            grow();
        }
        long[] t = slots;
        int i = home(key, t.length);
        int held = 0;
        for (long v = t[i]; v != 0; v = t[i]) {
            if ((int) (v >>> 32) == key && ++held > CAP) {
                return;
            }
            if (++i == t.length) {
                i = 0;
            }
        }
        t[i] = (long) key << 32 | (doc & 0xFFFF_FFFFL);
        used++;
    }

    /**
     * Writes the texts holding {@code key} into {@code out} (at least {@link #CAP} + 1 long) and returns how
     * many; 0 when the key is absent or held by more than {@link #CAP} texts.
     */
    int get(int key, int[] out) {
        long[] t = slots;
        int i = home(key, t.length);
        int n = 0;
        for (long v = t[i]; v != 0; v = t[i]) {
            if ((int) (v >>> 32) == key) {
                if (n == CAP) {
                    return 0;
                }
                out[n++] = (int) v;
            }
            if (++i == t.length) {
                i = 0;
            }
        }
        return n;
    }

    /** Keys are already well mixed; map one to [0, length) by multiply-shift, so lengths need not be powers of 2. */
    private static int home(int key, int length) {
        return (int) (((key * 0x9E3779B9L) & 0xFFFF_FFFFL) * length >>> 32);
    }

    private void grow() {
        long[] old = slots;
        long[] t = new long[old.length + (old.length >> 1)];
        for (long v : old) {
            if (v != 0) {
                int i = home((int) (v >>> 32), t.length);
                while (t[i] != 0) {
                    if (++i == t.length) {
                        i = 0;
                    }
                }
                t[i] = v;
            }
        }
        slots = t;
    }
}
