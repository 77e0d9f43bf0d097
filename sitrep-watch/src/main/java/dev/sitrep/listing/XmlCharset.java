package dev.sitrep.listing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an XML document the way XML says to: a byte-order mark first, then the encoding of the
 * XML declaration, then the charset of the Content-Type, then UTF-8. The parser is then handed characters, so
 * that one decision is made here, with its reason kept, rather than inside the parser where a name it does not
 * know ends the parse.
 */
final class XmlCharset {
    private static final Pattern DECLARED = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([^\"']{1,40})[\"']");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\"';\\s]{1,40})");

    /** The text of the document and, when the declared charset could not be honoured, why. */
    record Decoded(String text, Optional<String> problem) {
    }

    private XmlCharset() {
    }

    static Decoded decode(byte[] body, String contentType) {
        int n = body.length;
        if (n >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return ok(new String(body, 3, n - 3, StandardCharsets.UTF_8));
        }
        if (n >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return ok(new String(body, 2, n - 2, StandardCharsets.UTF_16BE));
        }
        if (n >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return ok(new String(body, 2, n - 2, StandardCharsets.UTF_16LE));
        }
        if (n >= 4 && body[0] == 0 && body[1] == '<' && body[2] == 0 && body[3] == '?') {
            return ok(new String(body, StandardCharsets.UTF_16BE));
        }
        if (n >= 4 && body[0] == '<' && body[1] == 0 && body[2] == '?' && body[3] == 0) {
            return ok(new String(body, StandardCharsets.UTF_16LE));
        }
        String head = new String(body, 0, Math.min(n, 512), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(head);
        String name = null;
        if (declared.find()) {
            name = declared.group(1).strip();
            // A declaration read as single bytes cannot be in UTF-16 or UTF-32 whatever it claims.
            if (name.toLowerCase(Locale.ROOT).matches("utf-?(16|32).*|ucs-?[24].*")) {
                name = "UTF-8";
            }
        } else if (contentType != null) {
            Matcher fromHeader = CONTENT_TYPE.matcher(contentType);
            if (fromHeader.find()) {
                name = fromHeader.group(1);
            }
        }
        if (name == null) {
            return ok(new String(body, StandardCharsets.UTF_8));
        }
        Optional<Charset> charset = lookup(name);
        if (charset.isEmpty()) {
            return new Decoded(new String(body, StandardCharsets.UTF_8),
                    Optional.of("unknown charset '" + Problems.oneLine(name) + "'; read as UTF-8"));
        }
        return ok(new String(body, charset.get()));
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) { // an illegal name is as unknown as a legal one nobody ships
            return Optional.empty();
        }
    }

    private static Decoded ok(String text) {
        return new Decoded(text, Optional.empty());
    }
}
