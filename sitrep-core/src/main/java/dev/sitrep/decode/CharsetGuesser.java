package dev.sitrep.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Picks a charset for bytes nobody (or a lying server) described: a byte-order mark; UTF-8 when the bytes
 * read as UTF-8; else a single-byte page, Windows-1251 or -1253 when the letters are mostly Cyrillic or Greek
 * by the commonest letters of each, else Windows-1252. One linear pass over a bounded sample.
 */
final class CharsetGuesser {
    static final Charset CP1252 = Charset.forName("windows-1252");
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP1253 = Charset.forName("windows-1253");
    /** The ten commonest lower-case letters of Russian and Greek news text. */
    private static final String CYRILLIC_COMMON = "оеаинтсрвл";
    private static final String GREEK_COMMON = "αοιετνσςρκ";
    private static final int SAMPLE = 64 * 1024;

    private CharsetGuesser() {
    }

    /** The charset a byte-order mark announces, or null. */
    static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark: text in Latin script has a NUL in every other byte, on the odd side in
     * little-endian and the even side in big-endian, and almost none on the other side. Null for anything else
     * (binary data has NULs on both sides; UTF-16 in other scripts has none and is left to the other tests).
     */
    static Charset utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, SAMPLE) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        int controls = 0;
        for (int i = 0; i < pairs; i++) {
            int even = b[2 * i] & 0xff;
            int odd = b[2 * i + 1] & 0xff;
            evenNul += even == 0 ? 1 : 0;
            oddNul += odd == 0 ? 1 : 0;
            int low = even == 0 ? odd : odd == 0 ? even : 0x20;
            if (low < 0x09 || low > 0x0d && low < 0x20) {
                controls++;
            }
        }
        int one = Math.max(evenNul, oddNul);
        int other = Math.min(evenNul, oddNul);
        if (one < pairs * 0.4 || other > pairs * 0.02 || controls > pairs * 0.02) {
            return null;
        }
        return oddNul > evenNul ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /** UTF-8 when most multi-byte sequences are well formed, else the likeliest single-byte page. */
    static Charset guess(byte[] bytes) {
        Utf8Census census = Utf8Census.of(bytes);
        if (census.valid() > 0 && census.valid() >= 4 * census.invalid() || census.valid() == 0 && census.invalid() == 0) {
            return StandardCharsets.UTF_8;
        }
        return singleByte(bytes);
    }

    /** Whether the bytes hold well-formed UTF-8 beyond ASCII and nothing malformed. */
    static boolean clearlyUtf8(byte[] bytes) {
        Utf8Census census = Utf8Census.of(bytes);
        return census.valid() > 0 && census.invalid() == 0;
    }

    static Charset singleByte(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int asciiLetters = 0;
        int high = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0xC0) {
                high++;
            } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
                asciiLetters++;
            }
        }
        if (high <= asciiLetters) {
            return CP1252;
        }
        int cyrillic = countCommon(new String(bytes, 0, n, CP1251), CYRILLIC_COMMON);
        int greek = countCommon(new String(bytes, 0, n, CP1253), GREEK_COMMON);
        return cyrillic >= greek ? CP1251 : CP1253;
    }

    private static int countCommon(String text, String common) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (common.indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    /** How many well-formed multi-byte UTF-8 sequences and malformed bytes a sample holds. */
    record Utf8Census(int valid, int invalid) {
        static Utf8Census of(byte[] b) {
            int n = b.length;
            int valid = 0;
            int invalid = 0;
            int i = 0;
            while (i < n) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                int j = i + 1;
                boolean ok = need > 0;
                for (int k = 0; ok && k < need; k++, j++) {
                    ok = j < n && (b[j] & 0xC0) == 0x80;
                }
                if (ok && need == 2) {
                    int c1 = b[i + 1] & 0xff;
                    ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
                } else if (ok && need == 3) {
                    int c1 = b[i + 1] & 0xff;
                    ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 > 0x8F);
                }
                if (ok) {
                    valid++;
                    i = j;
                } else if (j >= n && need > 0 && i >= n - 3) {
                    i = n; // a sequence cut at the end of a sample or a truncated file: not evidence either way
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Census(valid, invalid);
        }
    }
}
