package dev.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sitrep.decode.Decoded;
import dev.sitrep.decode.Decoder;
import dev.sitrep.decode.MojibakeRepair;
import dev.sitrep.decode.UndecodableException;
import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.model.Flag;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Arbitrary bytes through {@link Decoder} and arbitrary text through {@link MojibakeRepair}. The decoder may
 * refuse bytes only with {@link UndecodableException}; the repair promises to hand back the same instance when
 * there is nothing to repair.
 */
class DecoderFuzzTest {
    /** Declared charsets as containers send them: real, WHATWG aliases, wrong, unknown and malformed. */
    private static final String[] DECLARED = {"", "utf-8", "UTF-8", "iso-8859-1", "latin1", "windows-1252",
            "windows-1251", "koi8-r", "shift_jis", "utf-16", "UTF-16LE", "x-unknown", "utf 8", "\"utf-8\""};
    private static final Decoder DECODER = new Decoder();
    private static final MojibakeRepair REPAIR = new MojibakeRepair();

    @FuzzTest(maxDuration = "2m")
    void decode(FuzzedDataProvider data) {
        MediaKind kind = data.pickValue(MediaKind.values());
        String declared = data.consumeBoolean() ? null : data.pickValue(DECLARED);
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Decoded d = DECODER.decode(new RawDocument("fuzz", bytes, kind, declared, null, null, null, null));
            assertNotNull(d.text());
            assertNotNull(d.charset());
            assertTrue(Set.of(Flag.MOJIBAKE_REPAIRED).containsAll(d.flags()), "decoding flags only mojibake");
            if (kind != MediaKind.UNKNOWN) {
                assertEquals(kind == MediaKind.HTML, d.html(), "a declared kind is kept");
            }
        } catch (UndecodableException e) {
            assertTrue(e.offset() >= -1 && e.offset() <= bytes.length, "offset inside the input");
            Contracts.oneLine(e.getMessage());
        }
    }

    /**
     * Repair promises the same instance back when nothing needed repair. It does not promise idempotence: it
     * stops after a fixed number of passes, so a text mis-decoded more times than that keeps a layer.
     */
    @FuzzTest(maxDuration = "2m")
    void repair(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String repaired = REPAIR.repair(text);
        assertNotNull(repaired);
        if (repaired.equals(text)) {
            assertSame(text, repaired, "unchanged text must come back as the same instance");
        }
        if (isAscii(text)) {
            assertSame(text, repaired, "ASCII cannot be mojibake");
        }
        assertFalse(repaired.isEmpty() && !text.isEmpty(), "repair emptied the text");
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
