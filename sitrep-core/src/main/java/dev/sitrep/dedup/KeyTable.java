package dev.sitrep.dedup;

/**
 * The look-up keys of a {@link CopyIndex}: a multimap from 32-bit key to text number, kept as one
 * open-addressing table with linear probing whose slots pack key and text into a long (0 = empty; keys are
 * never 0). All texts of a key lie in the probe run from the key's home slot, so a look-up reads a few
 * adjacent cache lines and no chain of links.
 *
 * <p>A key held by more than {@link #CAP} texts is a stop-shingle (a common phrase) that look-ups skip anyway:
 * when it reaches {@code CAP + 1} texts, its entries are deleted (backward-shift deletion, so no tombstones
 * are left in probe runs) and one stop entry takes their place, which ends every later add or look-up of
 * the key at once. On news a good share of all keys are such phrases; keeping their entries would cost
 * memory and, worse, leave long runs that every look-up homing nearby has to scan. The table grows by half
 * at 80% load, so its memory stays between about 10 and 15 bytes per entry.
 * Hand-written because no library in the build offers a primitive multimap with this bound.
 */
final class KeyTable {
    /** Keys with more texts than this are skipped at look-up. */
    static final int CAP = 48;
    /** The text number of a stop entry (real text numbers are never negative). */
    private static final int STOP = -1;
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
            if ((int) (v >>> 32) == key) {
                if ((int) v == STOP) {
                    return;
                }
                held++;
            }
            if (++i == t.length) {
                i = 0;
            }
        }
        if (held == CAP) {
            retire(key);
            doc = STOP;
            i = home(key, t.length);
            while (t[i] != 0) {
                if (++i == t.length) {
                    i = 0;
                }
            }
        }
        t[i] = (long) key << 32 | (doc & 0xFFFF_FFFFL);
        used++;
    }

    /** Deletes every entry of {@code key}. */
    private void retire(int key) {
        long[] t = slots;
        int i = home(key, t.length);
        for (long v = t[i]; v != 0; v = t[i]) {
            if ((int) (v >>> 32) == key) {
                // The slot now holds what shifted back into it: look at it again.
                delete(i);
            } else if (++i == t.length) {
                i = 0;
            }
        }
    }

    /**
     * Empties slot {@code hole} and closes the gap: each later entry of the run whose home is not between the
     * hole and itself moves back into the hole, so every entry stays reachable from its home without tombstones.
     */
    private void delete(int hole) {
        long[] t = slots;
        int j = hole;
        while (true) {
            if (++j == t.length) {
                j = 0;
            }
            long v = t[j];
            if (v == 0) {
                break;
            }
            int k = home((int) (v >>> 32), t.length);
            boolean stays = hole <= j ? hole < k && k <= j : hole < k || k <= j;
            if (!stays) {
                t[hole] = v;
                hole = j;
            }
        }
        t[hole] = 0;
        used--;
    }

    /**
     * Reads the home slot of each key and returns a value that depends on all of them. A look-up of many keys
     * calls this first: the loads do not depend on each other, so the processor has all of their cache misses
     * in flight at once instead of one after another as the probing that follows would, and the probing then
     * finds its first cache line already there. (Java offers no prefetch instruction; a load whose value is
     * used is the portable equivalent.)
     */
    long touch(int[] keys) {
        long[] t = slots;
        long any = 0;
        for (int key : keys) {
            any ^= t[home(key, t.length)];
        }
        return any;
    }

    /**
     * Writes the texts holding {@code key} into {@code out} (at least {@link #CAP} long) and returns how many;
     * 0 when the key is absent or retired (held by more than {@link #CAP} texts).
     */
    int get(int key, int[] out) {
        long[] t = slots;
        int i = home(key, t.length);
        int n = 0;
        for (long v = t[i]; v != 0; v = t[i]) {
            if ((int) (v >>> 32) == key) {
                if ((int) v == STOP) {
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
