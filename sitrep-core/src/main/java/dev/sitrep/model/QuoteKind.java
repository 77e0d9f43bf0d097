package dev.sitrep.model;

import java.util.Locale;

/** How a statement is reported. */
public enum QuoteKind {
    /** The speaker's own words inside quote marks. */
    DIRECT,
    /** Reported speech without quote marks ("Hegseth said the US believes ..."). */
    INDIRECT,
    /** Reported speech that contains a quoted fragment. */
    MIXED,
    /** A paragraph or more of the speaker's words introduced by a line such as "That is what he said:". */
    BLOCK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
