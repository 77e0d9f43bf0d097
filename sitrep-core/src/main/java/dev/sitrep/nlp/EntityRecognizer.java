package dev.sitrep.nlp;

import java.util.List;

/**
 * Finds names in text. Implementations are plugged in through {@link java.util.ServiceLoader}, so a heavy
 * statistical engine can live in its own module; {@link EntityRecognizers#best()} picks one.
 */
public interface EntityRecognizer {
    /** A short name for reports ("rules", "corenlp-crf"). */
    String name();

    /** Higher wins when several are on the class path. */
    default int priority() {
        return 0;
    }

    /** Names in {@code text}, in order, not overlapping. Thread-safe. */
    List<NamedSpan> recognize(String text);
}
