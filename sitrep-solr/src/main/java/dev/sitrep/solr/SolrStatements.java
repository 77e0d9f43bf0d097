package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteDoc;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StatementGroups;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

/**
 * Quote listings that count a statement once, as on the embedded store: quote documents ranked by Solr (newest
 * first, or best match then newest when there are words), grouped into statements by the shared
 * {@link StatementGroups} over a window half a page larger than the page (widened until it holds the page), each
 * statement of the page shown as its origin with every copy as a source. The same window and totals as the
 * embedded store's, so both page the same way.
 */
final class SolrStatements {
    /** The widest window of ranked quotes read for one page. */
    static final int MAX_WINDOW = 10_000;
    /** Most quote documents one read of copy groups or a story returns. */
    static final int MAX_DOCS = 5_000;
    static final String[] QUOTE_FIELDS = {QUOTE, SPEAKER, SPEAKER_ID, CUE, KIND, START, END, QUOTE_STANCES, ARTICLE, TITLE,
            PUBLISHER_DV, PUBLISHED, PUBLISHED_INFERRED, URL, COPY_GROUP, ARTICLE_FLAGS};

    private final SolrCollection solr;

    SolrStatements(SolrCollection solr) {
        this.solr = solr;
    }

    /** The {@code r.limit()} statements after the first {@code offset}, with the number of statements. */
    Page<QuoteHit> page(QuoteRequest r, int offset) throws IOException {
        int wanted = offset + r.limit();
        int window = Math.min(MAX_WINDOW, wanted + Math.max(10, wanted / 2));
        while (true) {
            Page<QuoteDoc> ranked = quotes(r, window);
            // Quote documents carry their article's copy group (a re-pointed copy is rewritten whole), so the
            // grouping needs no second read of the article documents.
            StatementGroups statements = new StatementGroups();
            for (QuoteDoc d : ranked.items()) {
                statements.add(new QuoteDoc(d.hit(), d.group(), List.of()));
            }
            int hits = ranked.items().size();
            boolean all = hits >= ranked.total();
            if (all || statements.size() >= wanted || window >= MAX_WINDOW) {
                long total = ranked.total() - (hits - statements.size());
                return new Page<>(total, offset, r.limit(), hits(statements, offset, r.limit()));
            }
            window = Math.min(MAX_WINDOW, window * 4);
        }
    }

    /** The first {@code rows} quote documents a request matches, ranked, with the number of matches. */
    private Page<QuoteDoc> quotes(QuoteRequest r, int rows) throws IOException {
        SolrQuery q = SolrQueries.quotes(r);
        if (r.about() != null && !r.about().isBlank()) {
            q.addSort("score", SolrQuery.ORDER.desc);
        }
        q.addSort(PUBLISHED, SolrQuery.ORDER.desc);
        q.setFields(QUOTE_FIELDS);
        q.setRows(rows);
        QueryResponse response;
        try {
            response = solr.query(q);
        } catch (SolrException e) {
            throw SolrQueries.refused(r.about(), e);
        }
        List<QuoteDoc> docs = new ArrayList<>(response.getResults().size());
        response.getResults().forEach(d -> docs.add(read(d)));
        return new Page<>(response.getResults().getNumFound(), 0, rows, docs);
    }

    /** The statements of the page as hits with their sources. */
    private List<QuoteHit> hits(StatementGroups statements, int offset, int limit) throws IOException {
        List<StatementGroups.Statement> all = statements.statements();
        List<StatementGroups.Statement> page = all.subList(Math.min(offset, all.size()),
                Math.min(all.size(), offset + limit));
        Set<String> groups = new LinkedHashSet<>();
        page.forEach(s -> groups.add(s.first().group()));
        List<QuoteDoc> pool = groups.isEmpty() ? List.of() : matching(COPY_GROUP, groups);
        return StatementGroups.toHits(page, pool);
    }

    /** The quote documents whose {@code field} is one of {@code values}, at most {@link #MAX_DOCS}. */
    List<QuoteDoc> matching(String field, Collection<String> values) throws IOException {
        SolrQuery q = SolrQueries.ofType(TYPE_QUOTE);
        SolrQueries.terms(q, field, values);
        q.setFields(QUOTE_FIELDS);
        q.setRows(MAX_DOCS);
        q.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
        List<QuoteDoc> docs = new ArrayList<>();
        solr.query(q).getResults().forEach(d -> docs.add(read(d)));
        return docs;
    }

    static QuoteDoc read(SolrDocument d) {
        Quote q = new Quote((String) d.getFieldValue(QUOTE), (String) d.getFieldValue(SPEAKER),
                (String) d.getFieldValue(SPEAKER_ID), (String) d.getFieldValue(CUE),
                QuoteKind.valueOf((String) d.getFieldValue(KIND)), ((Number) d.getFieldValue(START)).intValue(),
                ((Number) d.getFieldValue(END)).intValue()).withStances(stances((String) d.getFieldValue(QUOTE_STANCES)));
        QuoteHit hit = new QuoteHit(q, (String) d.getFieldValue(ARTICLE), (String) d.getFieldValue(TITLE),
                (String) d.getFieldValue(PUBLISHER_DV), day(d), (String) d.getFieldValue(URL),
                d.getFieldValue(PUBLISHED_INFERRED) != null);
        List<String> flags = new ArrayList<>();
        Collection<Object> values = d.getFieldValues(ARTICLE_FLAGS);
        if (values != null) {
            values.forEach(v -> flags.add(String.valueOf(v)));
        }
        return new QuoteDoc(hit, group(d), flags);
    }

    static LocalDate day(SolrDocument d) {
        return d.getFieldValue(PUBLISHED) instanceof Number n ? LocalDate.ofEpochDay(n.longValue()) : null;
    }

    private static String group(SolrDocument d) {
        Object group = d.getFieldValue(COPY_GROUP);
        return group != null ? (String) group : (String) d.getFieldValue(ARTICLE);
    }
}
