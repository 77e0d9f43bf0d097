package dev.sitrep.store.search;

import dev.sitrep.model.Article;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.Facets;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.HitMarks;
import dev.sitrep.query.Overview;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.SearchHit;
import dev.sitrep.query.SearchRequest;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.query.StoryDetail;
import dev.sitrep.query.StorySummary;
import dev.sitrep.query.Timeline;
import dev.sitrep.store.LuceneLogging;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded store's reading side: article search, quote listing, entities, profiles, timelines and the overview
 * a report opens with, over the last commit of the index in a folder. Takes no lock, so it can read while an
 * ingest writes. It sees what was committed when it opened, or at the last {@link #refresh()}: a long-running
 * reader (the HTTP server) calls that to pick up what another process has ingested since. Thread-safe; each
 * call reads one consistent point-in-time view.
 */
public final class LuceneStoreSearch implements StoreSearch {
    static {
        LuceneLogging.quiet();
    }

    /** Threads one query may use: every core, so that a query over a large store is answered in a fraction. */
    static final int QUERY_THREADS = Runtime.getRuntime().availableProcessors();
    /** Fewest documents a part of the index holds before a query splits it between threads: less is not worth it. */
    static final int MIN_DOCS_PER_THREAD = 250_000;

    private final Path dir;
    private final Directory directory;
    private final SearcherManager searchers;
    private final ExecutorService threads;

    /** One query against a searcher acquired from the manager. */
    @FunctionalInterface
    interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private LuceneStoreSearch(Path dir, Directory directory, SearcherManager searchers, ExecutorService threads) {
        this.dir = dir;
        this.directory = directory;
        this.searchers = searchers;
        this.threads = threads;
    }

    /** Opens the store in {@code dir}; a clear {@link NoSuchFileException} when there is none. */
    public static LuceneStoreSearch open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no store here (run sitrep ingest first)");
        }
        FSDirectory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoSuchFileException(dir.toString(), null, "no store here (run sitrep ingest first)");
            }
            ExecutorService threads = queryThreads();
            try {
                return new LuceneStoreSearch(dir, directory, new SearcherManager(directory, new SplitSearches(threads)), threads);
            } catch (IOException | RuntimeException e) {
                threads.shutdownNow();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static ExecutorService queryThreads() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(QUERY_THREADS, task -> {
            Thread t = new Thread(task, "sitrep-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Searchers that split the index into one part per thread, segments cut in pieces where one segment holds most
     * of the index (as it does after merges): a search, a count or a tally over a large store then runs on every
     * core at once, the querying thread taking its share. Results are the same as one thread's: Lucene merges the
     * parts' hits in index order among equals. A store too small to split is searched by the querying thread alone.
     */
    private static final class SplitSearches extends SearcherFactory {
        private final ExecutorService threads;

        SplitSearches(ExecutorService threads) {
            this.threads = threads;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new IndexSearcher(reader, threads) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    long docs = 0;
                    for (LeafReaderContext leaf : leaves) {
                        docs += leaf.reader().maxDoc();
                    }
                    int perThread = (int) Math.min(Integer.MAX_VALUE,
                            Math.max(MIN_DOCS_PER_THREAD, docs / QUERY_THREADS + 1));
                    return IndexSearcher.slices(leaves, perThread, Integer.MAX_VALUE, true);
                }
            };
        }
    }

    /**
     * Picks up commits made since the last refresh ({@code DirectoryReader.openIfChanged} underneath: cheap
     * when nothing changed). Never blocks on another thread's refresh; queries already running keep their view.
     */
    @Override
    public void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** Runs one query against the current searcher (also how tests in this package ask a searcher directly). */
    <T> T read(Read<T> read) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return read.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Articles matching a request, best first (newest first among equal scores), with highlighted snippets.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    @Override
    public List<SearchHit> search(SearchRequest request, HitMarks marks) throws IOException {
        return read(s -> ArticleSearch.search(s, request, marks));
    }

    /** Like {@link #search(SearchRequest, HitMarks)}, skipping the first {@code offset} hits, with the total. */
    @Override
    public Page<SearchHit> search(SearchRequest request, int offset, HitMarks marks) throws IOException {
        return read(s -> ArticleSearch.page(s, request, offset, marks));
    }

    /**
     * Statements matching a request: quotes from copies of one article that say the same thing count once, as
     * their origin (the earliest copy) with every copy in {@link QuoteHit#sources()}.
     *
     * @throws QuerySyntaxException when {@code about} does not parse
     */
    @Override
    public List<QuoteHit> quotes(QuoteRequest request) throws IOException {
        return quotes(request, 0).items();
    }

    /** Like {@link #quotes(QuoteRequest)}, skipping the first {@code offset} statements, with the total. */
    @Override
    public Page<QuoteHit> quotes(QuoteRequest request, int offset) throws IOException {
        return read(s -> StatementSearch.page(s, request, offset));
    }

    @Override
    public Page<QuoteHit> statements(QuoteRequest request) throws IOException {
        if (request.limit() > MAX_STATEMENTS) {
            throw new IllegalArgumentException("at most " + MAX_STATEMENTS + " statements at once, not " + request.limit());
        }
        return read(s -> StatementSearch.page(s, request, 0));
    }

    @Override
    public Facets facets(SearchRequest request) throws IOException {
        return read(s -> FacetCounting.articles(s, request));
    }

    @Override
    public Facets facets(QuoteRequest request) throws IOException {
        return read(s -> FacetCounting.statements(s, request));
    }

    @Override
    public EventPage events(EventRequest request, int offset) throws IOException {
        return read(s -> EventSearch.page(s, request, offset));
    }

    /**
     * Entities whose id, name or alias matches {@code q} (all when blank), of one type when {@code type} is
     * given, most mentioned first.
     *
     * @throws IllegalArgumentException when {@code type} is not an entity type
     */
    @Override
    public Page<EntitySummary> entities(String q, String type, int offset, int limit) throws IOException {
        return read(s -> EntitySearch.list(s, q, type, offset, limit));
    }

    /** The profile of the entity with this id, name or alias (the most mentioned when several); empty when none. */
    @Override
    public Optional<EntityProfile> entity(String nameOrId, int quotes, RoleLookup roles) throws IOException {
        return read(s -> EntityProfiles.build(s, nameOrId, quotes, roles));
    }

    /**
     * Articles per day about a topic and its {@code statements} best-matching quotes in date order.
     *
     * @throws QuerySyntaxException when {@code q} does not parse
     */
    @Override
    public Timeline timeline(String q, LocalDate from, LocalDate to, int statements) throws IOException {
        return read(s -> Timelines.build(s, q, from, to, statements));
    }

    /** The stored article with this id, whole; empty when none. */
    @Override
    public Optional<Article> article(String id) throws IOException {
        return read(s -> ArticleLookup.byId(s, id));
    }

    /** Counts by publisher and date, and the {@code topEntities} most mentioned entities. */
    @Override
    public Overview overview(int topEntities) throws IOException {
        return read(s -> OverviewBuilder.build(s, topEntities));
    }

    /** Stories with articles published in [from, to] (either may be null), biggest first. */
    @Override
    public List<StorySummary> stories(LocalDate from, LocalDate to, int limit) throws IOException {
        return read(s -> StoryList.list(s, from, to, limit));
    }

    /** Like {@link #stories(LocalDate, LocalDate, int)}, a page of them with the number of stories. */
    @Override
    public Page<StorySummary> stories(LocalDate from, LocalDate to, int offset, int limit) throws IOException {
        return read(s -> StoryList.page(s, from, to, offset, limit));
    }

    /** The story with this id: its articles in date order and its first {@code statements} statements; empty when none. */
    @Override
    public Optional<StoryDetail> story(String id, int statements) throws IOException {
        return read(s -> StoryDetails.build(s, id, statements));
    }

    /** Stored articles. */
    @Override
    public int articleCount() throws IOException {
        return read(s -> s.count(Filters.type(StoreFields.TYPE_ARTICLE)));
    }

    @Override
    public String location() {
        return dir.toString();
    }

    @Override
    public void close() throws IOException {
        try (directory; searchers) {
            // both closed, the manager (and its reader) first
        } finally {
            threads.shutdownNow();
        }
    }
}
