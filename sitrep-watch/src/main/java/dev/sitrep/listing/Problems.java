package dev.sitrep.listing;

/** Turns an exception's message into the one line a listing result carries. */
final class Problems {
    private static final int MAX_LENGTH = 300;

    private Problems() {
    }

    /** Collapses line breaks and runs of white space, and caps the length so a hostile input cannot flood a log. */
    static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "…";
    }

    /** The message of an exception, or its class name when it has none. */
    static String of(Throwable e) {
        String message = e.getMessage();
        return oneLine(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
}
