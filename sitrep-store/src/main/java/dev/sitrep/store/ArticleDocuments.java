package dev.sitrep.store;

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
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns one article into its Lucene documents: the article itself, one per entity, one per quote (see
 * {@link StoreFields} for the layout). The article document comes first in the list.
 */
final class ArticleDocuments {
    /** Body text: analysed, stored for the highlighter, with offsets in the postings so it need not re-analyse. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private ArticleDocuments() {
    }

    static List<Document> of(Article a) {
        return of(a, null, Arrival.UNKNOWN);
    }

    /**
     * The fingerprint stored beside an article: read back, or computed again from the article's text when an
     * earlier Sitrep stored it under another hashing scheme ({@link Fingerprint#SCHEME}).
     */
    static Fingerprint storedFingerprint(BytesRef bytes, org.apache.lucene.util.IOSupplier<String> text)
            throws java.io.IOException {
        Fingerprint fp = Fingerprint.fromBytes(bytes.bytes, bytes.offset, bytes.length);
        return fp != null ? fp : new dev.sitrep.dedup.Fingerprinter().of(text.get());
    }

    /** The documents of an article, its fingerprint (when given) kept as doc values for the copy check. */
    static List<Document> of(Article a, Fingerprint fingerprint, Arrival arrival) {
        List<Document> docs = new ArrayList<>(1 + a.entities().size() + a.quotes().size());
        Document article = article(a);
        if (arrival.order() >= 0) {
            article.add(new NumericDocValuesField(ARRIVAL, arrival.order()));
            article.add(new StoredField(ARRIVAL, arrival.order()));
            article.add(new NumericDocValuesField(STORY_VIA_COPY, arrival.storyViaCopy() ? 1 : 0));
            article.add(new StoredField(STORY_VIA_COPY, arrival.storyViaCopy() ? 1 : 0));
        }
        if (fingerprint != null) {
            article.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(fingerprint.toBytes())));
        }
        if (a.duplicateOf() != null) {
            article.add(new StringField(DUPLICATE_OF, a.duplicateOf(), Field.Store.NO));
        }
        docs.add(article);
        for (Entity e : a.entities()) {
            docs.add(entity(a, e));
        }
        for (Quote q : a.quotes()) {
            docs.add(quote(a, q));
        }
        for (ReportedEvent e : a.events()) {
            docs.add(event(a, e));
        }
        return docs;
    }

    private static Document article(Article a) {
        Document d = common(a, TYPE_ARTICLE);
        d.add(new SortedDocValuesField(ARTICLE_DV, new BytesRef(a.id())));
        if (a.title() != null) {
            d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        d.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
        languageAndFlags(a, d);
        for (Entity e : a.entities()) {
            d.add(new StringField(ENTITY_ID, e.id(), Field.Store.NO));
            d.add(new SortedSetDocValuesField(ENTITY_IDS_DV, new BytesRef(e.id())));
            for (String name : names(e)) {
                d.add(new TextField(ENTITY, name, Field.Store.NO));
                d.add(new StringField(ENTITY_KEY, key(name), Field.Store.NO));
            }
        }
        d.add(new StoredField(JSON, ArticleJson.toLine(a)));
        d.add(new StringField(COPY_GROUP, copyGroup(a), Field.Store.YES));
        return d;
    }

    private static Document entity(Article a, Entity e) {
        Document d = common(a, TYPE_ENTITY);
        d.add(new StringField(ENTITY_ID, e.id(), Field.Store.YES));
        d.add(new StoredField(ENTITY_NAME, e.name()));
        d.add(new SortedDocValuesField(ENTITY_NAME, new BytesRef(e.name())));
        d.add(new StoredField(ENTITY_TYPE, e.type().name()));
        d.add(new LongField(MENTIONS, e.mentions(), Field.Store.YES));
        d.add(new SortedDocValuesField(ENTITY_ID_DV, new BytesRef(e.id())));
        d.add(new StringField(ENTITY_TYPE_KEY, e.type().name(), Field.Store.NO));
        for (String name : names(e)) {
            d.add(new TextField(ENTITY, name, Field.Store.NO));
            d.add(new StringField(ENTITY_KEY, key(name), Field.Store.NO));
            d.add(new SortedSetDocValuesField(ENTITY_NAMES_DV, new BytesRef(name)));
        }
        return d;
    }

    private static Document quote(Article a, Quote q) {
        Document d = common(a, TYPE_QUOTE);
        d.add(new TextField(QUOTE, q.text(), Field.Store.YES));
        d.add(new TextField(QUOTE_CONTEXT, QuoteContext.of(a.text(), q), Field.Store.NO));
        if (a.title() != null) {
            // Same schema as on article documents: Lucene requires one schema per field name.
            d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        if (a.url() != null) {
            d.add(new StoredField(URL, a.url()));
        }
        if (q.speakerId() != null) {
            d.add(new StringField(SPEAKER_ID, q.speakerId(), Field.Store.YES));
            d.add(new SortedDocValuesField(SPEAKER_ID, new BytesRef(q.speakerId())));
        }
        if (q.speaker() != null) {
            d.add(new StoredField(SPEAKER, q.speaker()));
        }
        for (String name : speakerNames(a, q)) {
            d.add(new StringField(SPEAKER_KEY, key(name), Field.Store.NO));
            d.add(new TextField(SPEAKER_TEXT, name, Field.Store.NO));
        }
        if (q.cue() != null) {
            d.add(new StoredField(CUE, q.cue()));
        }
        d.add(new StoredField(KIND, q.kind().name()));
        String stances = stancesJson(q);
        if (stances != null) {
            d.add(new StoredField(QUOTE_STANCES, stances));
        }
        for (String k : stanceKeys(q)) {
            d.add(new StringField(QUOTE_STANCE, k, Field.Store.NO));
            if (k.indexOf(':') > 0) {
                d.add(new SortedSetDocValuesField(QUOTE_STANCE, new BytesRef(k)));
            }
        }
        languageAndFlags(a, d);
        d.add(new StoredField(START, q.start()));
        d.add(new StoredField(END, q.end()));
        d.add(new StringField(COPY_GROUP, copyGroup(a), Field.Store.YES));
        for (Flag f : a.flagsInOrder()) {
            d.add(new StoredField(ARTICLE_FLAGS, f.label()));
        }
        return d;
    }

    private static Document event(Article a, ReportedEvent e) {
        Document d = common(a, TYPE_EVENT);
        d.add(new StringField(EVENT_TYPE, e.type(), Field.Store.NO));
        d.add(new SortedDocValuesField(EVENT_TYPE, new BytesRef(e.type())));
        d.add(new SortedDocValuesField(EVENT_KEY, new BytesRef(EventFields.groupKey(a, e))));
        d.add(new SortedDocValuesField(EVENT_ARTICLE, new BytesRef(a.id())));
        for (String k : EventFields.actorKeys(e.sources())) {
            d.add(new StringField(EVENT_SOURCE, k, Field.Store.NO));
        }
        for (String k : EventFields.actorKeys(e.targets())) {
            d.add(new StringField(EVENT_TARGET, k, Field.Store.NO));
        }
        for (String name : EventFields.names(e)) {
            d.add(new SortedSetDocValuesField(EVENT_ACTORS_DV, new BytesRef(name)));
        }
        d.add(new TextField(EVENT_TEXT, EventFields.sentence(a, e), Field.Store.NO));
        d.add(new StoredField(EVENT_JSON, EventFields.toJson(a, e)));
        if (a.title() != null) {
            d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        if (a.url() != null) {
            d.add(new StoredField(URL, a.url()));
        }
        return d;
    }

    /** The article's language and flags, as keywords to filter by and doc values to count by. */
    private static void languageAndFlags(Article a, Document d) {
        if (a.language() != null) {
            String language = a.language().toLowerCase(Locale.ROOT);
            d.add(new StringField(LANGUAGE, language, Field.Store.NO));
            d.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language)));
        }
        for (Flag f : a.flagsInOrder()) {
            d.add(new StringField(FLAG, f.label(), Field.Store.NO));
            d.add(new SortedSetDocValuesField(FLAG, new BytesRef(f.label())));
        }
    }

    /** The fields every kind carries: type, article id, publisher, date. */
    private static Document common(Article a, String type) {
        Document d = new Document();
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        if (a.publisher() != null) {
            d.add(new TextField(PUBLISHER, a.publisher(), Field.Store.NO));
            d.add(new StringField(PUBLISHER_KEY, key(a.publisher()), Field.Store.NO));
            d.add(new SortedDocValuesField(PUBLISHER_DV, new BytesRef(a.publisher())));
            d.add(new StoredField(PUBLISHER_DV, a.publisher()));
        }
        if (a.published() != null) {
            d.add(new LongField(PUBLISHED, a.published().toEpochDay(), Field.Store.YES));
            if (a.publishedInferred() != null) {
                d.add(new StringField(PUBLISHED_INFERRED, "true", Field.Store.YES));
            }
        }
        if (a.story() != null) {
            d.add(new StringField(STORY, a.story(), Field.Store.YES));
            d.add(new SortedDocValuesField(STORY, new BytesRef(a.story())));
        }
        d.add(new StringField(ORIGINAL, Boolean.toString(a.duplicateOf() == null), Field.Store.NO));
        return d;
    }


    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
