package dev.sitrep.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A single-byte code page as mojibake sees it: which byte each character stood for before UTF-8 bytes were
 * wrongly decoded with this page. The mapping is "sloppy" on purpose: bytes the page leaves undefined map
 * back from their C1 control and from their Windows-1252 character, because real mis-decoders fill those
 * holes either way (for example {@code β€œ}: Windows-1253 for {@code β}, Windows-1252 for {@code œ}).
 */
final class CodePage {
    /** Which extra evidence a repair with this page needs. */
    enum Trust {
        /** Windows and ISO pages of Western, Central, Baltic and Turkish text. */
        WESTERN,
        /** Pages whose letters are a script of their own (Cyrillic, Greek): a pair of letters may be a real word. */
        NON_LATIN,
        /** Mac Roman: its signs (√, ∆, ¬) occur in formulas, so a lone repair needs a letter before it. */
        MAC,
        /** DOS code page 437: box drawing is real in line art, so at least two repairs are needed. */
        DOS
    }

    private final String name;
    private final byte[] toByte = new byte[65536];
    private final Trust trust;

    private CodePage(String name, Charset charset, Trust trust) {
        this.name = name;
        this.trust = trust;
        Charset cp1252 = Charset.forName("windows-1252");
        boolean[] defined = new boolean[256];
        for (int b = 0x80; b < 0x100; b++) {
            char c = decodeByte(charset, b);
            if (c != '\uFFFD') {
                toByte[c] = (byte) b;
                defined[b] = true;
            }
        }
        for (int b = 0x80; b < 0x100; b++) {
            if (!defined[b]) {
                putIfAbsent((char) b, b);
                char c = decodeByte(cp1252, b);
                if (c != '\uFFFD') {
                    putIfAbsent(c, b);
                }
            }
            if (b < 0xA0) {
                // Latin-1 decoders turn 0x80-0x9F into C1 controls instead of the page's punctuation.
                putIfAbsent((char) b, b);
            }
        }
    }

    private void putIfAbsent(char c, int b) {
        if (toByte[c] == 0) {
            toByte[c] = (byte) b;
        }
    }

    private static char decodeByte(Charset cs, int b) {
        String s = new String(new byte[] {(byte) b}, cs);
        return s.length() == 1 ? s.charAt(0) : '\uFFFD';
    }

    /** The byte this character stood for, ASCII as itself, or -1 when the page has no such character. */
    int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        int b = toByte[c] & 0xff;
        return b == 0 ? -1 : b;
    }

    String name() {
        return name;
    }

    /** Whether this is an ISO-8859 page, whose decoders leave C1 controls where Windows pages have punctuation. */
    boolean iso() {
        return name.startsWith("ISO-8859");
    }

    Trust trust() {
        return trust;
    }

    /** The pages mojibake comes from in practice, most frequent first (ties between pages go to the first). */
    static List<CodePage> all() {
        List<CodePage> pages = new ArrayList<>();
        add(pages, "windows-1252", Trust.WESTERN);
        add(pages, "windows-1251", Trust.NON_LATIN);
        add(pages, "windows-1250", Trust.WESTERN);
        add(pages, "ISO-8859-2", Trust.WESTERN);
        add(pages, "windows-1253", Trust.NON_LATIN);
        add(pages, "windows-1254", Trust.WESTERN);
        add(pages, "windows-1257", Trust.WESTERN);
        add(pages, "x-MacRoman", Trust.MAC);
        add(pages, "IBM437", Trust.DOS);
        return List.copyOf(pages);
    }

    private static void add(List<CodePage> pages, String charset, Trust trust) {
        if (Charset.isSupported(charset)) {
            pages.add(new CodePage(charset, Charset.forName(charset), trust));
        } else if (charset.equals("windows-1252")) {
            pages.add(new CodePage(charset, StandardCharsets.ISO_8859_1, trust));
        }
    }
}
