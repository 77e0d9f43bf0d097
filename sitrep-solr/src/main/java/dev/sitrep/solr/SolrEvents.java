package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.query.EventGroups;
import dev.sitrep.query.EventGroups.Loaded;
import dev.sitrep.query.EventGroups.Row;
import dev.sitrep.query.EventPage;
import dev.sitrep.query.EventRequest;
import dev.sitrep.query.EventRequest.ActorRole;
import dev.sitrep.query.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

/**
 * Event listings as on the embedded store: every matching event document's small fields read by cursor, grouped
 * into events and counted by the shared {@link EventGroups}, and the stored event read only for the page's reports.
 */
final class SolrEvents {
    /** Event documents read by one cursor request. */
    static final int CURSOR_PAGE = 5_000;
    private static final String[] ROW_FIELDS = {SolrFields.ID, EVENT_KEY, EVENT_TYPE, ARTICLE, PUBLISHER_DV, PUBLISHED,
            EVENT_ACTORS_DV};
    private static final String[] REPORT_FIELDS = {EVENT_JSON, TITLE, URL, PUBLISHER_DV, PUBLISHED,
            PUBLISHED_INFERRED};

    private final SolrCollection solr;

    SolrEvents(SolrCollection solr) {
        this.solr = solr;
    }

    EventPage page(EventRequest r, int offset) throws IOException {
        Page.check(offset, r.limit());
        SolrQuery q = SolrQueries.ofType(TYPE_EVENT);
        if (r.actor() != null) {
            List<String> fields = r.role() == ActorRole.SOURCE ? List.of(EVENT_SOURCE)
                    : r.role() == ActorRole.TARGET ? List.of(EVENT_TARGET) : List.of(EVENT_SOURCE, EVENT_TARGET);
            List<String[]> clauses = new ArrayList<>();
            for (String f : fields) {
                clauses.add(new String[] {"term", f, r.actor().strip()});
                clauses.add(new String[] {"term", f, key(r.actor())});
            }
            SolrQueries.anyOf(q, "act", clauses.toArray(String[][]::new));
        }
        if (r.type() != null) {
            SolrQueries.term(q, EVENT_TYPE, r.type());
        }
        SolrQueries.published(q, r.from(), r.to());
        if (r.publisher() != null) {
            SolrQueries.publisher(q, r.publisher());
        }
        SolrQueries.words(q, r.q(), EVENT_TEXT);
        q.setFields(ROW_FIELDS);
        List<Row> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try {
            solr.forEach(q, CURSOR_PAGE, d -> {
                rows.add(new Row(ids.size(), (String) d.getFieldValue(EVENT_KEY),
                        d.getFieldValue(PUBLISHED) instanceof Number n ? n.longValue() : EventGroups.UNDATED,
                        (String) d.getFieldValue(EVENT_TYPE), (String) d.getFieldValue(ARTICLE),
                        (String) d.getFieldValue(PUBLISHER_DV), strings(d.getFieldValues(EVENT_ACTORS_DV))));
                ids.add((String) d.getFieldValue(SolrFields.ID));
            });
        } catch (SolrException e) {
            throw SolrQueries.refused(r.q(), e);
        }
        List<EventGroups.Group> groups = EventGroups.group(rows, r.order());
        return EventGroups.page(groups, offset, r.limit(), row -> load(ids.get(row.ref())));
    }

    private Loaded load(String id) throws IOException {
        SolrQuery q = SolrQueries.ofType(TYPE_EVENT);
        SolrQueries.term(q, SolrFields.ID, id);
        q.setFields(REPORT_FIELDS);
        q.setRows(1);
        SolrDocument d = solr.query(q).getResults().get(0);
        return new Loaded(ArticleJson.mapper().readTree((String) d.getFieldValue(EVENT_JSON)),
                (String) d.getFieldValue(TITLE), (String) d.getFieldValue(URL), (String) d.getFieldValue(PUBLISHER_DV),
                SolrStatements.day(d), d.getFieldValue(PUBLISHED_INFERRED) != null);
    }

    private static List<String> strings(Collection<Object> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }
}
