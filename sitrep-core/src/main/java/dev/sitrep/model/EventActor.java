package dev.sitrep.model;

/**
 * An actor of a {@link ReportedEvent} as the article names it, with what the knowledge base knows of it.
 *
 * @param text    the words naming the actor ("Hegseth", "Moscow", "rebels")
 * @param actor   the canonical actor ("Pete Hegseth", "Russia"), or null when the name is not in the knowledge base
 * @param actorId the entity id of the canonical actor ("kb:pete-hegseth"), or null
 * @param role    the office the actor held on the article's day ("US Secretary of Defense"), or null
 * @param on      whom the actor acts for on that day: the country or organisation of that office, or the state an
 *                institution belongs to ("United States" for Hegseth, "Russia" for the Kremlin); null when the
 *                actor is itself a state or nothing is known
 */
public record EventActor(String text, String actor, String actorId, String role, String on) {
    /** The most specific name to show: the canonical actor, else the words. */
    public String name() {
        return actor != null ? actor : text;
    }
}
