package dev.sitrep.decode;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Messy input is normal: random bytes and random strings never make decoding or repair throw. */
class DecoderRobustnessTest {

    @Test
    void randomBytesDecodeOrAreReportedUndecodable() {
        Decoder decoder = new Decoder();
        Random rnd = new Random(7);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[rnd.nextInt(200)];
            for (int j = 0; j < bytes.length; j++) {
                // mostly high bytes and ASCII letters, the mix that stresses charset guessing
                bytes[j] = (byte) (rnd.nextBoolean() ? 0x80 + rnd.nextInt(128) : 'a' + rnd.nextInt(26));
            }
            MediaKind kind = MediaKind.values()[rnd.nextInt(3)];
            try {
                assertNotNull(decoder.decode(new RawDocument("r", bytes, kind, null, null, null, null, null)).text());
            } catch (UndecodableException expected) {
                // empty or binary: a failure line, not a crash
            }
        }
    }

    @Test
    void randomCharactersNeverBreakTheRepair() {
        MojibakeRepair repair = new MojibakeRepair();
        Random rnd = new Random(11);
        String pool = "ÃÂâ€™œ”Ð°Ñ‚Î±ÏƒÎ¬√©≈Ü╨┐ \u0085\u009d\uFFFD?aé\uD83D\uDE00\uD800íï¿½";
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(30);
            for (int j = 0; j < n; j++) {
                sb.append(pool.charAt(rnd.nextInt(pool.length())));
            }
            assertNotNull(repair.repair(sb.toString()));
        }
    }
}
