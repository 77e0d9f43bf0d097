package dev.sitrep.store.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Visits every live document a query matches, segment by segment and in index order, without scoring or sorting:
 * the basis of the counts by day, publisher and entity, which read doc values (column-stored, no decompression)
 * rather than stored fields, so that a profile over thousands of documents stays within milliseconds. Matches come
 * from the query's bulk scorer, Lucene's fastest way through a segment (a disjunction of words is scored a window
 * of documents at a time rather than one document at a time), which matters when a word is in most articles.
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
        Weight weight = weight(searcher, query);
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            forEach(weight, ctx, perSegment);
        }
    }

    /** The query's weight for visiting: no scores. */
    static Weight weight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** Visits the live documents of one segment that {@code weight} matches. */
    static void forEach(Weight weight, LeafReaderContext ctx, PerSegment perSegment) throws IOException {
        BulkScorer scorer = weight.bulkScorer(ctx);
        if (scorer == null) {
            return;
        }
        Segment segment = perSegment.open(ctx);
        scorer.score(new LeafCollector() {
            @Override
            public void setScorer(Scorable scorable) {
                // no scores
            }

            @Override
            public void collect(int doc) throws IOException {
                segment.visit(doc);
            }
        }, ctx.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
        segment.finish();
    }
}
