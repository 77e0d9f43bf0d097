package dev.sitrep.ingest;

/**
 * An input, or part of one, that could not be read.
 *
 * @param source  the input path, as the user gave it
 * @param offset  byte offset (or line number for JSON Lines, see {@code unit}) where the problem was found, or -1
 * @param unit    what {@code offset} counts: "offset" or "line"
 * @param message what went wrong, in one line
 */
public record ReadFailure(String source, long offset, String unit, String message) implements SourceItem {

    public static ReadFailure at(String source, long offset, String message) {
        return new ReadFailure(source, offset, "offset", message);
    }

    public static ReadFailure atLine(String source, long line, String message) {
        return new ReadFailure(source, line, "line", message);
    }

    public static ReadFailure of(String source, String message) {
        return new ReadFailure(source, -1, "offset", message);
    }

    /**
     * One line for stderr: {@code path: offset 123: message}. Always one line: control characters in the path
     * (a file name may hold a newline) or the message are escaped, {@code \n} as the two characters {@code \n},
     * others as a backslash, {@code u} and four hex digits, so that the line names the file recognisably and a log stays one line per failure.
     */
    public String describe() {
        String where = offset >= 0 ? ": " + unit + " " + offset : "";
        return oneLine(source) + where + ": " + oneLine(message);
    }

    /** {@code s} with every control, line or paragraph separator character escaped. */
    static String oneLine(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean control = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (control && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (!control) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else {
                    b.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
