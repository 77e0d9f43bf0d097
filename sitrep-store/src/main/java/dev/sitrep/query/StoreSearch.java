package dev.sitrep.query;

import dev.sitrep.store.LuceneLogging;
import dev.sitrep.store.StoreFields;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The reading side of the store: article search, quote listing and the overview a report opens with, over
 * the last commit of the index in a folder. Takes no lock, so it can read while an ingest writes (it sees
 * what was committed when it opened). Thread-safe.
 */
public final class StoreSearch implements Closeable {
    static {
        LuceneLogging.quiet();
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private StoreSearch(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the store in {@code dir}; a clear {@link NoSuchFileException} when there is none. */
    public static StoreSearch open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no store here (run sitrep ingest first)");
        }
        FSDirectory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoSuchFileException(dir.toString(), null, "no store here (run sitrep ingest first)");
            }
            return new StoreSearch(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Articles matching a request, best first (newest first among equal scores), with highlighted snippets.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    public List<SearchHit> search(SearchRequest request, HitMarks marks) throws IOException {
        return ArticleSearch.search(searcher, request, marks);
    }

    /**
     * Quotes matching a request.
     *
     * @throws QuerySyntaxException when {@code about} does not parse
     */
    public List<QuoteHit> quotes(QuoteRequest request) throws IOException {
        return QuoteSearch.quotes(searcher, request);
    }

    /** Counts by publisher and date, and the {@code topEntities} most mentioned entities. */
    public Overview overview(int topEntities) throws IOException {
        return OverviewBuilder.build(searcher, topEntities);
    }

    /** Stories with articles published in [from, to] (either may be null), biggest first. */
    public List<StorySummary> stories(java.time.LocalDate from, java.time.LocalDate to, int limit) throws IOException {
        return StoryList.list(searcher, from, to, limit);
    }

    /** Stored articles. */
    public int articleCount() throws IOException {
        return searcher.count(Filters.type(StoreFields.TYPE_ARTICLE));
    }

    @Override
    public void close() throws IOException {
        try (directory; reader) {
            // both closed, reader first
        }
    }
}
