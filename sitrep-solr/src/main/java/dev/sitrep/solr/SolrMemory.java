package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stores.Collation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Replays a collection's articles into a {@link Collation}: a first pass reads what the copy memory needs of every
 * article (id, day, fingerprint, arrival) with a cursor, small fields only; the story memory then reads whole
 * articles in replay order, a page of ids at a time, so memory holds one page of article texts, not the store.
 */
final class SolrMemory {
    private SolrMemory() {
    }

    static Collation load(SolrCollection collection, int page) throws IOException {
        List<Collation.Stored> stored = new ArrayList<>();
        List<String> order = new ArrayList<>();
        Map<String, Article> ahead = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*")
                .addFilterQuery(TYPE + ":" + TYPE_ARTICLE)
                .setFields(ARTICLE, PUBLISHED, FINGERPRINT, ARRIVAL, STORY_VIA_COPY, STORY);
        collection.forEach(q, page, d -> {
            String id = (String) d.getFieldValue(ARTICLE);
            Object day = d.getFieldValue(PUBLISHED);
            // Written without a fingerprint only by a foreign writer: computed again from the text.
            var fp = SolrStoreWriter.fingerprint(d, d.getFieldValue(FINGERPRINT) == null ? read(collection, id)
                    : null);
            stored.add(new Collation.Stored(id, day instanceof Number n ? LocalDate.ofEpochDay(n.longValue()) : null,
                    fp, SolrStoreWriter.arrival(d), (String) d.getFieldValue(STORY),
                    () -> next(collection, id, order, ahead, page)));
        });
        List<Collation.Stored> sorted = new ArrayList<>(stored);
        sorted.sort(Collation.REPLAY_ORDER);
        sorted.stream().filter(s -> s.story() != null).forEach(s -> order.add(s.id()));
        return Collation.replay(stored);
    }

    /**
     * The article {@code id}, read with the next page of ids in replay order when it is not read yet. Articles are
     * asked for in replay order, so each page is read once.
     */
    private static Article next(SolrCollection collection, String id, List<String> order, Map<String, Article> ahead,
                                int page) throws IOException {
        Article a = ahead.remove(id);
        if (a != null) {
            return a;
        }
        int at = order.indexOf(id);
        List<String> ids = at < 0 ? List.of(id) : order.subList(at, Math.min(order.size(), at + page));
        // A query sent as a POST body: a page of ids does not fit in a URL, as a real-time get would send it.
        SolrQuery q = SolrQueries.ofType(TYPE_ARTICLE);
        SolrQueries.terms(q, ARTICLE, ids);
        q.setFields(JSON);
        q.setRows(ids.size());
        for (SolrDocument d : collection.query(q).getResults()) {
            Article read = ArticleJson.fromLine((String) d.getFieldValue(JSON));
            ahead.put(read.id(), read);
        }
        if (at >= 0) {
            order.subList(0, at).clear();
        }
        a = ahead.remove(id);
        if (a == null) {
            throw new IOException(collection.location() + ": article " + id + " vanished while its memory was read");
        }
        return a;
    }

    private static Article read(SolrCollection collection, String id) throws IOException {
        SolrDocument d = collection.retry().run("reading " + id + " from " + collection.location(),
                () -> collection.client().getById(collection.location().collection(), SolrDocuments.articleDocId(id)));
        return ArticleJson.fromLine((String) d.getFieldValue(JSON));
    }
}
