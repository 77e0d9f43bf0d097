package dev.sitrep.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 once and was decoded with a single-byte code page (Windows-1252, Windows-1253,
 * Latin-1), the way {@code β€œ} stands for {@code “}. Works on runs of suspicious characters only, so a
 * correct text around them is never touched.
 */
public final class MojibakeRepair {
    private static final Charset[] CODE_PAGES = {
            Charset.forName("windows-1252"), Charset.forName("windows-1253"), StandardCharsets.ISO_8859_1
    };
    /** A lead char of a 2/3-byte UTF-8 sequence as a code page shows it, followed by continuation chars. */
    private static final Pattern SUSPECT = Pattern.compile("[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓâãäåæçèéêëìíîïðñòóβγδεζηθ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122\\u0384-\\u03CE]{1,2}");

    /** The repaired text, or the same text when nothing needed repair. */
    public String repair(String text) {
        Matcher m = SUSPECT.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            String run = m.group();
            String fixed = fix(run);
            out.append(text, last, m.start()).append(fixed != null ? fixed : run);
            last = m.end();
        } while (m.find());
        out.append(text, last, text.length());
        return out.toString();
    }

    private static String fix(String run) {
        for (Charset cs : CODE_PAGES) {
            byte[] b = run.getBytes(cs);
            if (new String(b, cs).equals(run) && Decoder.isUtf8(b)) {
                String s = new String(b, StandardCharsets.UTF_8);
                if (s.codePointCount(0, s.length()) == 1) {
                    return s;
                }
            }
        }
        return null;
    }
}
