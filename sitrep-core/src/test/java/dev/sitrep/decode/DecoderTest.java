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
        byte[] binary = {'x', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        UndecodableException bin = assertThrows(UndecodableException.class,
                () -> decoder.decode(doc(binary, MediaKind.UNKNOWN, null)));
        assertEquals(5, bin.offset());
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        UndecodableException named = assertThrows(UndecodableException.class,
                () -> decoder.decode(doc(zip, MediaKind.UNKNOWN, null)));
        assertEquals("binary content (zip), not a document", named.getMessage());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDecodedNotRefusedAsBinary() throws UndecodableException {
        String page = "<html><head><title>Talks</title></head><body><p>Ministers met in Brussels on Tuesday.</p></body></html>";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Decoded html = decode(page, cs, MediaKind.UNKNOWN, null);
            assertEquals(page, html.text(), cs.name());
            assertTrue(html.html());
            assertEquals(cs.name(), html.charset());
            // A server that says ISO-8859-1 about UTF-16 bytes is wrong: the NULs say so.
            assertEquals("Talks resumed.", decode("Talks resumed.", cs, MediaKind.TEXT, "iso-8859-1").text());
        }
    }

    @Test
    void binaryFormatsAreNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("binary content (png), not a document", assertThrows(UndecodableException.class,
                () -> decoder.decode(doc(png, MediaKind.HTML, null))).getMessage());
        assertEquals("binary content (pdf), not a document", assertThrows(UndecodableException.class,
                () -> decoder.decode(doc(pdf, MediaKind.HTML, "utf-8"))).getMessage());
    }
}
