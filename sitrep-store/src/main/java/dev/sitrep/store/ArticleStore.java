package dev.sitrep.store;

import dev.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded store: a Lucene index of articles, their entities and their quotes in one folder.
 *
 * <p>Adding is idempotent by article id. Writes are committed every {@code batchSize} articles and on
 * close, so a crash loses at most the batch in flight; Lucene's commit protocol keeps the index readable.
 */
public final class ArticleStore implements Closeable {
    private final Path dir;

    private ArticleStore(Path dir) {
        this.dir = dir;
    }

    /** Opens (creating when absent) the store in {@code dir}. */
    public static ArticleStore open(Path dir) throws IOException {
        throw new UnsupportedOperationException("store not built yet: " + dir);
    }

    /** Stores an article; returns false when one with the same id was already there. */
    public boolean add(Article article) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Commits what was added so far. */
    public void commit() throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Articles matching a query, best first. */
    public List<Article> search(String query, int limit) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {
    }

    public Path dir() {
        return dir;
    }
}
