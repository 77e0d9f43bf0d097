package dev.sitrep.query;

import java.time.LocalDate;

/**
 * An office or position an entity holds or held.
 *
 * @param role         the role ("Secretary of Defense")
 * @param organisation where it is held ("US Department of Defense"), or null
 * @param from         first day, or null when not known
 * @param to           the day it ended, as terms of office are written (the successor's first day), or null
 *                     while it is held or when not known
 */
public record Role(String role, String organisation, LocalDate from, LocalDate to) {
}
