package dev.sitrep.spark;

import java.io.Serializable;

/**
 * What the analysis stage yields per article or failure, in the order {@code sitrep analyze} would meet it.
 *
 * @param seq         the input's manifest index in the high 32 bits, the item's place within the input below
 * @param id          the article id (null for a failure)
 * @param published   publication day, ISO, or null when undated (or a failure)
 * @param json        the article as the JSON Lines contract writes it, before copies and stories are decided
 * @param fingerprint the copy fingerprint's bytes ({@link dev.sitrep.dedup.Fingerprint#toBytes()})
 * @param failure     the one-line reason an input, record or document failed, or null for an article
 */
record Item(long seq, String id, String published, String json, byte[] fingerprint, String failure)
        implements Serializable {

    static long seq(int input, int ordinal) {
        return ((long) input << 32) | (ordinal & 0xFFFFFFFFL);
    }

    boolean failed() {
        return failure != null;
    }
}
