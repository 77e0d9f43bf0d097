package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stores.Collation;
import dev.sitrep.stores.StoreWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The writing side of a SolrCloud store: articles become documents ({@link SolrDocuments}) buffered on the client
 * and sent, then hard-committed, every {@code batchSize} articles and on {@link #commit()}/{@link #close()}. Each
 * article's copy and story are decided against everything the collection holds ({@link Collation}, replayed from
 * the collection on first use), exactly as the embedded store decides them; a copy stored before its
 * earlier-published original arrived is re-pointed (rewritten whole with the new {@code duplicateOf}).
 *
 * <p>Idempotent by article id: an article already in the collection, or added since the last commit, is skipped.
 * Every request is retried with back-off ({@link Retry}), so a node killed mid-ingest costs a pause while the
 * cluster moves leadership to a live replica; a batch is sent again whole, and since document ids are
 * deterministic nothing is doubled. What a failure past the retry budget loses is what was not committed, as on
 * the embedded store. One writer per collection at a time (two would decide copies from different memories); not
 * thread-safe.
 */
public final class SolrStoreWriter implements StoreWriter {
    /** Documents fetched per request while replaying the collection's memory. */
    private static final int PAGE = 500;

    private final SolrCollection collection;
    private final int batchSize;
    private final List<SolrInputDocument> buffer = new ArrayList<>();
    /** Article ids added since the last commit: buffered or sent, possibly not yet seen by a real-time get. */
    private int uncommitted;
    private Collation collation;

    private SolrStoreWriter(SolrCollection collection, int batchSize) {
        this.collection = collection;
        this.batchSize = batchSize;
    }

    /** Opens the collection {@code location} names for writing; it must exist ({@code sitrep solr init}). */
    public static SolrStoreWriter open(SolrLocation location, int batchSize) throws IOException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        return new SolrStoreWriter(SolrCollection.open(location, Retry.fromSystemProperties()), batchSize);
    }

    @Override
    public boolean add(Article article) throws IOException {
        if (article.id() == null) {
            throw new IllegalArgumentException("an article needs an id to be stored");
        }
        if (contains(article.id())) {
            return false;
        }
        Collation.Decision decision = collation().decide(article);
        buffer.addAll(SolrDocuments.of(decision.article(), decision.fingerprint(), decision.arrival()));
        if (!decision.repoint().isEmpty()) {
            repoint(decision.repoint(), article.id());
        }
        if (++uncommitted >= batchSize) {
            commit();
        }
        return true;
    }

    /**
     * Whether an article with this id is in the collection or was added since the last commit: answered from the
     * writer's memory of the collection ({@link Collation}, read once), not by a request per article, so that an
     * ingest asks nothing of a node that is down until it has a batch to send.
     */
    public boolean contains(String id) throws IOException {
        return collation().holds(id);
    }

    /** The stored article document with this id, by real-time get (which sees what was sent but not committed). */
    private SolrDocument stored(String id) throws IOException {
        return collection.retry().run("looking up " + id + " in " + collection.location(),
                () -> collection.client().getById(collection.location().collection(), SolrDocuments.articleDocId(id)));
    }

    /**
     * Stored copies whose original turned out to be a later-arriving, earlier-published article: each is rewritten
     * whole with that article as its {@code duplicateOf}. What is buffered is sent first, so that a copy added in
     * this batch is found too.
     */
    private void repoint(List<String> ids, String original) throws IOException {
        flush();
        for (String id : ids) {
            SolrDocument d = stored(id);
            if (d == null) {
                continue;
            }
            Article copy = ArticleJson.fromLine((String) d.getFieldValue(JSON));
            buffer.addAll(SolrDocuments.of(copy.toBuilder().duplicateOf(original).build(), fingerprint(d, copy),
                    arrival(d)));
        }
    }

    /** The copy and story memory, replayed from the collection on first use. */
    private Collation collation() throws IOException {
        if (collation == null) {
            collation = SolrMemory.load(collection, PAGE);
        }
        return collation;
    }

    /** Sends what is buffered without committing. */
    private void flush() throws IOException {
        collection.add(buffer);
        buffer.clear();
    }

    @Override
    public void commit() throws IOException {
        flush();
        collection.commit();
        uncommitted = 0;
    }

    @Override
    public int uncommitted() {
        return uncommitted;
    }

    @Override
    public String location() {
        return collection.location().toString();
    }

    @Override
    public void close() throws IOException {
        try (collection) {
            commit();
        }
    }

    static Fingerprint fingerprint(SolrDocument d, Article article) {
        Object bytes = d.getFieldValue(FINGERPRINT);
        if (bytes instanceof java.nio.ByteBuffer buffer) {
            byte[] b = new byte[buffer.remaining()];
            buffer.duplicate().get(b);
            bytes = b;
        }
        Fingerprint fp = bytes instanceof byte[] b ? Fingerprint.fromBytes(b, 0, b.length) : null;
        return fp != null ? fp : new dev.sitrep.dedup.Fingerprinter().of(article.text());
    }

    static Collation.Arrival arrival(SolrDocument d) {
        Object order = d.getFieldValue(ARRIVAL);
        Object viaCopy = d.getFieldValue(STORY_VIA_COPY);
        return order instanceof Number n
                ? new Collation.Arrival(n.longValue(), viaCopy instanceof Number v && v.intValue() == 1)
                : Collation.Arrival.UNKNOWN;
    }
}
