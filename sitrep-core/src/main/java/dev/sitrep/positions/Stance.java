package dev.sitrep.positions;

import java.util.Locale;

/** Where a statement stands on an issue. */
public enum Stance {
    SUPPORTS, OPPOSES, NEITHER;

    /** The lower-case name used in JSON and on the command line ("supports"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stance of a label ("supports", "opposes", "neither"); an {@link IllegalArgumentException} otherwise. */
    public static Stance ofLabel(String label) {
        for (Stance s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a stance: " + label + " (supports, opposes, neither)");
    }

    /** The stance toward the opposite proposition: supports and opposes trade places. */
    public Stance reversed() {
        return switch (this) {
            case SUPPORTS -> OPPOSES;
            case OPPOSES -> SUPPORTS;
            case NEITHER -> NEITHER;
        };
    }
}
