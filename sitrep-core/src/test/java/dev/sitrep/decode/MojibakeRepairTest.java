package dev.sitrep.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {
    private final MojibakeRepair repair = new MojibakeRepair();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hegseth told reporters: β€œWe will not back down.β€\u009d|Hegseth told reporters: “We will not back down.”",
        "The minister said it wasnâ€™t over.|The minister said it wasn’t over.",
        "Talks in GenÃ¨ve and ZÃ¼rich ended.|Talks in Genève and Zürich ended.",
        "Price: Â£5bn â€” a record|Price: £5bn — a record",
        "ÐŸÑ€ÐµÐ·Ð¸Ð´ÐµÐ½Ñ‚ Ð·Ð°Ñ\u008fÐ²Ð¸Ð»|Президент заявил",
        "Î— ÎºÏ…Î²Î­Ï\u0081Î½Î·ÏƒÎ· Î±Ï€Î¬Î½Ï„Î·ÏƒÎµ|Η κυβέρνηση απάντησε",
        "ĂŽle de la CitĂ©|Île de la Cité",
        "the caf\u00c3\u0083\u00c2\u00a9 reopened|the café reopened",
        "He waited\u0085 then left.|He waited… then left.",
        "rГ©union Г Paris|réunion à Paris",
    })
    void repairsMojibake(String broken, String fixed) {
        assertEquals(fixed, repair.repair(broken));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Plain ASCII stays as it is.",
        "“Curly quotes”, ‘single ones’, dashes – and — and an ellipsis…",
        "Zelenskyy met Macron in Kyiv; Merz’s office confirmed.",
        "Він сказав, що Рівне та Вінниця готові.",
        "СЛАВА УКРАЇНІ, ВІЙСЬКО ВІДПОВІЛО",
        "Ο πρωθυπουργός είπε «ναι» στις 5 Μαΐου.",
        "SÃO PAULO — NÃO",
        "A gap of 3 Å— per layer; bought 2×£40 seats",
        "CAFÉ® brand and JOSÉ’s shop",
        "area r = √π and a ∆° shift",
        "Łódź, Kraków, Gdańsk, Poznań",
        "Ça coûte 5 € à l’entrée.",
    })
    void leavesCorrectTextAlone(String text) {
        assertSame(text, repair.repair(text));
    }

    /** Sentences of real words in several scripts, with the punctuation news uses. */
    private static final List<List<String>> VOCABULARY = List.of(
            List.of("réunion", "à", "Genève", "les", "ministres", "ont", "décidé", "français", "élection", "déjà", "où",
                    "Zürich", "Übergabe", "Straße", "größer", "Äußerung", "señor", "España", "años", "acción", "São",
                    "Paulo", "coração", "não", "Łódź", "Kraków", "Gdańsk", "wojsko", "żołnierz", "Dvořák", "Čech",
                    "přímo", "Ελλάδα", "κυβέρνηση", "υπουργός", "είπε", "Αθήνα", "ζήτησε", "Москва", "Президент",
                    "заявил", "переговоры", "Україна", "Київ", "міністр", "їхні", "Європа", "Kyiv", "NATO", "summit"),
            List.of(", ", ". ", " ", " ", " ", " — ", " – ", "… ", ": ", "; "),
            List.of("“", "”", "‘", "’", "«", "»", "€", "£", "°", "№"));

    static String randomText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int words = 3 + rnd.nextInt(12);
        for (int i = 0; i < words; i++) {
            List<String> vocab = VOCABULARY.get(0);
            if (rnd.nextInt(6) == 0) {
                sb.append(VOCABULARY.get(2).get(rnd.nextInt(VOCABULARY.get(2).size())));
            }
            sb.append(vocab.get(rnd.nextInt(vocab.size())));
            List<String> gaps = VOCABULARY.get(1);
            sb.append(i + 1 < words ? gaps.get(rnd.nextInt(gaps.size())) : ".");
        }
        return sb.toString();
    }

    /** Decodes bytes as a code page would, undefined bytes becoming their C1 control as sloppy decoders do. */
    static String misdecode(String text, Charset page) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, page);
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xff) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void randomCorrectTextStaysUnchanged() {
        Random rnd = new Random(20250304);
        for (int i = 0; i < 2000; i++) {
            String text = randomText(rnd);
            assertEquals(text, repair.repair(text), "changed correct text");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "windows-1253", "ISO-8859-1", "windows-1251", "windows-1250"})
    void randomTextMisdecodedWithACodePageComesBack(String charset) {
        Charset page = Charset.forName(charset);
        Random rnd = new Random(charset.hashCode());
        int failures = 0;
        StringBuilder examples = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String text = randomText(rnd);
            String broken = misdecode(text, page);
            String back = repair.repair(broken);
            if (!back.equals(text)) {
                failures++;
                if (examples.length() < 2000) {
                    examples.append("\n  ").append(broken).append("\n  -> ").append(back).append("\n  != ").append(text);
                }
            }
        }
        assertEquals(0, failures, examples::toString);
    }

    @Test
    void decomposedMojibakeIsRepairedAndDecomposedCorrectTextLeftAlone() {
        String nfd = java.text.Normalizer.normalize("President FranÃ§ois Hollande", java.text.Normalizer.Form.NFD);
        assertEquals("President François Hollande", repair.repair(nfd));
        assertEquals("energy minister Ségolène Royal", repair.repair("energy minister SÃ©golÃ \u0308ne Royal"));
        String correct = java.text.Normalizer.normalize("Ségolène Royal à Genève", java.text.Normalizer.Form.NFD);
        assertSame(correct, repair.repair(correct));
    }

    @Test
    void doubleMojibakeIsUndoneLayerByLayer() {
        String once = misdecode("Le café “Zürich” a réouvert.", Charset.forName("windows-1252"));
        String twice = misdecode(once, Charset.forName("windows-1252"));
        assertEquals("Le café “Zürich” a réouvert.", repair.repair(twice));
    }

    @Test
    void aGarbleWithLostBytesIsLeftAloneButALostLayerIsRestored() {
        // Lead bytes without their continuations: decoding the few whole sequences would only make CJK signs.
        String garble = "Fans wrote ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ again";
        assertSame(garble, repair.repair(garble));
        assertSame("Fans wrote ãƒâ€™ã¢â‚¬ again", repair.repair("Fans wrote ãƒâ€™ã¢â‚¬ again"));
        // An en dash whose first two bytes were mangled once more: repairing the inner layer makes the run whole.
        assertEquals("Final score 2–1 at home", repair.repair("Final score 2â\u0080â\u0080\u009c1 at home"));
    }

    @Test
    void aRepairEndingOnTheSpaceAfterAGarbleDoesNotThrow() {
        // "âŸ " reads back as E2 9F 20, a sequence whose no-break space became a space: the candidate ends on the
        // space, one past the run of non-ASCII signs it starts in. Found by fuzzing. The garble stays; "Ã�" is
        // an "à" or similar whose second byte was lost, and becomes the replacement sign.
        assertEquals("‘âŸ \uFFFD", repair.repair("‘âŸ Ã\uFFFD"));
    }
}
