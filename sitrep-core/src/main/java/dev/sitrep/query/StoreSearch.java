package dev.sitrep.query;

import dev.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reading side of a store, whatever holds it: what the CLI, the HTTP API and the web page ask of the store
 * (article search, statements, entities and their profiles, timelines, stories, article look-up, the overview).
 * Two implementations answer it the same way: the embedded Lucene store in a folder ({@code sitrep-store}) and a
 * SolrCloud collection ({@code sitrep-solr}); {@link Stores#openSearch(String)} opens either from its location.
 *
 * <p>Queries are values ({@link SearchRequest}, {@link QuoteRequest}), so one golden suite runs against both.
 * Implementations are thread-safe; each call reads one consistent point-in-time view of what was committed when
 * the store was opened or last {@linkplain #refresh() refreshed}.
 *
 * <p>How copies count. A statement is counted once however many copies of its article repeat it (quote listings,
 * a timeline's key statements, a profile's and a story's statements give it once, at its origin, with every copy
 * as a {@link QuoteSource}: {@link StatementGroups}). Articles are counted as published: search hits, articles per
 * day and mentions include every copy.
 */
public interface StoreSearch extends Closeable {
    /**
     * Picks up what was committed since the store was opened or last refreshed: what a long-running reader (the
     * HTTP server) calls to see what another process ingested. Cheap when nothing changed.
     */
    void refresh() throws IOException;

    /**
     * Articles matching a request, best first (newest first among equal scores), with highlighted snippets.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    default List<SearchHit> search(SearchRequest request, HitMarks marks) throws IOException {
        return search(request, 0, marks).items();
    }

    /** Like {@link #search(SearchRequest, HitMarks)}, skipping the first {@code offset} hits, with the total. */
    Page<SearchHit> search(SearchRequest request, int offset, HitMarks marks) throws IOException;

    /**
     * Statements matching a request: quotes from copies of one article that say the same thing count once, as
     * their origin (the earliest copy) with every copy in {@link QuoteHit#sources()}.
     *
     * @throws QuerySyntaxException when {@code about} does not parse
     */
    default List<QuoteHit> quotes(QuoteRequest request) throws IOException {
        return quotes(request, 0).items();
    }

    /** Like {@link #quotes(QuoteRequest)}, skipping the first {@code offset} statements, with the total. */
    Page<QuoteHit> quotes(QuoteRequest request, int offset) throws IOException;

    /**
     * Counts by publisher, language, flag and entity over every article {@code request} matches, copies included as
     * search counts them ({@link Facets#ARTICLE_FIELDS}); the request's limit and order do not matter.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    Facets facets(SearchRequest request) throws IOException;

    /**
     * Counts by speaker, publisher, language, flag and stance over the statements {@code request} matches
     * ({@link Facets#STATEMENT_FIELDS}). Publishers, languages and flags count each article that reports a statement,
     * as the listing narrowed to that value finds it. Speakers and stances count a statement once, at its copy
     * group's original (copies repeat it), except when the request narrows to a publisher, language or flag, where
     * every matching quote counts (the original may be filtered out, and a statement's copies seldom meet there).
     *
     * @throws QuerySyntaxException when {@code about} does not parse
     */
    Facets facets(QuoteRequest request) throws IOException;

    /** The most statements {@link #statements} reads at once. */
    int MAX_STATEMENTS = 10_000;

    /**
     * The first {@code request.limit()} statements (at most {@link #MAX_STATEMENTS}), as {@link #quotes(QuoteRequest,
     * int)} pages them, read in one go, with the total: for questions that weigh many statements at once (positions)
     * rather than page through them, which would read the first pages again for every later one.
     *
     * @throws QuerySyntaxException when {@code about} does not parse
     */
    Page<QuoteHit> statements(QuoteRequest request) throws IOException;

    /**
     * Entities whose id, name or alias matches {@code q} (all when blank), of one type when {@code type} is
     * given, most mentioned first.
     *
     * @throws IllegalArgumentException when {@code type} is not an entity type
     */
    Page<EntitySummary> entities(String q, String type, int offset, int limit) throws IOException;

    /** The profile of the entity with this id, name or alias (the most mentioned when several); empty when none. */
    Optional<EntityProfile> entity(String nameOrId, int quotes, RoleLookup roles) throws IOException;

    /**
     * Articles per day about a topic and its {@code statements} best-matching quotes in date order.
     *
     * @throws QuerySyntaxException when {@code q} does not parse
     */
    Timeline timeline(String q, LocalDate from, LocalDate to, int statements) throws IOException;

    /** The stored article with this id, whole; empty when none. */
    Optional<Article> article(String id) throws IOException;

    /** Counts by publisher and date, and the {@code topEntities} most mentioned entities. */
    Overview overview(int topEntities) throws IOException;

    /** Stories with articles published in [from, to] (either may be null), biggest first. */
    default List<StorySummary> stories(LocalDate from, LocalDate to, int limit) throws IOException {
        return stories(from, to, 0, limit).items();
    }

    /** Like {@link #stories(LocalDate, LocalDate, int)}, a page of them with the number of stories. */
    Page<StorySummary> stories(LocalDate from, LocalDate to, int offset, int limit) throws IOException;

    /** The story with this id: its articles in date order and its first {@code statements} statements; empty when none. */
    Optional<StoryDetail> story(String id, int statements) throws IOException;

    /**
     * Events matching a request ({@link EventGroups}: the same actors and type reported within a few days are one
     * event, told by every article among them), a page of them after the first {@code offset}, with counts by
     * type, actor, publisher and day over all of them.
     *
     * @throws QuerySyntaxException when {@code q} does not parse
     */
    EventPage events(EventRequest request, int offset) throws IOException;

    /** Stored articles, copies included. */
    int articleCount() throws IOException;

    /** Where the store is, for messages: a folder, or a SolrCloud collection's address. */
    String location();
}
