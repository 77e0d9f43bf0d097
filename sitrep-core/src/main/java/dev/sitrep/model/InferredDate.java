package dev.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How an article's publication day was inferred when the page gave none: the evidence and the range of days it
 * allows. {@link Article#published()} holds the best day in that range; an article dated by its markup, container,
 * listing or a date line of its own carries no {@code InferredDate}.
 *
 * @param basis    the evidence in words, pieces separated by "; " ({@code text: "on February 12"; tenure: Pete
 *                 Hegseth, US Secretary of Defense from 2025-01-25})
 * @param earliest the first day the evidence allows
 * @param latest   the last day the evidence allows, or null when it sets no end
 */
public record InferredDate(String basis, LocalDate earliest, LocalDate latest) {
    public InferredDate {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(earliest, "earliest");
        if (latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("inferred range ends before it starts: " + earliest + ".." + latest);
        }
    }

    /** Whether {@code day} lies in the range. */
    public boolean allows(LocalDate day) {
        return !day.isBefore(earliest) && (latest == null || !day.isAfter(latest));
    }
}
