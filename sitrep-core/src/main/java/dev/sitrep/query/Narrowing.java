package dev.sitrep.query;

import dev.sitrep.model.Flag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms the requests' keyword filters are kept in, and their checks: one reading for every store and caller. */
public final class Narrowing {
    /** The stances a statement takes, as stored (the labels of {@code dev.sitrep.positions.Stance}). */
    static final List<String> STANCES = List.of("supports", "opposes", "neither");

    private Narrowing() {
    }

    /** Null for a blank value, else the value trimmed. */
    static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A language code in lower case, or null. */
    public static String language(String code) {
        String c = blankless(code);
        return c == null ? null : c.toLowerCase(Locale.ROOT);
    }

    /**
     * A flag's label, or null.
     *
     * @throws IllegalArgumentException naming the flags when it is none of them
     */
    public static String flag(String label) {
        String l = blankless(label);
        if (l == null) {
            return null;
        }
        try {
            return Flag.fromLabel(l).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown flag \"" + l + "\"; one of: " + Arrays.stream(Flag.values())
                    .map(Flag::label).collect(Collectors.joining(", ")));
        }
    }

    /**
     * An issue id, or an issue id and a stance ("ukraine-nato:opposes"), or null.
     *
     * @throws IllegalArgumentException when the part after the colon is not a stance
     */
    public static String stance(String value) {
        String v = blankless(value);
        if (v == null) {
            return null;
        }
        int colon = v.lastIndexOf(':');
        if (colon < 0) {
            return v;
        }
        String stance = v.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        if (!STANCES.contains(stance)) {
            throw new IllegalArgumentException("not a stance: \"" + stance + "\" in \"" + v + "\" (supports, opposes, "
                    + "neither)");
        }
        return v.substring(0, colon).strip() + ":" + stance;
    }
}
