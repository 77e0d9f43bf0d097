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

    /** One line for stderr: {@code path: offset 123: message}. */
    public String describe() {
        String where = offset >= 0 ? ": " + unit + " " + offset : "";
        return source + where + ": " + message.replace('\n', ' ');
    }
}
