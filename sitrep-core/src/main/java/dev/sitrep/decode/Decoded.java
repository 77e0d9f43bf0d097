package dev.sitrep.decode;

import dev.sitrep.model.Flag;
import java.util.Set;

/**
 * A document's text after decoding.
 *
 * @param text    the decoded text, mojibake repaired
 * @param html    whether the text is HTML markup (declared, or sniffed when the container did not say)
 * @param charset the charset the bytes were read with
 * @param flags   what decoding repaired ({@link Flag#MOJIBAKE_REPAIRED})
 */
public record Decoded(String text, boolean html, String charset, Set<Flag> flags) {
    public Decoded {
        flags = Set.copyOf(flags);
    }
}
