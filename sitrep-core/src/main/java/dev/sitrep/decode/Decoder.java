package dev.sitrep.decode;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.model.Flag;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text. The charset is, in order: a byte-order mark; the charset the container declared; for HTML a
 * {@code <meta charset>} in the first 2 KB; UTF-8 when the bytes are valid UTF-8; else Windows-1252. The text
 * then goes through {@link MojibakeRepair} for text that was already mis-decoded before it reached us.
 */
public final class Decoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");
    private static final Pattern HTML_SNIFF =
            Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|div|p|article)\\b");

    private final MojibakeRepair repair = new MojibakeRepair();

    /** Decodes a document, or throws when its bytes are not text. */
    public Decoded decode(RawDocument doc) throws UndecodableException {
        byte[] bytes = doc.content();
        if (bytes.length == 0) {
            throw new UndecodableException("empty document", 0);
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
            case UNKNOWN -> HTML_SNIFF.matcher(text).lookingAt();
        };
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        String repaired = repair.repair(text);
        if (!repaired.equals(text)) {
            flags.add(Flag.MOJIBAKE_REPAIRED);
            text = repaired;
        }
        return new Decoded(text, html, charset.name(), flags);
    }

    /** Offset of the first NUL or a run of control bytes that no text has, or -1. */
    static long binaryOffset(byte[] bytes) {
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

    private static Charset pickCharset(RawDocument doc, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        Charset declared = forName(doc.declaredCharset());
        if (declared != null) {
            return declared;
        }
        if (doc.kind() != MediaKind.TEXT) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                Charset meta = forName(m.group(1));
                if (meta != null) {
                    // A page that says latin-1 but is valid UTF-8 beyond ASCII is UTF-8: servers lie more often than bytes.
                    return meta.equals(StandardCharsets.ISO_8859_1) && isUtf8(bytes) ? StandardCharsets.UTF_8 : meta;
                }
            }
        }
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: labels for latin-1 and ascii mean windows-1252 on the web.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
