package dev.sitrep.store.search;

import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteDoc;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StatementGroups;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/**
 * Quote listings that count a statement once: {@link QuoteSearch} ranks the quote documents, quotes from copies of
 * one article that say the same thing are grouped in that order ({@link StatementGroups}), and each statement of
 * the page is shown as its origin with every copy as a source.
 *
 * <p>Ranking reads a window of quotes half a page larger than the page, widened until it holds enough statements.
 * {@code total} is exact when the window held every match; otherwise it is the number of matching quotes less the
 * copies collapsed within the window, which never undercounts, so paging never hides a statement.
 */
final class StatementSearch {
    /** The widest window of ranked quotes read for one page. */
    static final int MAX_WINDOW = 10_000;

    private StatementSearch() {
    }

    /** The {@code r.limit()} statements after the first {@code offset}, with the number of statements. */
    static Page<QuoteHit> page(IndexSearcher searcher, QuoteRequest r, int offset) throws IOException {
        return page(searcher, r, offset, true);
    }

    /**
     * The first {@code r.limit()} statements, the same as {@link #page}'s, without counting every matching quote:
     * for a timeline's or a profile's statements, which show no total.
     */
    static List<QuoteHit> first(IndexSearcher searcher, QuoteRequest r) throws IOException {
        return page(searcher, r, 0, false).items();
    }

    private static Page<QuoteHit> page(IndexSearcher searcher, QuoteRequest r, int offset, boolean countAll)
            throws IOException {
        int wanted = offset + r.limit();
        // Most statements have no copy among the matches: a margin of half a page usually holds the page.
        int window = Math.min(MAX_WINDOW, wanted + Math.max(10, wanted / 2));
        while (true) {
            QuoteSearch.Grouped grouped = QuoteSearch.grouped(searcher,
                    r.withLimit(window), 0, countAll);
            Page<QuoteHit> ranked = grouped.page();
            List<QuoteHit> hits = ranked.items();
            Map<String, String> groups = grouped.groups();
            StatementGroups statements = new StatementGroups();
            for (int i = 0; i < hits.size(); i++) {
                QuoteHit h = hits.get(i);
                statements.add(new QuoteDoc(h, groups.get(h.articleId()), grouped.flags().get(i)));
            }
            boolean all = hits.size() >= ranked.total();
            if (all || statements.size() >= wanted || window >= MAX_WINDOW) {
                long total = ranked.total() - (hits.size() - statements.size());
                return new Page<>(total, offset, r.limit(), hits(searcher, statements, offset, r.limit()));
            }
            window = Math.min(MAX_WINDOW, window * 4);
        }
    }

    /** The statements of the page as hits with their sources. */
    private static List<QuoteHit> hits(IndexSearcher searcher, StatementGroups statements, int offset, int limit)
            throws IOException {
        List<StatementGroups.Statement> all = statements.statements();
        List<StatementGroups.Statement> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        Set<String> groups = new LinkedHashSet<>();
        page.forEach(s -> groups.add(s.first().group()));
        Set<String> copied = withCopies(searcher, groups);
        List<QuoteDoc> pool = copied.isEmpty() ? List.of() : QuoteDocs.ofGroups(searcher, copied);
        return StatementGroups.toHits(page, pool);
    }

    /**
     * The copy groups that hold a copy (an article whose {@code duplicate_of} is the group's original): only their
     * other members' quotes need reading. A group of one article has nothing to add to the quotes already read,
     * which carry their article's flags.
     */
    private static Set<String> withCopies(IndexSearcher searcher, Set<String> groups) throws IOException {
        Set<String> copied = new LinkedHashSet<>();
        for (org.apache.lucene.index.LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
            org.apache.lucene.index.Terms terms = ctx.reader().terms(dev.sitrep.stores.StoreFields.DUPLICATE_OF);
            if (terms == null) {
                continue;
            }
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            for (String g : groups) {
                if (!copied.contains(g) && te.seekExact(new org.apache.lucene.util.BytesRef(g))) {
                    copied.add(g);
                }
            }
        }
        return copied;
    }
}
