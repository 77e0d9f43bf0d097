package dev.sitrep.server;

/**
 * A request the API cannot answer as asked: becomes a 400 whose body names the parameter and, when known,
 * the 0-based position of the problem in its value.
 *
 * @see ApiError
 */
final class BadRequest extends RuntimeException {
    private final String parameter;
    private final String value;
    private final int position;

    BadRequest(String message, String parameter, String value, int position) {
        super(message);
        this.parameter = parameter;
        this.value = value;
        this.position = position;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }

    /** 0-based offset of the problem in {@link #value()}, or -1. */
    int position() {
        return position;
    }
}
