package dev.sitrep.clean;

import java.util.List;

/**
 * Paragraphs after one cleaning step.
 *
 * @param paragraphs the paragraphs kept, in order
 * @param changed    whether the step removed or shortened anything
 */
public record Cleaned(List<String> paragraphs, boolean changed) {
    public Cleaned {
        paragraphs = List.copyOf(paragraphs);
    }
}
