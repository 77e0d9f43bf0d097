package dev.sitrep.quotes;

/**
 * Who a speaker phrase refers to.
 *
 * @param name canonical name, the phrase itself for unnamed sources and unresolved titles, or null
 * @param id   entity id, or null
 */
record Speaker(String name, String id) {
    static final Speaker NOBODY = new Speaker(null, null);
}
