package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.query.EventGroups;
import dev.sitrep.query.EventGroups.Loaded;
import dev.sitrep.query.EventGroups.Row;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.EventRequest.ActorRole;
import dev.sitrep.query.Page;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Event listing over the event documents: the matches' keys, days, types, articles, publishers and actor names
 * are read from doc values ({@link EventGroups.Row}), grouped into events, counted, and only the page's reports
 * read from stored fields.
 */
final class EventSearch {
    private EventSearch() {
    }

    static EventPage page(IndexSearcher searcher, EventRequest r, int offset) throws IOException {
        Page.check(offset, r.limit());
        EventPage counted = EventCounting.page(searcher, query(r), r.order(), offset, r.limit(),
                row -> load(searcher, row.ref()));
        return counted != null ? counted : byRows(searcher, r, offset);
    }

    /**
     * The same page through {@link EventGroups}' rows, one object and a few strings per report: for a view past
     * {@link EventCounting}'s packing bounds.
     */
    static EventPage byRows(IndexSearcher searcher, EventRequest r, int offset) throws IOException {
        List<Row> rows = new ArrayList<>();
        DocVisits.forEach(searcher, query(r), ctx -> {
            int base = ctx.docBase;
            SortedDocValues keys = DocValues.getSorted(ctx.reader(), EVENT_KEY);
            SortedDocValues types = DocValues.getSorted(ctx.reader(), EVENT_TYPE);
            SortedDocValues articles = DocValues.getSorted(ctx.reader(), EVENT_ARTICLE);
            SortedDocValues publishers = DocValues.getSorted(ctx.reader(), PUBLISHER_DV);
            SortedNumericDocValues days = DocValues.getSortedNumeric(ctx.reader(), PUBLISHED);
            SortedSetDocValues names = DocValues.getSortedSet(ctx.reader(), EVENT_ACTORS_DV);
            // Each value is decoded once per segment, however many matches share it.
            Strings keyText = new Strings(keys);
            Strings typeText = new Strings(types);
            Strings articleText = new Strings(articles);
            Strings publisherText = new Strings(publishers);
            String[] nameText = new String[(int) Math.min(Integer.MAX_VALUE, names.getValueCount())];
            return doc -> {
                List<String> actorNames = List.of();
                if (names.advanceExact(doc)) {
                    actorNames = new ArrayList<>(names.docValueCount());
                    for (int i = 0; i < names.docValueCount(); i++) {
                        int ord = (int) names.nextOrd();
                        if (nameText[ord] == null) {
                            nameText[ord] = names.lookupOrd(ord).utf8ToString();
                        }
                        actorNames.add(nameText[ord]);
                    }
                }
                rows.add(new Row(base + doc, keyText.of(doc), days.advanceExact(doc) ? days.nextValue()
                        : EventGroups.UNDATED, typeText.of(doc), articleText.of(doc), publisherText.of(doc),
                        actorNames));
            };
        });
        List<EventGroups.Group> groups = EventGroups.group(rows, r.order());
        return EventGroups.page(groups, offset, r.limit(), row -> load(searcher, row.ref()));
    }

    /** A segment's sorted doc values as strings, each ordinal decoded once. */
    private static final class Strings {
        private final SortedDocValues dv;
        private final String[] byOrd;

        Strings(SortedDocValues dv) {
            this.dv = dv;
            this.byOrd = new String[dv.getValueCount()];
        }

        String of(int doc) throws IOException {
            if (!dv.advanceExact(doc)) {
                return null;
            }
            int ord = dv.ordValue();
            String s = byOrd[ord];
            if (s == null) {
                s = dv.lookupOrd(ord).utf8ToString();
                byOrd[ord] = s;
            }
            return s;
        }
    }

    private static Loaded load(IndexSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc);
        JsonNode event = ArticleJson.mapper().readTree(d.get(EVENT_JSON));
        var day = d.getField(PUBLISHED);
        return new Loaded(event, d.get(TITLE), d.get(URL), d.get(PUBLISHER_DV),
                day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()),
                d.get(PUBLISHED_INFERRED) != null);
    }

    static Query query(EventRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(Filters.type(TYPE_EVENT), Occur.FILTER);
        if (r.actor() != null) {
            b.add(actor(r.actor(), r.role()), Occur.FILTER);
        }
        if (r.type() != null) {
            b.add(new TermQuery(new Term(EVENT_TYPE, r.type())), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            b.add(Filters.published(r.from(), r.to()), Occur.FILTER);
        }
        if (r.publisher() != null) {
            b.add(Filters.publisher(r.publisher()), Occur.FILTER);
        }
        if (r.q() != null) {
            b.add(QueryParsing.field(EVENT_TEXT, r.q()), Occur.FILTER);
        }
        return b.build();
    }

    /** The actor by entity id or by the key of a name, in the fields its role allows. */
    private static Query actor(String actor, ActorRole role) {
        List<Query> clauses = new ArrayList<>();
        for (String field : role == ActorRole.SOURCE ? List.of(EVENT_SOURCE)
                : role == ActorRole.TARGET ? List.of(EVENT_TARGET) : List.of(EVENT_SOURCE, EVENT_TARGET)) {
            clauses.add(new TermQuery(new Term(field, actor.strip())));
            clauses.add(new TermQuery(new Term(field, key(actor))));
        }
        return Filters.anyOf(clauses.toArray(Query[]::new));
    }
}
