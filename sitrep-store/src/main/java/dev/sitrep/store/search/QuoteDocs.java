package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.query.QuoteDoc;
import dev.sitrep.query.QuoteHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Reads quote documents with their copy group and their article's flags, for grouping copies into statements.
 * Stores written before copy groups existed have none: each article is then its own group, and nothing collapses.
 */
final class QuoteDocs {
    /** Most quote documents one read returns: a story or a copy group larger than this is cut. */
    static final int MAX_DOCS = 5_000;
    private static final Set<String> QUOTE_FIELDS = Set.of(QUOTE, SPEAKER, SPEAKER_ID, CUE, KIND, START, END, QUOTE_STANCES, ARTICLE,
            TITLE, PUBLISHER_DV, PUBLISHED, dev.sitrep.stores.StoreFields.PUBLISHED_INFERRED, URL, COPY_GROUP, ARTICLE_FLAGS);

    private QuoteDocs() {
    }

    /** The quotes of every article in these copy groups. */
    /** The flags of a quote document's article, as stored on it. */
    static List<String> flags(Document d) {
        return Arrays.stream(d.getFields(ARTICLE_FLAGS)).map(IndexableField::stringValue).toList();
    }

    static List<QuoteDoc> ofGroups(IndexSearcher searcher, Collection<String> groups) throws IOException {
        return matching(searcher, new TermInSetQuery(COPY_GROUP, bytes(groups)));
    }

    /** The quote documents a filter selects, at most {@link #MAX_DOCS}, in index order. */
    static List<QuoteDoc> matching(IndexSearcher searcher, Query filter) throws IOException {
        List<QuoteDoc> docs = new ArrayList<>();
        visit(searcher, filter, QUOTE_FIELDS, d -> {
            if (docs.size() < MAX_DOCS) {
                docs.add(read(d));
            }
        });
        return docs;
    }

    private static QuoteDoc read(Document d) {
        Quote q = new Quote(d.get(QUOTE), d.get(SPEAKER), d.get(SPEAKER_ID), d.get(CUE), QuoteKind.valueOf(d.get(KIND)),
                d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue())
                .withStances(stances(d.get(QUOTE_STANCES)));
        QuoteHit hit = new QuoteHit(q, d.get(ARTICLE), d.get(TITLE), d.get(PUBLISHER_DV), QuoteSearch.day(d), d.get(URL),
                QuoteSearch.inferred(d));
        List<String> flags = flags(d);
        return new QuoteDoc(hit, group(d), flags);
    }

    /** The copy group of a quote document's article (its own id when the store does not know it). */
    static String group(Document d) {
        String group = d.get(COPY_GROUP);
        return group != null ? group : d.get(ARTICLE);
    }

    private interface DocConsumer {
        void accept(Document d);
    }

    private static void visit(IndexSearcher searcher, Query filter, Set<String> fields, DocConsumer consumer)
            throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(Filters.type(TYPE_QUOTE), Occur.FILTER)
                .add(filter, Occur.FILTER)
                .build();
        DocVisits.forEach(searcher, query, ctx -> {
            StoredFields stored = ctx.reader().storedFields();
            return doc -> consumer.accept(stored.document(doc, fields));
        });
    }

    private static List<BytesRef> bytes(Collection<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }
}
