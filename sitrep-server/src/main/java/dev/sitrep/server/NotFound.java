package dev.sitrep.server;

/** Something asked for by id that the store does not hold: becomes a 404. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
