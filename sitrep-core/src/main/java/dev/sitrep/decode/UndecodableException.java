package dev.sitrep.decode;

import java.io.IOException;

/** Thrown when bytes are not text at all (binary data where text was promised). */
public final class UndecodableException extends IOException {
    private final long offset;

    public UndecodableException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    /** Byte offset where the evidence was found, or -1. */
    public long offset() {
        return offset;
    }
}
