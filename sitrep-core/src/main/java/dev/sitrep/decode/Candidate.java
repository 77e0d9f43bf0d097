package dev.sitrep.decode;

/**
 * A run of characters that, read back as bytes of one code page, forms one UTF-8 (or CESU-8) sequence.
 *
 * @param start       first char of the run in the text
 * @param end         one past the last char of the run
 * @param replacement what the run becomes when repaired
 * @param codePoint   the decoded code point ({@code U+FFFD} when a byte was lost)
 * @param kind        how the bytes were recovered
 */
record Candidate(int start, int end, String replacement, int codePoint, Kind kind) {

    /** How the bytes of the run were recovered; anything but {@link #EXACT} is a guess and weaker evidence. */
    enum Kind {
        /** Every byte present. */
        EXACT,
        /** A byte had become U+FFFD (or {@code ?}) upstream; the run repairs to U+FFFD. */
        LOSSY,
        /** A no-break space (0xA0) had become a plain space upstream. */
        SPACE_FOR_NBSP,
        /** {@code Ã} before a space: an {@code à} whose no-break space became a space. */
        A_GRAVE
    }

    int length() {
        return end - start;
    }
}
