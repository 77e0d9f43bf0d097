package dev.sitrep.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.positions.SentenceEncoder;
import dev.sitrep.positions.StanceHeads;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two encoders load from their jars through the service loader and give vectors that carry meaning. */
class EncodersTest {
    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @ParameterizedTest
    @ValueSource(strings = {"e5-small-v2-q", "bge-small-en-v15-q"})
    void foundByNameAndMeaningful(String name) {
        SentenceEncoder e = StanceHeads.encoder(name).orElseThrow();
        assertEquals(name, e.name());
        float[] a = e.encode("Sea levels are rising faster than scientists expected.");
        float[] b = e.encode("The oceans are climbing more quickly than researchers predicted.");
        float[] c = e.encode("The bakery on the corner sells rye bread on Saturdays.");
        assertEquals(384, a.length);
        double norm = cosine(a, a);
        assertTrue(Math.abs(norm - 1) < 1e-4, "unit length: " + norm);
        assertArrayEquals(a, e.encode("Sea levels are rising faster than scientists expected."), 1e-6f);
        assertTrue(cosine(a, b) > cosine(a, c) + 0.05, cosine(a, b) + " vs " + cosine(a, c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000\u0001 ünïcödé — ✓ 😀"})
    void oddTextStillGivesAUnitVector(String text) {
        for (String name : List.of("e5-small-v2-q", "bge-small-en-v15-q")) {
            float[] v = StanceHeads.encoder(name).orElseThrow().encode(text);
            assertEquals(384, v.length);
            assertTrue(Math.abs(cosine(v, v) - 1) < 1e-4, name + " " + cosine(v, v));
        }
    }

    @org.junit.jupiter.api.Test
    void aLongStatementIsEncodedWhole() {
        String sentence = "Emissions kept rising across the region while the talks went on. ".repeat(120);
        float[] v = StanceHeads.encoder("e5-small-v2-q").orElseThrow().encode(sentence);
        assertTrue(Math.abs(cosine(v, v) - 1) < 1e-4);
    }
}
