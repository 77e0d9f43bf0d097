package dev.sitrep.store;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stores.Collation;
import dev.sitrep.stores.StoreFields;
import dev.sitrep.stores.StoreWriter;
import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The writing side of the embedded store: a Lucene index of articles, their entities and their quotes in
 * one folder (layout in {@link StoreFields}). Reading goes through {@link dev.sitrep.store.search.LuceneStoreSearch}, which
 * needs no lock and so works while an ingest runs.
 *
 * <p>Adding is idempotent by article id: an article whose id is already stored (or added since the last
 * commit) is skipped. Writes are committed every {@code batchSize} articles and on {@link #close()}; Lucene
 * publishes a commit atomically, so a crash loses at most the articles added since the last commit and the
 * next {@link #open} finds the last committed state intact. One writer per folder at a time (Lucene's
 * {@code write.lock}, released by the operating system if the process dies). Not thread-safe: one thread adds.
 */
public final class ArticleStore implements StoreWriter {
    /** Articles per commit when the caller does not say. */
    public static final int DEFAULT_BATCH = Stores.DEFAULT_BATCH;

    static {
        LuceneLogging.quiet();
    }

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int batchSize;
    /** Ids added since the searcher was last refreshed, which it cannot see yet. */
    private final Set<String> unrefreshed = new HashSet<>();
    private int uncommitted;
    private Collation collation;

    private ArticleStore(Path dir, int batchSize) throws IOException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.dir = dir;
        this.batchSize = batchSize;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(StoreAnalyzer.get())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = openWriter(directory, config, dir);
            // Make the index exist on disk at once, so that readers can open an empty store.
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexWriter openWriter(FSDirectory directory, IndexWriterConfig config, Path dir) throws IOException {
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IOException(dir + ": another process is writing to this store (it holds the lock "
                    + dir.resolve(IndexWriter.WRITE_LOCK_NAME) + "); wait for it to finish", e);
        }
    }

    /** Opens (creating when absent) the store in {@code dir}, committing every {@value #DEFAULT_BATCH} articles. */
    public static ArticleStore open(Path dir) throws IOException {
        return open(dir, DEFAULT_BATCH);
    }

    /** Opens (creating when absent) the store in {@code dir}, committing every {@code batchSize} articles. */
    public static ArticleStore open(Path dir, int batchSize) throws IOException {
        return new ArticleStore(dir, batchSize);
    }

    /**
     * Stores an article with its entities and quotes; returns false, storing nothing, when one with the same
     * id is already there. Commits when the batch is full.
     */
    @Override
    public boolean add(Article article) throws IOException {
        if (article.id() == null) {
            throw new IllegalArgumentException("an article needs an id to be stored");
        }
        if (contains(article.id())) {
            return false;
        }
        Collation.Decision decision = collation().decide(article);
        // One call for the whole group: Lucene adds the documents atomically, and in the same segment.
        writer.addDocuments(ArticleDocuments.of(decision.article(), decision.fingerprint(), decision.arrival()));
        unrefreshed.add(article.id());
        if (!decision.repoint().isEmpty()) {
            repoint(decision.repoint(), article.id());
        }
        if (++uncommitted >= batchSize) {
            commit();
        }
        return true;
    }

    /** The copy and story memory, loaded from the store on first use. */
    private Collation collation() throws IOException {
        if (collation == null) {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                collation = StoredMemory.load((DirectoryReader) searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        }
        return collation;
    }

    /**
     * Stored copies whose original turned out to be a later-arriving, earlier-published article: their
     * {@code duplicateOf} becomes that article's id. Each is rewritten whole (article, entities and quotes).
     */
    private void repoint(List<String> ids, String original) throws IOException {
        searchers.maybeRefreshBlocking();
        unrefreshed.clear();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (String id : ids) {
                var top = searcher.search(articleQuery(id), 1);
                if (top.scoreDocs.length == 0) {
                    continue;
                }
                int doc = top.scoreDocs[0].doc;
                var fields = searcher.storedFields().document(doc);
                Article stored = ArticleJson.fromLine(fields.get(StoreFields.JSON));
                Collation.Arrival arrival = fields.getField(StoreFields.ARRIVAL) == null
                        ? Collation.Arrival.UNKNOWN
                        : new Collation.Arrival(fields.getField(StoreFields.ARRIVAL).numericValue().longValue(),
                                fields.getField(StoreFields.STORY_VIA_COPY) != null
                                        && fields.getField(StoreFields.STORY_VIA_COPY).numericValue().intValue() == 1);
                var leaf = searcher.getIndexReader().leaves().get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
                BinaryDocValues fps = leaf.reader().getBinaryDocValues(StoreFields.FINGERPRINT);
                Fingerprint fp = null;
                if (fps != null && fps.advanceExact(doc - leaf.docBase)) {
                    BytesRef b = fps.binaryValue();
                    fp = ArticleDocuments.storedFingerprint(b, stored::text);
                }
                // One atomic call: a reader never sees the copy missing, and the group stays in one segment.
                writer.updateDocuments(new Term(StoreFields.ARTICLE, id),
                        ArticleDocuments.of(stored.toBuilder().duplicateOf(original).build(), fp, arrival));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** Whether an article with this id is stored, committed or not. */
    public boolean contains(String id) throws IOException {
        if (unrefreshed.contains(id)) {
            return true;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(articleQuery(id)) > 0;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes everything added so far durable. */
    @Override
    public void commit() throws IOException {
        writer.commit();
        uncommitted = 0;
        searchers.maybeRefreshBlocking();
        unrefreshed.clear();
    }

    /** Articles added since the last commit: what a crash now would lose. */
    @Override
    public int uncommitted() {
        return uncommitted;
    }

    /** Writes buffered documents to segment files without committing them (for crash tests). */
    void flushWithoutCommit() throws IOException {
        writer.flush();
    }

    /** Commits and releases the folder. */
    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            commit();
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public String location() {
        return dir.toString();
    }

    static Query articleQuery(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(StoreFields.TYPE, StoreFields.TYPE_ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(StoreFields.ARTICLE, id)), Occur.FILTER)
                .build();
    }
}
