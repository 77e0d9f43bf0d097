package dev.sitrep.store.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Visits every live document a query matches, segment by segment, without scoring or sorting: the basis of
 * the counts by day, publisher and entity, which read doc values (column-stored, no decompression) rather than
 * stored fields, so that a profile over thousands of documents stays within milliseconds.
 */
final class DocVisits {
    /** What to do in one segment. */
    interface Segment {
        void visit(int doc) throws IOException;

        /** Called once after the segment's last match, to fold per-segment ordinals into global keys. */
        default void finish() throws IOException {
        }
    }

    /** Makes the visitor of one segment. */
    interface PerSegment {
        Segment open(LeafReaderContext ctx) throws IOException;
    }

    private DocVisits() {
    }

    static void forEach(IndexSearcher searcher, Query query, PerSegment perSegment) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(ctx);
            if (scorer == null) {
                continue;
            }
            Bits live = ctx.reader().getLiveDocs();
            Segment segment = perSegment.open(ctx);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    segment.visit(doc);
                }
            }
            segment.finish();
        }
    }
}
