package dev.sitrep.watch;

/**
 * What a watcher tells its operator: one line per problem, naming the source or page and the reason, and a
 * note per stored page. Called from the watcher's threads; implementations must be thread-safe.
 */
public interface WatchEvents {
    /** A source or page could not be used; {@code line} names it and says why, in one line. */
    void problem(String line);

    /** A page was fetched and archived and goes on to analysis. */
    default void fetched(String url) {
    }

    /** Ignores everything. */
    WatchEvents NONE = line -> { };
}
