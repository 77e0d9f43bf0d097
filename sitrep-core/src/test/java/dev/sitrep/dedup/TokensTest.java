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
    void collectsFunctionWordsWhateverTheirCase() {
        Tokens t = new Tokens().fill("THE Cat of Dublin, and Its NEIGHBOURS");
        assertEquals(7, t.size);
        assertArrayEquals(new long[] {Hashing.word("the"), Hashing.word("of"), Hashing.word("and"), Hashing.word("its")},
                Arrays.copyOf(t.skeleton, t.skeletonSize));
    }

    @Test
    void everyFunctionWordIsFoundAndNoOtherWord() {
        for (String w : FunctionWords.all()) {
            assertEquals(true, StopWords.contains(Hashing.word(w)), w);
        }
        for (String w : new String[] {"cat", "dublin", "minister", "ukraine", "thee", "ofs", "2024"}) {
            assertEquals(false, StopWords.contains(Hashing.word(w)), w);
        }
    }

    @Test
    void wordsDifferingInOneLetterOrItsPlaceHashApart() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        int made = 0;
        for (char a : letters.toCharArray()) {
            for (char b : letters.toCharArray()) {
                for (char c : letters.toCharArray()) {
                    seen.add(Hashing.word("" + a + b + c));
                    made++;
                }
            }
        }
        assertEquals(made, seen.size());
    }

    @Test
    void growsForLongTexts() {
        String text = "alpha beta ".repeat(5000);
        assertEquals(10_000, new Tokens().fill(text).size);
        assertEquals(0, new Tokens().fill("  ,, ' ").size);
    }
}
