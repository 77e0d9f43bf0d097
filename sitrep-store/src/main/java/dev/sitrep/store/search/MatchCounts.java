package dev.sitrep.store.search;

import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
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
    /**
     * A union this many times longer than the matches left is checked document by document: advancing postings
     * to a document costs about as much as reading a few blocks of them.
     */
    static final int CHECK_RATIO = 32;
    /** Bitsets of the type unions per segment (a few types, each kept while its segment lives). */
    private static final ReaderCache<List<Term>, FixedBitSet> KEPT = new ReaderCache<>(8);
    /** Arrays of bitsets given back and kept for the next query: two for each query thread and asking thread. */
    private static final int POOL_SIZE = 4 * Runtime.getRuntime().availableProcessors() + 4;
    private static final ConcurrentLinkedQueue<long[]> POOL = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger POOLED = new AtomicInteger();

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
            segments.add(() -> {
                FixedBitSet matches = matches(ctx.reader(), required);
                try {
                    return (long) matches.cardinality();
                } finally {
                    release(matches);
                }
            });
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

    /**
     * The live documents of a segment that match every required clause of a {@linkplain #shape shape}, in a bitset
     * lent by {@link #release}'s pool: give it back there once read. The rarest union is read into the bitset first;
     * a union far more common than what is left is then checked document by document (its postings advanced to
     * each remaining match) instead of being read whole, and a union of the document type (every article, every
     * quote: most of the index) is read once per segment and kept.
     */
    static FixedBitSet matches(LeafReader reader, List<List<Term>> required) throws IOException {
        int maxDoc = reader.maxDoc();
        List<FixedBitSet> kept = new ArrayList<>();
        List<Union> read = new ArrayList<>();
        for (List<Term> terms : required) {
            if (terms.stream().allMatch(t -> t.field().equals(StoreFields.TYPE))) {
                kept.add(KEPT.get(reader, List.copyOf(terms), k -> union(reader, Union.of(reader, k), new FixedBitSet(maxDoc))));
            } else {
                read.add(Union.of(reader, terms));
            }
        }
        read.sort(Comparator.comparingLong(Union::cost));
        FixedBitSet all = borrow(maxDoc);
        boolean first = true;
        long left = maxDoc;
        for (Union u : read) {
            if (first) {
                union(reader, u, all);
                first = false;
                left = all.cardinality();
            } else if (left * CHECK_RATIO < u.cost()) {
                left = check(all, u);
            } else {
                FixedBitSet any = borrow(maxDoc);
                try {
                    all.and(union(reader, u, any));
                } finally {
                    release(any);
                }
                left = all.cardinality();
            }
        }
        for (FixedBitSet k : kept) {
            if (first) {
                all.or(k);
                first = false;
            } else {
                all.and(k);
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

    /** One required clause: the postings of its terms in a segment, and their total length. */
    private record Union(List<TermsEnum> terms, long cost) {
        static Union of(LeafReader reader, List<Term> terms) throws IOException {
            List<TermsEnum> found = new ArrayList<>();
            long cost = 0;
            for (Term term : terms) {
                Terms t = reader.terms(term.field());
                TermsEnum te = t == null ? null : t.iterator();
                if (te != null && te.seekExact(term.bytes())) {
                    found.add(te);
                    cost += te.docFreq();
                }
            }
            return new Union(found, cost);
        }
    }

    /** Sets the documents of the union's postings in {@code into}, which it returns. */
    private static FixedBitSet union(LeafReader reader, Union u, FixedBitSet into) throws IOException {
        for (TermsEnum te : u.terms()) {
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            if (postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                postings.intoBitSet(reader.maxDoc(), into, 0);
            }
        }
        return into;
    }

    /** Clears the documents of {@code all} that none of the union's postings hold; the documents left. */
    private static long check(FixedBitSet all, Union u) throws IOException {
        List<PostingsEnum> postings = new ArrayList<>(u.terms().size());
        for (TermsEnum te : u.terms()) {
            postings.add(te.postings(null, PostingsEnum.NONE));
        }
        long left = 0;
        for (int doc = next(all, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(all, doc + 1)) {
            boolean found = false;
            for (PostingsEnum p : postings) {
                if (p.docID() < doc) {
                    p.advance(doc);
                }
                if (p.docID() == doc) {
                    found = true;
                    break;
                }
            }
            if (found) {
                left++;
            } else {
                all.clear(doc);
            }
        }
        return left;
    }

    /**
     * A cleared bitset of {@code numBits}, from the pool when it holds an array long enough: a count over a million
     * articles would otherwise allocate a bitset of every segment for every clause of every query, and the
     * collector would spend its pauses on them.
     */
    static FixedBitSet borrow(int numBits) {
        int words = FixedBitSet.bits2words(numBits);
        for (long[] bits; (bits = POOL.poll()) != null; ) {
            POOLED.decrementAndGet();
            if (bits.length >= words) {
                return new FixedBitSet(bits, numBits);
            }
        }
        return new FixedBitSet(numBits);
    }

    /** Gives a bitset from {@link #matches} or {@link #borrow} back to the pool; it must not be read after. */
    static void release(FixedBitSet bits) {
        long[] words = bits.getBits();
        // Pooled arrays are all clear: a bitset made over one may not have stray bits past its length.
        Arrays.fill(words, 0, FixedBitSet.bits2words(bits.length()), 0L);
        if (POOLED.incrementAndGet() <= POOL_SIZE) {
            POOL.offer(words);
        } else {
            POOLED.decrementAndGet();
        }
    }

    /** The first set bit at or after {@code from}. */
    static int next(FixedBitSet bits, int from) {
        return from < bits.length() ? bits.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
    }
}
