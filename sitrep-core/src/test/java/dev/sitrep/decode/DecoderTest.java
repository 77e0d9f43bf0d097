package dev.sitrep.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.model.Flag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private final Decoder decoder = new Decoder();

    private static RawDocument doc(byte[] bytes, MediaKind kind, String declared) {
        return new RawDocument("test", bytes, kind, declared, null, null, null, null);
    }

    private Decoded decode(String text, Charset cs, MediaKind kind, String declared) throws UndecodableException {
        return decoder.decode(doc(text.getBytes(cs), kind, declared));
    }

    @Test
    void declaredCharsetWins() throws UndecodableException {
        Decoded d = decode("Ministr řekl: „Ne.“", Charset.forName("windows-1250"), MediaKind.TEXT, "windows-1250");
        assertEquals("Ministr řekl: „Ne.“", d.text());
        assertEquals(Set.of(), d.flags());
    }

    @Test
    void metaCharsetIsReadFromTheMarkup() throws UndecodableException {
        String page = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body>Москва</body></html>";
        Decoded d = decode(page, Charset.forName("windows-1251"), MediaKind.HTML, null);
        assertTrue(d.text().contains("Москва"));
        assertTrue(d.html());
        assertEquals("windows-1251", d.charset());
    }

    @Test
    void aDeclaredSingleByteCharsetLosesToBytesThatAreClearlyUtf8() throws UndecodableException {
        Decoded d = decode("Café “Zürich”", StandardCharsets.UTF_8, MediaKind.TEXT, "iso-8859-1");
        assertEquals("Café “Zürich”", d.text());
        assertEquals(Set.of(), d.flags());
    }

    @Test
    void undeclaredBytesAreGuessed() throws UndecodableException {
        assertEquals("Café crème", decode("Café crème", StandardCharsets.UTF_8, MediaKind.TEXT, null).text());
        assertEquals("Café crème à Genève", decode("Café crème à Genève", Charset.forName("windows-1252"),
                MediaKind.TEXT, null).text());
        String russian = "Президент заявил, что переговоры продолжатся в Москве на следующей неделе.";
        assertEquals(russian, decode(russian, Charset.forName("windows-1251"), MediaKind.TEXT, null).text());
        String greek = "Ο πρωθυπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν στην Αθήνα την επόμενη εβδομάδα.";
        assertEquals(greek, decode(greek, Charset.forName("windows-1253"), MediaKind.TEXT, null).text());
    }

    @Test
    void byteOrderMarksAreHonouredAndDropped() throws UndecodableException {
        byte[] utf16 = "\uFEFFKyiv talks".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Kyiv talks", decoder.decode(doc(utf16, MediaKind.TEXT, null)).text());
        byte[] utf8 = "\uFEFFKyiv talks".getBytes(StandardCharsets.UTF_8);
        assertEquals("Kyiv talks", decoder.decode(doc(utf8, MediaKind.TEXT, "windows-1252")).text());
    }

    @Test
    void mojibakeFromUpstreamIsRepairedAndFlagged() throws UndecodableException {
        Decoded d = decode("He said: β€œWe are ready.β€\u009d", StandardCharsets.UTF_8, MediaKind.TEXT, null);
        assertEquals("He said: “We are ready.”", d.text());
        assertEquals(Set.of(Flag.MOJIBAKE_REPAIRED), d.flags());
    }

    @Test
    void htmlIsSniffedWhenTheContainerDidNotSay() throws UndecodableException {
        assertTrue(decode("<!-- saved -->\n<!DOCTYPE html><html><p>x</p></html>", StandardCharsets.UTF_8,
                MediaKind.UNKNOWN, null).html());
        assertFalse(decode("Plain words about <b> tags.", StandardCharsets.UTF_8, MediaKind.UNKNOWN, null).html());
    }

    @Test
    void emptyAndBinaryInputIsUndecodableWithAnOffset() {
        UndecodableException empty = assertThrows(UndecodableException.class,
                () -> decoder.decode(doc(new byte[0], MediaKind.TEXT, null)));
        assertEquals("empty document", empty.getMessage());
        assertThrows(UndecodableException.class, () -> decoder.decode(doc(" \n\t".getBytes(), MediaKind.TEXT, null)));
        byte[] binary = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        UndecodableException bin = assertThrows(UndecodableException.class,
                () -> decoder.decode(doc(binary, MediaKind.UNKNOWN, null)));
        assertEquals(5, bin.offset());
    }
}
