package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Flag;
import dev.sitrep.model.Quote;
import dev.sitrep.model.ReportedEvent;
import dev.sitrep.quotes.QuoteContext;
import dev.sitrep.stores.Collation.Arrival;
import dev.sitrep.stores.EventFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns one article into its Solr documents, field for field as the embedded store indexes it
 * ({@link dev.sitrep.stores.StoreFields}): the article, one per entity, one per quote. Ids are deterministic —
 * {@code <article>!a}, {@code <article>!e<n>}, {@code <article>!q<n>} — so that sending an article again
 * replaces its documents instead of adding more, and the compositeId router puts all of them on the shard the
 * article id hashes to.
 */
final class SolrDocuments {
    private SolrDocuments() {
    }

    /** The routing prefix of an article's documents: its id, with the router's separator escaped. */
    static String route(String articleId) {
        return articleId.replace("%", "%25").replace("!", "%21");
    }

    /** The id of an article's own document. */
    static String articleDocId(String articleId) {
        return route(articleId) + "!a";
    }

    /** The documents of an article, the article first, with what the store's memory needs beside it. */
    static List<SolrInputDocument> of(Article a, Fingerprint fingerprint, Arrival arrival) {
        List<SolrInputDocument> docs = new ArrayList<>(1 + a.entities().size() + a.quotes().size());
        SolrInputDocument article = common(a, TYPE_ARTICLE, articleDocId(a.id()));
        if (arrival.order() >= 0) {
            article.addField(ARRIVAL, arrival.order());
            article.addField(STORY_VIA_COPY, arrival.storyViaCopy() ? 1 : 0);
        }
        if (fingerprint != null) {
            article.addField(FINGERPRINT, fingerprint.toBytes());
        }
        if (a.duplicateOf() != null) {
            article.addField(DUPLICATE_OF, a.duplicateOf());
        }
        if (a.title() != null) {
            article.addField(TITLE, a.title());
        }
        article.addField(TEXT, a.text());
        languageAndFlags(a, article);
        for (Entity e : a.entities()) {
            article.addField(ENTITY_ID, e.id());
            for (String name : names(e)) {
                article.addField(ENTITY, name);
                article.addField(ENTITY_KEY, key(name));
            }
        }
        article.addField(JSON, ArticleJson.toLine(a));
        docs.add(article);
        int n = 0;
        for (Entity e : a.entities()) {
            docs.add(entity(a, e, n++));
        }
        n = 0;
        for (Quote q : a.quotes()) {
            docs.add(quote(a, q, n++));
        }
        n = 0;
        for (ReportedEvent e : a.events()) {
            docs.add(event(a, e, n++));
        }
        return docs;
    }

    private static SolrInputDocument entity(Article a, Entity e, int n) {
        SolrInputDocument d = common(a, TYPE_ENTITY, route(a.id()) + "!e" + n);
        d.addField(ENTITY_ID, e.id());
        d.addField(ENTITY_ID_DV, e.id());
        d.addField(ENTITY_NAME, e.name());
        d.addField(ENTITY_TYPE, e.type().name());
        d.addField(MENTIONS, (long) e.mentions());
        d.addField(ENTITY_TYPE_KEY, e.type().name());
        for (String name : names(e)) {
            d.addField(ENTITY, name);
            d.addField(ENTITY_KEY, key(name));
            d.addField(SolrFields.ENTITY_NAMES, name);
        }
        return d;
    }

    private static SolrInputDocument quote(Article a, Quote q, int n) {
        SolrInputDocument d = common(a, TYPE_QUOTE, route(a.id()) + "!q" + n);
        d.addField(QUOTE, q.text());
        d.addField(QUOTE_CONTEXT, QuoteContext.of(a.text(), q));
        if (a.title() != null) {
            d.addField(TITLE, a.title());
        }
        if (a.url() != null) {
            d.addField(URL, a.url());
        }
        if (q.speakerId() != null) {
            d.addField(SPEAKER_ID, q.speakerId());
        }
        if (q.speaker() != null) {
            d.addField(SPEAKER, q.speaker());
        }
        for (String name : speakerNames(a, q)) {
            d.addField(SPEAKER_KEY, key(name));
            d.addField(SPEAKER_TEXT, name);
        }
        if (q.cue() != null) {
            d.addField(CUE, q.cue());
        }
        d.addField(KIND, q.kind().name());
        String stances = stancesJson(q);
        if (stances != null) {
            d.addField(QUOTE_STANCES, stances);
        }
        for (String k : stanceKeys(q)) {
            d.addField(QUOTE_STANCE, k);
            if (k.indexOf(':') > 0) {
                d.addField(SolrFields.QUOTE_STANCE_DV, k);
            }
        }
        languageAndFlags(a, d);
        d.addField(START, q.start());
        d.addField(END, q.end());
        for (Flag f : a.flagsInOrder()) {
            d.addField(ARTICLE_FLAGS, f.label());
        }
        return d;
    }

    /** The article's language and flags, to filter and count by (article and quote documents). */
    private static void languageAndFlags(Article a, SolrInputDocument d) {
        if (a.language() != null) {
            d.addField(LANGUAGE, a.language().toLowerCase(Locale.ROOT));
        }
        for (Flag f : a.flagsInOrder()) {
            d.addField(FLAG, f.label());
        }
    }

    private static SolrInputDocument event(Article a, ReportedEvent e, int n) {
        // Numbered with zeros in front, so that a cursor (sorted by id) reads an article's events in text order.
        SolrInputDocument d = common(a, TYPE_EVENT, route(a.id()) + "!v" + String.format(Locale.ROOT, "%05d", n));
        d.addField(EVENT_TYPE, e.type());
        d.addField(EVENT_KEY, EventFields.groupKey(a, e));
        EventFields.actorKeys(e.sources()).forEach(k -> d.addField(EVENT_SOURCE, k));
        EventFields.actorKeys(e.targets()).forEach(k -> d.addField(EVENT_TARGET, k));
        EventFields.names(e).forEach(name -> d.addField(EVENT_ACTORS_DV, name));
        d.addField(EVENT_TEXT, EventFields.sentence(a, e));
        d.addField(EVENT_JSON, EventFields.toJson(a, e));
        if (a.title() != null) {
            d.addField(TITLE, a.title());
        }
        if (a.url() != null) {
            d.addField(URL, a.url());
        }
        return d;
    }

    /** The fields every kind carries: id, type, article id, publisher, date, story, copy group. */
    private static SolrInputDocument common(Article a, String type, String id) {
        SolrInputDocument d = new SolrInputDocument();
        d.addField(SolrFields.ID, id);
        d.addField(TYPE, type);
        d.addField(ARTICLE, a.id());
        if (a.publisher() != null) {
            d.addField(PUBLISHER, a.publisher());
            d.addField(PUBLISHER_KEY, key(a.publisher()));
            d.addField(PUBLISHER_DV, a.publisher());
        }
        if (a.published() != null) {
            d.addField(PUBLISHED, a.published().toEpochDay());
            if (a.publishedInferred() != null) {
                d.addField(PUBLISHED_INFERRED, "true");
            }
        }
        if (a.story() != null) {
            d.addField(STORY, a.story());
        }
        d.addField(ORIGINAL, Boolean.toString(a.duplicateOf() == null));
        d.addField(COPY_GROUP, copyGroup(a));
        return d;
    }

}
