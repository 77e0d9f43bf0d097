package dev.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The key multimap keeps every text of a key through growth, and drops keys held by too many texts. */
class KeyTableTest {

    @Test
    void findsEveryTextOfAKeyAfterGrowing() {
        KeyTable t = new KeyTable();
        for (int doc = 0; doc < 50_000; doc++) {
            t.add(1 + doc % 10_000, doc);
        }
        int[] out = new int[KeyTable.CAP];
        int n = t.get(1 + 1234, out);
        int[] docs = Arrays.copyOf(out, n);
        Arrays.sort(docs);
        assertEquals("[1234, 11234, 21234, 31234, 41234]", Arrays.toString(docs));
        assertEquals(0, t.get(-77, out), "absent key");
    }

    @Test
    void skipsKeysHeldByMoreThanTheCap() {
        KeyTable t = new KeyTable();
        int[] out = new int[KeyTable.CAP];
        for (int doc = 0; doc < KeyTable.CAP; doc++) {
            t.add(42, doc);
        }
        assertEquals(KeyTable.CAP, t.get(42, out));
        t.add(42, KeyTable.CAP);
        assertEquals(0, t.get(42, out));
        long before = t.memoryBytes();
        for (int doc = 0; doc < 10_000; doc++) {
            t.add(42, doc);
        }
        assertEquals(0, t.get(42, out));
        assertEquals(before, t.memoryBytes(), "a stop-shingle key takes no more entries");
    }

    @Test
    void agreesWithAPlainMultimapWhenCommonKeysAreRetiredAmongOthers() {
        KeyTable t = new KeyTable();
        java.util.Map<Integer, java.util.List<Integer>> reference = new java.util.HashMap<>();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int doc = 0; doc < 200_000; doc++) {
            // A few hundred keys are common enough to pass the cap; the rest are rare, as on news.
            int key = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(300) : 1000 + rnd.nextInt(150_000);
            t.add(key, doc);
            reference.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(doc);
        }
        int[] out = new int[KeyTable.CAP];
        int retired = 0;
        for (var e : reference.entrySet()) {
            int n = t.get(e.getKey(), out);
            if (e.getValue().size() > KeyTable.CAP) {
                assertEquals(0, n, "key " + e.getKey());
                retired++;
            } else {
                int[] docs = Arrays.copyOf(out, n);
                Arrays.sort(docs);
                assertEquals(e.getValue().toString(), Arrays.toString(docs), "key " + e.getKey());
            }
        }
        assertEquals(300, retired);
    }
}
