package dev.sitrep.events;

/**
 * The kinds of event Sitrep codes: the eighteen PLOVER categories that replace CAMEO's twenty roots (the
 * statements and appeals of CAMEO 01 and 02 have none). Verbal and material cooperation come first, then
 * verbal and material conflict. {@link #REQUEST} and {@link #ACCUSE} are the names later PLOVER editions give to
 * what earlier ones call DEMAND and DISAPPROVE; {@link #ofName} reads either.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, INVESTIGATE,
    REQUEST, ACCUSE, REJECT, THREATEN, SANCTION,
    PROTEST, MOBILIZE, COERCE, ASSAULT, FIGHT;

    /** Whether the kind is cooperation (the first eight), as against conflict. */
    public boolean cooperative() {
        return ordinal() <= INVESTIGATE.ordinal();
    }

    /** The kind named {@code name}, in any case; DEMAND and DISAPPROVE are read as REQUEST and ACCUSE. */
    public static PloverType ofName(String name) {
        String n = name.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (n) {
            case "DEMAND" -> REQUEST;
            case "DISAPPROVE" -> ACCUSE;
            default -> valueOf(n);
        };
    }
}
