package dev.sitrep.nlp;

import java.util.Comparator;
import java.util.ServiceLoader;

/** Picks the entity recognizer to use: the highest-priority one on the class path, else the built-in rules. */
public final class EntityRecognizers {
    private EntityRecognizers() {
    }

    public static EntityRecognizer best() {
        return ServiceLoader.load(EntityRecognizer.class).stream()
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(EntityRecognizer::priority))
                .orElseGet(RuleRecognizer::new);
    }
}
