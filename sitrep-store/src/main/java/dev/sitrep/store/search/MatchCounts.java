package dev.sitrep.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact numbers of matches, for the totals of searches and quote listings, and the matches themselves for counts
 * by day. A total counts every match, and the words of news are common: two of them can be in most of a million
 * articles, and Lucene's count walks the matches one by one through the query's disjunctions. The queries people
 * type have a simple shape, though (every word required, each word a few terms: its fields and synonyms), and for
 * that shape the matches are an intersection of unions of posting lists: each union is read into a bitset a block
 * of postings at a time, the bitsets are intersected a word of bits at a time, and the bits counted. Any other
 * shape (phrases, wildcards, exclusions, ranges) is counted by Lucene. Segments are counted on the searcher's
 * threads at once.
 */
final class MatchCounts {
    private MatchCounts() {
    }

    /** How many live documents match {@code query}. */
    static long count(IndexSearcher searcher, Query query) throws IOException {
        List<List<Term>> required = shape(searcher, query);
        if (required == null) {
            return searcher.count(query);
        }
        List<Callable<Long>> segments = new ArrayList<>();
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            segments.add(() -> (long) matches(ctx.reader(), required).cardinality());
        }
        long total = 0;
        for (long n : searcher.getTaskExecutor().invokeAll(segments)) {
            total += n;
        }
        return total;
    }

    /**
     * The query as the terms of each required clause (a clause matches a document holding any of its terms), or
     * null when it has another shape.
     */
    static List<List<Term>> shape(IndexSearcher searcher, Query query) throws IOException {
        List<List<Term>> required = new ArrayList<>();
        return conjunction(searcher.rewrite(query), required) && !required.isEmpty() ? required : null;
    }

    /**
     * Adds the clauses of a conjunction to {@code required}, each as the terms any of which matches it; false when
     * the query is not a conjunction of such unions.
     */
    private static boolean conjunction(Query query, List<List<Term>> required) {
        if (query instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() <= 1
                && b.clauses().stream().anyMatch(BooleanClause::isRequired)) {
            // Beside required clauses, optional ones change scores, not matches; unless one of them must match
            // (Lucene's rewriting turns "+(a b) #c" into "(#c a b)~1"), and then they are one more union.
            List<Term> oneOf = new ArrayList<>();
            for (BooleanClause c : b.clauses()) {
                if (c.occur() == BooleanClause.Occur.MUST_NOT) {
                    return false;
                } else if (c.isRequired() ? !conjunction(c.query(), required)
                        : b.getMinimumNumberShouldMatch() == 1 && !union(c.query(), oneOf)) {
                    return false;
                }
            }
            if (b.getMinimumNumberShouldMatch() == 1) {
                if (oneOf.isEmpty()) {
                    return false;
                }
                required.add(oneOf);
            }
            return true;
        }
        List<Term> terms = new ArrayList<>();
        if (!union(query, terms)) {
            return false;
        }
        required.add(terms);
        return true;
    }

    /** Adds the terms any of which matches {@code query} to {@code terms}; false when it is not such a union. */
    private static boolean union(Query query, List<Term> terms) {
        if (query instanceof TermQuery t) {
            terms.add(t.getTerm());
            return true;
        } else if (query instanceof SynonymQuery s) {
            terms.addAll(s.getTerms());
            return true;
        } else if (query instanceof BoostQuery b) {
            return union(b.getQuery(), terms);
        } else if (query instanceof ConstantScoreQuery c) {
            return union(c.getQuery(), terms);
        } else if (query instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() <= 1 && !b.clauses().isEmpty()) {
            for (BooleanClause c : b.clauses()) {
                if (c.occur() != BooleanClause.Occur.SHOULD || !union(c.query(), terms)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The live documents of a segment that match every required clause of a {@linkplain #shape shape}. */
    static FixedBitSet matches(LeafReader reader, List<List<Term>> required) throws IOException {
        FixedBitSet all = null;
        for (List<Term> union : required) {
            FixedBitSet any = new FixedBitSet(reader.maxDoc());
            for (Term term : union) {
                Terms terms = reader.terms(term.field());
                TermsEnum te = terms == null ? null : terms.iterator();
                if (te != null && te.seekExact(term.bytes())) {
                    PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
                    if (postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        postings.intoBitSet(reader.maxDoc(), any, 0);
                    }
                }
            }
            if (all == null) {
                all = any;
            } else {
                all.and(any);
            }
        }
        Bits live = reader.getLiveDocs();
        if (live != null) {
            for (int doc = next(all, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(all, doc + 1)) {
                if (!live.get(doc)) {
                    all.clear(doc);
                }
            }
        }
        return all;
    }

    /** The first set bit at or after {@code from}. */
    static int next(FixedBitSet bits, int from) {
        return from < bits.length() ? bits.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
    }
}
