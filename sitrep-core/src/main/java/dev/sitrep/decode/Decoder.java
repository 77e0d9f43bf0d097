package dev.sitrep.decode;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.model.Flag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. Known binary formats (PNG, PDF, ZIP, …) are refused by their magic bytes. The charset is, in
 * order: a byte-order mark; UTF-16 without one, by its NULs ({@link CharsetGuesser#utf16WithoutBom}); the charset the container declared (HTTP header,
 * JSON Lines); for HTML a {@code <meta charset>} or XML declaration in the first 4 KB; else a guess
 * ({@link CharsetGuesser}: UTF-8, else Windows-1251, -1253 or -1252 by letter statistics). A declared
 * charset loses to bytes that are clearly UTF-8 (well formed, with multi-byte sequences): servers and meta tags
 * lie more often than bytes, and text in another charset is almost never well-formed UTF-8 by accident. The text then
 * goes through {@link MojibakeRepair} for text that was already mis-decoded before it reached us.
 *
 * <p>Throws {@link UndecodableException} for empty and binary input only; every other input decodes.
 */
public final class Decoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("(?i)^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_\\-:.]+)");
    private static final Pattern HTML_SNIFF =
            Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*|<\\?xml[^>]*>\\s*)*<(!doctype\\s+html|html|head|body|meta|title|div|p|article|section|main|header|nav|script|style|link)\\b");
    private static final int HEAD = 4096;

    private final MojibakeRepair repair = new MojibakeRepair();

    /** Decodes a document, or throws when its bytes are not text. */
    public Decoded decode(RawDocument doc) throws UndecodableException {
        byte[] bytes = doc.content();
        if (isBlank(bytes)) {
            throw new UndecodableException("empty document", 0);
        }
        Optional<String> format = BinarySignature.of(bytes);
        if (format.isPresent()) {
            throw new UndecodableException("binary content (" + format.get() + "), not a document", 0);
        }
        long binaryAt = binaryOffset(bytes);
        if (binaryAt >= 0) {
            throw new UndecodableException("binary data, not text", binaryAt);
        }
        Charset charset = pickCharset(doc, bytes);
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        boolean html = switch (doc.kind()) {
            case HTML -> true;
            case TEXT -> false;
            case UNKNOWN -> looksLikeHtml(text);
        };
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        String repaired = repair.repair(text);
        if (!repaired.equals(text)) {
            flags.add(Flag.MOJIBAKE_REPAIRED);
            text = repaired;
        }
        return new Decoded(text, html, charset.name(), flags);
    }

    /** Whether text of unknown kind is HTML markup: it opens with a tag that only pages open with. */
    public static boolean looksLikeHtml(String text) {
        return HTML_SNIFF.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text).lookingAt();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first NUL or of a run of control bytes that no text has, or -1. */
    static long binaryOffset(byte[] bytes) {
        if (CharsetGuesser.bom(bytes) != null && CharsetGuesser.bom(bytes) != StandardCharsets.UTF_8
                || CharsetGuesser.utf16WithoutBom(bytes) != null) {
            return -1; // UTF-16 text is full of NULs
        }
        int n = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return i;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                if (++controls > 8) {
                    return i;
                }
            }
        }
        return -1;
    }

    static Charset pickCharset(RawDocument doc, byte[] bytes) {
        Charset bom = CharsetGuesser.bom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = CharsetGuesser.utf16WithoutBom(bytes);
        if (utf16 != null) {
            return utf16; // no declaration can be right about bytes that are half NULs
        }
        Charset declared = forName(doc.declaredCharset());
        if (declared == null && doc.kind() != MediaKind.TEXT) {
            declared = inDocument(bytes);
        }
        if (declared == null) {
            return CharsetGuesser.guess(bytes);
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            return CharsetGuesser.guess(bytes);
        }
        if (!declared.name().startsWith("UTF") && CharsetGuesser.clearlyUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        return declared;
    }

    /** The charset a page names in its first bytes: {@code <meta charset>}, http-equiv, or an XML declaration. */
    private static Charset inDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return forName(xml.group(1));
        }
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: labels for latin-1 and ascii mean windows-1252 on the web.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
