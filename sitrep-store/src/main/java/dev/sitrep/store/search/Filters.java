package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.store.StoreAnalyzer;
import java.time.LocalDate;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Filter clauses shared by the searches: they select documents and leave scores alone. */
final class Filters {
    private static final QueryBuilder PHRASES = new QueryBuilder(StoreAnalyzer.get());

    private Filters() {
    }

    static Query type(String type) {
        return new TermQuery(new Term(TYPE, type));
    }

    /** Published between two days, both included; null ends are open. */
    static Query published(LocalDate from, LocalDate to) {
        return LongField.newRangeQuery(PUBLISHED, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    /** The publisher exactly (any case), or a phrase of its name ("Politico" finds "Politico Europe"). */
    static Query publisher(String name) {
        return anyOf(new TermQuery(new Term(PUBLISHER_KEY, key(name))), PHRASES.createPhraseQuery(PUBLISHER, name));
    }

    /** Articles that mention an entity, given by id, canonical name, alias or a phrase of a name. */
    static Query entity(String nameOrId) {
        return anyOf(new TermQuery(new Term(ENTITY_ID, nameOrId.strip())),
                new TermQuery(new Term(ENTITY_KEY, key(nameOrId))), PHRASES.createPhraseQuery(ENTITY, nameOrId));
    }

    /** Quotes by a speaker, given by id, canonical name, alias or a phrase of a name ("Rutte"). */
    static Query speaker(String nameOrId) {
        return anyOf(new TermQuery(new Term(SPEAKER_ID, nameOrId.strip())),
                new TermQuery(new Term(SPEAKER_KEY, key(nameOrId))), PHRASES.createPhraseQuery(SPEAKER_TEXT, nameOrId));
    }

    /** Adds a filter on a keyword field's exact value, when there is one. */
    static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** Matches when any clause does; null clauses (a phrase of stop words only) are left out. */
    static Query anyOf(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            if (q != null) {
                b.add(q, Occur.SHOULD);
            }
        }
        return b.build();
    }
}
