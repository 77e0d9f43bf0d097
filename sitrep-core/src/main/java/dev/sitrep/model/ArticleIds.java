package dev.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: the same text gives the same id whatever the source, so re-ingesting an article, or
 * reading it from a WARC after a text dump, stores it once.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /**
     * The id of a text: 16 hex digits of the SHA-256 of its normalised form (NFKC, lower case, every run of
     * non-letters-or-digits collapsed to one space), so whitespace, punctuation style and case do not matter.
     */
    public static String of(String text) {
        return hash(normalise(text));
    }

    /** The normalised form {@link #of} hashes. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    /** 16 hex digits of the SHA-256 of a string; also used for entity ids not in the knowledge base. */
    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
