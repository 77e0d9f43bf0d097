package dev.sitrep.stores;

import dev.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;

/**
 * The writing side of a store, whatever holds it: what {@code ingest}, {@code watch} and {@code solr load} hand
 * their articles to. Implementations decide each new article's copy and story against everything already stored
 * ({@link Collation}), so that the same inputs give the same store whatever the backend.
 *
 * <p>Contract: {@link #add} is idempotent by article id (an id already stored is skipped and nothing changes);
 * what was added becomes durable and visible to readers at the latest at {@link #commit()}, which the writer also
 * does on its own every batch; a failure leaves what was committed intact. One thread adds.
 */
public interface StoreWriter extends Closeable {
    /**
     * Stores an article with its entities and quotes; false, storing nothing, when one with the same id is
     * already there.
     *
     * @throws IllegalArgumentException when the article has no id
     */
    boolean add(Article article) throws IOException;

    /** Makes everything added so far durable and visible to readers. */
    void commit() throws IOException;

    /** Articles added since the last commit: what a crash now would lose. */
    int uncommitted();

    /** Commits, then releases the store. */
    @Override
    void close() throws IOException;

    /** Where the store is, for messages: a folder, or a SolrCloud collection's address. */
    String location();
}
