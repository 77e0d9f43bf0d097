package dev.sitrep.decode;

import java.nio.charset.Charset;

/**
 * C1 control characters (U+0080 to U+009F) in text are Windows-1252 punctuation that a Latin-1 decoder
 * turned into controls ({@code \u0085} for {@code …}, {@code \u0093} for {@code “}); no news text means them.
 * The five bytes Windows-1252 leaves undefined stay as they are.
 */
final class C1Controls {
    private static final char[] CP1252 = new char[32];

    static {
        Charset cs = Charset.forName("windows-1252");
        for (int b = 0x80; b < 0xA0; b++) {
            String s = new String(new byte[] {(byte) b}, cs);
            CP1252[b - 0x80] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
    }

    private C1Controls() {
    }

    static String fix(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c < 0xA0 && CP1252[c - 0x80] != c) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = CP1252[c - 0x80];
            }
        }
        return chars == null ? s : new String(chars);
    }
}
