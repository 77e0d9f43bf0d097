package dev.sitrep.query;

/**
 * A search query that does not parse. Carries the query and the position of the problem so that a command
 * line can point at it with a caret and an HTTP API can answer 400 with the same facts.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
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

    /** Three lines: the message, the query indented, a caret under the position (omitted when unknown). */
    public String prettyPrint() {
        StringBuilder sb = new StringBuilder(getMessage()).append('\n').append("  ").append(query);
        if (position >= 0) {
            sb.append('\n').append("  ").append(" ".repeat(Math.min(position, query.length()))).append('^');
        }
        return sb.toString();
    }
}
