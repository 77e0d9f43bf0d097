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
        int[] out = new int[KeyTable.CAP + 1];
        int n = t.get(1 + 1234, out);
        int[] docs = Arrays.copyOf(out, n);
        Arrays.sort(docs);
        assertEquals("[1234, 11234, 21234, 31234, 41234]", Arrays.toString(docs));
        assertEquals(0, t.get(-77, out), "absent key");
    }

    @Test
    void skipsKeysHeldByMoreThanTheCap() {
        KeyTable t = new KeyTable();
        int[] out = new int[KeyTable.CAP + 1];
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
}
