package dev.sitrep.quotes;

/**
 * One token of narration: a word, a punctuation mark, a whole quotation (so that patterns can say "a quotation,
 * a comma, a name, a speech verb"), or a paragraph break.
 *
 * @param quote the quotation when {@code type} is {@link Type#QUOTE}, else null
 */
record Tok(int start, int end, String text, Type type, Quoted quote) {
    enum Type { WORD, PUNCT, QUOTE, BREAK }

    boolean word() {
        return type == Type.WORD;
    }

    boolean isQuote() {
        return type == Type.QUOTE;
    }

    boolean punct(String marks) {
        return type == Type.PUNCT && marks.contains(text);
    }

    boolean lower() {
        return type == Type.WORD && Character.isLowerCase(text.charAt(0));
    }

    boolean capitalised() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
