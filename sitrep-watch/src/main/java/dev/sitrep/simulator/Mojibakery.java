package dev.sitrep.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Turns a page into the bytes of a site with encoding trouble; every variant still declares UTF-8. */
final class Mojibakery {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Windows-1252 as browsers read it: the five undefined bytes map to the C1 controls of the same value. */
    private static final char[] CP1252_TABLE = table();

    private Mojibakery() {
    }

    static byte[] encode(String page, SiteSpec.Mojibake kind) {
        return switch (kind) {
            case NONE -> page.getBytes(StandardCharsets.UTF_8);
            case WINDOWS_1252 -> page.getBytes(CP1252);
            case DOUBLE_UTF8 -> {
                byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
                StringBuilder misread = new StringBuilder(utf8.length);
                for (byte b : utf8) {
                    misread.append(CP1252_TABLE[b & 0xFF]);
                }
                yield misread.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static char[] table() {
        char[] t = new char[256];
        for (int b = 0; b < 256; b++) {
            char c = CP1252.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
            t[b] = c == '\uFFFD' ? (char) b : c;
        }
        return t;
    }
}
