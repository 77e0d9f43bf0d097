package dev.sitrep.query;

/**
 * A search query that does not parse. Carries the query and the position of the problem so that a command
 * line can point at it with a caret and an HTTP API can answer 400 with the same facts.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    /** Characters of the query shown either side of the position by {@link #prettyPrint()}. */
    public static final int WINDOW = 60;

    private final String query;
    private final int position;
    private final String reason;

    /**
     * @param query    the query as the user typed it
     * @param position 0-based character offset of the problem in {@code query}, or -1 when unknown
     * @param reason   what is wrong, in one line
     */
    public QuerySyntaxException(String query, int position, String reason, Throwable cause) {
        super("query syntax error" + (position >= 0 ? " at position " + position : "") + ": " + reason, cause);
        this.query = query;
        this.position = position;
        this.reason = reason;
    }

    public String query() {
        return query;
    }

    /** 0-based offset of the problem in {@link #query()}, or -1 when unknown. */
    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }

    /**
     * Three lines: the message, the query indented, a caret under the position (omitted when unknown). A query
     * longer than a line is cut to {@value #WINDOW} characters either side of the position, with "…" where cut.
     */
    public String prettyPrint() {
        return getMessage() + "\n" + pointAt(query, position).indent(2).stripTrailing();
    }

    /**
     * {@code text} with a caret under {@code position} on the next line (no caret when it is negative), cut to
     * {@value #WINDOW} characters either side of the position with "…" where cut, so that a long value stays
     * one line.
     */
    public static String pointAt(String text, int position) {
        int at = position < 0 ? 0 : Math.min(position, text.length());
        int from = Math.max(0, at - WINDOW);
        int to = Math.min(text.length(), at + WINDOW);
        String head = from > 0 ? "…" : "";
        String shown = head + text.substring(from, to) + (to < text.length() ? "…" : "");
        return position < 0 ? shown : shown + "\n" + " ".repeat(head.length() + at - from) + "^";
    }
}
