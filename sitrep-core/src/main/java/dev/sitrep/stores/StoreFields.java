package dev.sitrep.stores;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Quote;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Field names and document types of a store, shared by its writers and queries and by both backends: the
 * embedded Lucene index and a SolrCloud collection (whose {@code schema.xml} declares the same fields).
 *
 * <p>One index holds four kinds of documents, told apart by {@link #TYPE}: an article, one document per
 * entity of an article, one per quote, one per event. One index (rather than three) because an article and its entities
 * and quotes are then added in one {@code addDocuments} call and made durable by one commit: a crash never
 * leaves quotes without their article. Every document carries {@link #ARTICLE} (the article id), so the
 * kinds join on it. In SolrCloud the kinds of one article share a routing prefix and so a shard.
 */
public final class StoreFields {
    public static final String TYPE = "type";
    public static final String TYPE_ARTICLE = "article";
    public static final String TYPE_ENTITY = "entity";
    public static final String TYPE_QUOTE = "quote";
    public static final String TYPE_EVENT = "event";

    /** The article id, on every document kind; stored. */
    public static final String ARTICLE = "article";
    /** The article id as sorted doc values, article documents only: ids of many hits without stored fields. */
    public static final String ARTICLE_DV = "article_dv";
    /** The article's JSON Lines object ({@code ArticleJson.toLine}); stored, article documents only. */
    public static final String JSON = "json";
    /** Article documents: the copy-check fingerprint ({@code dev.sitrep.dedup.Fingerprint#toBytes}), binary doc values. */
    public static final String FINGERPRINT = "fingerprint";
    /**
     * Article documents: the order in which the store took the article (numeric doc values and stored), so that
     * a reopened store replays its copy and story memory exactly as it was built.
     */
    public static final String ARRIVAL = "arrival";
    /** Article documents: 1 when the story came from the article's original alone, unscored (numeric doc values). */
    public static final String STORY_VIA_COPY = "story_via_copy";
    /** Article and quote documents: the story id (keyword, sorted doc values). */
    public static final String STORY = "story";
    /** Article documents: id of the earliest known copy, when the article is a copy (keyword). */
    public static final String DUPLICATE_OF = "duplicate_of";
    /**
     * Article and quote documents: the copy group, the id of the group's original ({@code duplicateOf}, or the
     * article's own id when it is the original); keyword, stored. Queries count a statement quoted by every copy
     * of one article once.
     */
    public static final String COPY_GROUP = "copy_group";
    /** Quote documents: the labels of the article's flags (stored only), so a copy's source says it was spun. */
    public static final String ARTICLE_FLAGS = "article_flags";
    /** Article and quote documents: "true" when the article is an original, so that queries count a story once. */
    public static final String ORIGINAL = "original";
    /** Title, analysed. */
    public static final String TITLE = "title";
    /** Body text, analysed, stored, indexed with offsets for highlighting. */
    public static final String TEXT = "text";
    /** Publisher, analysed. */
    public static final String PUBLISHER = "publisher";
    /** Publisher, lower-cased keyword for exact filters. */
    public static final String PUBLISHER_KEY = "publisher_key";
    /** Publisher as given, doc values for grouping; also stored on quote documents. */
    public static final String PUBLISHER_DV = "publisher_dv";
    /** Publication date as epoch day: points, sorted doc values, stored. */
    public static final String PUBLISHED = "published";
    /** "true" on the documents of an article whose date was inferred from its text, keyword. */
    public static final String PUBLISHED_INFERRED = "published_inferred";
    /** Article and quote documents: the article's language code, lower case (keyword, sorted doc values). */
    public static final String LANGUAGE = "language";
    /** Article and quote documents: the article's flag labels ("mojibake-repaired"), keywords and sorted-set doc values. */
    public static final String FLAG = "flag";
    /** Entity ids (article documents: all of the article's entities; entity documents: the one). */
    public static final String ENTITY_ID = "entity_id";
    /** Entity documents: the entity id as sorted doc values, to count by entity without reading stored fields. */
    public static final String ENTITY_ID_DV = "entity_id_dv";
    /** Article documents: all of the article's entity ids as sorted-set doc values, to count co-mentions. */
    public static final String ENTITY_IDS_DV = "entity_ids_dv";
    /** Entity documents: canonical name and aliases as sorted-set doc values (a profile's aliases). */
    public static final String ENTITY_NAMES_DV = "entity_names_dv";
    /** Entity documents: the type name, keyword, for type filters. */
    public static final String ENTITY_TYPE_KEY = "entity_type_key";
    /** Entity names and aliases, analysed (article and entity documents). */
    public static final String ENTITY = "entity";
    /** Entity names and aliases, lower-cased keywords (article and entity documents). */
    public static final String ENTITY_KEY = "entity_key";
    /** Entity documents: canonical name (stored, sorted doc values), type (stored) and mention count (stored, doc values). */
    public static final String ENTITY_NAME = "entity_name";
    public static final String ENTITY_TYPE = "entity_type";
    public static final String MENTIONS = "mentions";
    /** Quote documents: the words, analysed and stored. */
    public static final String QUOTE = "quote";
    /**
     * Quote documents: the sentences around the quote in its paragraph (lead-in and attribution), analysed, not
     * stored; with {@link #QUOTE} and {@link #TITLE} what a topic query over quotes matches. Stores written
     * before it existed lack it: their topic queries match the quote and its article's title only.
     */
    public static final String QUOTE_CONTEXT = "quote_context";
    /** Quote documents: speaker id (keyword, stored, sorted doc values), canonical name (stored), names and aliases (lower-cased keywords). */
    public static final String SPEAKER_ID = "speaker_id";
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_KEY = "speaker_key";
    /** Quote documents: speaker names and aliases, analysed, so that "Rutte" finds "Mark Rutte". */
    public static final String SPEAKER_TEXT = "speaker_text";
    public static final String CUE = "cue";
    public static final String KIND = "kind";
    /** Quote documents: offsets of the quote in its article, and the article title (stored). */
    public static final String START = "start";
    /** Quote documents: the article's address (stored), so that a quote links to its source. */
    public static final String URL = "url";
    public static final String END = "end";
    /** Quote documents: the statement's stances ({@code ArticleJson#writeStances}), stored as JSON. */
    public static final String QUOTE_STANCES = "quote_stances";
    /** Quote documents: each issue the statement speaks to, and "issue:stance", keywords; "issue:stance" also as sorted-set doc values. */
    public static final String QUOTE_STANCE = "quote_stance";
    /** Event documents: the PLOVER type, keyword and sorted doc values. */
    public static final String EVENT_TYPE = "event_type";
    /** Event documents: the article id, sorted doc values, to count the articles reporting an event. */
    public static final String EVENT_ARTICLE = "event_article";
    /** Event documents: keys of the sources ({@link EventFields#actorKeys}), keywords. */
    public static final String EVENT_SOURCE = "event_source";
    /** Event documents: keys of the targets, keywords. */
    public static final String EVENT_TARGET = "event_target";
    /** Event documents: the actors' names to count by, sorted-set doc values. */
    public static final String EVENT_ACTORS_DV = "event_actors_dv";
    /** Event documents: what tells one event from another ({@link EventFields#groupKey}), sorted doc values. */
    public static final String EVENT_KEY = "event_key";
    /** Event documents: the sentence, analysed, for words searched in it. */
    public static final String EVENT_TEXT = "event_text";
    /** Event documents: the event and its sentence as JSON ({@link EventFields#toJson}), stored. */
    public static final String EVENT_JSON = "event_json";

    private StoreFields() {
    }

    /** An entity's canonical name and its aliases, each once, canonical first: what the name fields hold. */
    public static Set<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.name());
        names.addAll(e.aliases());
        return names;
    }

    /** A quote's speaker name and, when the article knows the speaker as an entity, its names. */
    public static Set<String> speakerNames(Article a, Quote q) {
        Set<String> names = new LinkedHashSet<>();
        if (q.speaker() != null) {
            names.add(q.speaker());
        }
        for (Entity e : a.entities()) {
            if (e.id().equals(q.speakerId())) {
                names.addAll(names(e));
            }
        }
        return names;
    }

    /** The keywords a statement's stances are found by: each issue's id, and "id:stance". */
    public static Set<String> stanceKeys(Quote q) {
        Set<String> keys = new LinkedHashSet<>();
        for (Quote.IssueStance s : q.stances()) {
            keys.add(s.issue());
            keys.add(s.issue() + ":" + s.stance());
        }
        return keys;
    }

    /** A statement's stances as stored, or null when it has none. */
    public static String stancesJson(Quote q) {
        if (q.stances().isEmpty()) {
            return null;
        }
        com.fasterxml.jackson.databind.node.ArrayNode a = dev.sitrep.json.ArticleJson.mapper().createArrayNode();
        dev.sitrep.json.ArticleJson.writeStances(a, q.stances());
        return a.toString();
    }

    /** The stances {@link #stancesJson} stored; empty for null. */
    public static java.util.List<Quote.IssueStance> stances(String json) {
        if (json == null || json.isEmpty()) {
            return java.util.List.of();
        }
        try {
            return dev.sitrep.json.ArticleJson.readStances(dev.sitrep.json.ArticleJson.mapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored stances do not parse: " + json, e);
        }
    }

    /** The id of an article's copy group: its original's, or its own when it is the original. */
    public static String copyGroup(Article a) {
        return a.duplicateOf() != null ? a.duplicateOf() : a.id();
    }

    /** The form of a name or publisher that keyword fields hold and filters compare: trimmed, lower case. */
    public static String key(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
