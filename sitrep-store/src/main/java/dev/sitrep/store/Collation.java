package dev.sitrep.store;

import dev.sitrep.dedup.CopyDetector;
import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stories.StoryClusterer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;

/**
 * The store's memory of what it holds, for deciding each new article's {@code duplicateOf} and {@code story}
 * against everything stored (not just the batch in flight): a {@link CopyDetector} and a {@link StoryClusterer}
 * rebuilt by replaying every stored article in the order the store took it ({@link StoreFields#ARRIVAL}).
 * The replay leaves both in exactly the state the writing run had after its last commit, so a run that was
 * killed and started again decides the same copies and stories as a run that never stopped. Stores written
 * before arrival orders existed replay by publication date.
 */
final class Collation {
    private final CopyDetector copies = new CopyDetector();
    private final StoryClusterer stories = new StoryClusterer();
    private long nextArrival;

    /** What to store for a new article, and which stored articles now have it as their original. */
    record Decision(Article article, Fingerprint fingerprint, List<String> repoint, ArticleDocuments.Arrival arrival) {
    }

    /** Rebuilds the memory from a reader over the store. */
    static Collation load(DirectoryReader reader) throws IOException {
        Collation c = new Collation();
        record Stored(String id, LocalDate published, Fingerprint fp, long arrival, boolean viaCopy, int doc,
                      LeafReaderContext leaf) {
        }
        List<Stored> all = new ArrayList<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(searcher.rewrite(
                new TermQuery(new Term(StoreFields.TYPE, StoreFields.TYPE_ARTICLE))), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            BinaryDocValues fps = leaf.reader().getBinaryDocValues(StoreFields.FINGERPRINT);
            NumericDocValues arrivals = leaf.reader().getNumericDocValues(StoreFields.ARRIVAL);
            NumericDocValues viaCopy = leaf.reader().getNumericDocValues(StoreFields.STORY_VIA_COPY);
            StoredFields fields = leaf.reader().storedFields();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (fps == null || !fps.advanceExact(doc)) {
                    continue;
                }
                var bytes = fps.binaryValue();
                var stored = fields.document(doc, java.util.Set.of(StoreFields.ARTICLE, StoreFields.PUBLISHED));
                Number day = stored.getField(StoreFields.PUBLISHED) == null ? null
                        : stored.getField(StoreFields.PUBLISHED).numericValue();
                int at = doc;
                Fingerprint fp = ArticleDocuments.storedFingerprint(bytes,
                        () -> ArticleJson.fromLine(fields.document(at).get(StoreFields.JSON)).text());
                long arrival = arrivals != null && arrivals.advanceExact(doc) ? arrivals.longValue() : -1;
                boolean copy = viaCopy != null && viaCopy.advanceExact(doc) && viaCopy.longValue() == 1;
                all.add(new Stored(stored.get(StoreFields.ARTICLE),
                        day == null ? null : LocalDate.ofEpochDay(day.longValue()), fp, arrival, copy, doc, leaf));
            }
        }
        // Arrival order; articles of an older store (no arrival) first, by publication date as they were then.
        all.sort(Comparator.comparingLong(Stored::arrival)
                .thenComparing(Stored::published, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Stored s : all) {
            c.copies.accept(s.id(), s.published(), s.fp());
            Article a = ArticleJson.fromLine(s.leaf().reader().storedFields().document(s.doc()).get(StoreFields.JSON));
            if (a.story() != null) {
                c.stories.restore(a, a.story(), s.viaCopy());
            }
            c.nextArrival = Math.max(c.nextArrival, s.arrival() + 1);
        }
        return c;
    }

    /** Decides {@code duplicateOf} and {@code story} for a new article. */
    Decision decide(Article article) {
        CopyDetector.Decision copy = copies.accept(article);
        Article withCopy = article.toBuilder().duplicateOf(copy.duplicateOf()).build();
        boolean viaCopy = stories.joinsOriginal(withCopy);
        Article done = withCopy.toBuilder().story(stories.assign(withCopy)).build();
        return new Decision(done, copy.fingerprint(), copy.repoint(),
                new ArticleDocuments.Arrival(nextArrival++, viaCopy));
    }
}
