package dev.sitrep.nlp;

/**
 * Acronyms of organisation names, for joining "OSCE" to "Organization for Security and Co-operation in Europe"
 * within one article. An acronym is the initials of the name's capitalised words, a leading "The" and the
 * lower-case function words left out ("for", "and", "in"); that is how news agencies and organisations
 * abbreviate themselves, and it never needs a list of the organisations.
 */
final class Acronyms {
    private static final int MIN = 2;
    private static final int MAX = 8;

    private Acronyms() {
    }

    /** The acronym of a multi-word name ("ECMI" for "European Centre for Minority Issues"); "" when none. */
    static String of(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("The")) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= MIN && initials.length() <= MAX ? initials.toString() : "";
    }

    /** Whether a one-word name could be an acronym: two to eight capital letters. */
    static boolean looksLikeOne(String name) {
        return name != null && name.length() >= MIN && name.length() <= MAX
                && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
