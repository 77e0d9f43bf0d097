package dev.sitrep.store;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.stores.Collation;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** Reads the index's article documents into a {@link Collation}: fingerprints and arrivals from doc values. */
final class StoredMemory {
    private StoredMemory() {
    }

    /** Rebuilds the copy and story memory from a reader over the store. */
    static Collation load(DirectoryReader reader) throws IOException {
        List<Collation.Stored> all = new ArrayList<>();
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
            // A re-pointed copy was rewritten: its old documents are deleted but still in the segment, and must not
            // be replayed beside the new ones.
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc) || fps == null || !fps.advanceExact(doc)) {
                    continue;
                }
                var bytes = fps.binaryValue();
                var stored = fields.document(doc,
                        java.util.Set.of(StoreFields.ARTICLE, StoreFields.PUBLISHED, StoreFields.STORY));
                Number day = stored.getField(StoreFields.PUBLISHED) == null ? null
                        : stored.getField(StoreFields.PUBLISHED).numericValue();
                int at = doc;
                Collation.ArticleLoader article = () -> ArticleJson.fromLine(fields.document(at).get(StoreFields.JSON));
                Fingerprint fp = ArticleDocuments.storedFingerprint(bytes, () -> article.load().text());
                long arrival = arrivals != null && arrivals.advanceExact(doc) ? arrivals.longValue() : -1;
                boolean copy = viaCopy != null && viaCopy.advanceExact(doc) && viaCopy.longValue() == 1;
                all.add(new Collation.Stored(stored.get(StoreFields.ARTICLE),
                        day == null ? null : LocalDate.ofEpochDay(day.longValue()), fp,
                        new Collation.Arrival(arrival, copy), stored.get(StoreFields.STORY), article));
            }
        }
        return Collation.replay(all);
    }
}
