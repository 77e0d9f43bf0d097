package dev.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one-pass tokenizer agrees with hashing each word of a plain split, on ASCII and beyond. */
class TokensTest {

    private static long[] reference(String text) {
        String joined = text.replace("'", "").replace("’", "");
        return Arrays.stream(joined.split("[^\\p{L}\\p{Nd}]+")).filter(w -> !w.isEmpty())
                .mapToLong(Hashing::word).toArray();
    }

    private static long[] tokens(CharSequence text) {
        Tokens t = new Tokens().fill(text);
        return Arrays.copyOf(t.hashes, t.size);
    }

    @Test
    void hashesEveryWordAsTheWordHashDoes() {
        String text = "The Minister's SPOKESMAN said: \"Don’t panic\" -- 42 Zürich-based ÉTUDES, naïve café; "
                + "Ελληνικά ΛΕΞΗ и Москва 2024/25\tend";
        assertArrayEquals(reference(text), tokens(text));
        assertArrayEquals(reference(text), tokens(new StringBuilder(text)));
    }

    @Test
    void marksFunctionWordsWhateverTheirCase() {
        Tokens t = new Tokens().fill("THE Cat of Dublin");
        assertEquals(4, t.size);
        assertEquals(true, t.stop[0]);
        assertEquals(false, t.stop[1]);
        assertEquals(true, t.stop[2]);
        assertEquals(false, t.stop[3]);
    }

    @Test
    void growsForLongTexts() {
        String text = "alpha beta ".repeat(5000);
        assertEquals(10_000, new Tokens().fill(text).size);
        assertEquals(0, new Tokens().fill("  ,, ' ").size);
    }
}
