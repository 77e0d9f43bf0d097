package dev.sitrep.solr;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.query.QuerySyntaxException;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.SearchRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrException;

/**
 * The embedded store's queries written for Solr: the same fields, the same filters (each "any of" an id, a keyword
 * or a phrase of a name, as {@code Filters} builds them in Lucene), and a user's words parsed by edismax over the
 * same fields with the same weights, every word required ({@code q.op=AND}), split on white space as the classic
 * parser does, and each word's fields summed ({@code tie=1}), as a multi-field query sums them in Lucene.
 *
 * <p>Values reach Solr as request parameters referred to from local parameters ({@code {!term f=… v=$p1}}), never
 * spliced into query syntax, so no name or id needs escaping.
 */
final class SolrQueries {
    /** Characters in one query, as on the embedded store. */
    static final int MAX_LENGTH = 1_000;
    /** Brackets nested in one query, as on the embedded store. */
    static final int MAX_DEPTH = 20;
    /** Fields and weights of an article search. */
    static final String ARTICLE_FIELDS = TITLE + "^2 " + TEXT;
    /** Fields and weights of what a quote is about. */
    static final String QUOTE_FIELDS = QUOTE + "^2 " + QUOTE_CONTEXT + " " + TITLE;
    /** Separates the values of a {@code {!terms}} list: a character no id or name holds. */
    private static final String SEPARATOR = "\u001f";

    private SolrQueries() {
    }

    /** A request over one kind of document. */
    static SolrQuery ofType(String type) {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery("{!term f=" + TYPE + "}" + type);
        return q;
    }

    /** The article documents a search matches, its words as the ranked query. */
    static SolrQuery articles(SearchRequest r) {
        SolrQuery q = ofType(TYPE_ARTICLE);
        words(q, r.query(), ARTICLE_FIELDS);
        published(q, r.from(), r.to());
        if (r.publisher() != null && !r.publisher().isBlank()) {
            publisher(q, r.publisher());
        }
        if (r.entity() != null && !r.entity().isBlank()) {
            entity(q, r.entity());
        }
        keyword(q, LANGUAGE, r.language());
        keyword(q, FLAG, r.flag());
        return q;
    }

    /** The quote documents a statement listing matches, its {@code about} words as the ranked query. */
    static SolrQuery quotes(QuoteRequest r) {
        SolrQuery q = ofType(TYPE_QUOTE);
        if (r.speaker() != null && !r.speaker().isBlank()) {
            speaker(q, r.speaker());
        }
        published(q, r.from(), r.to());
        if (r.publisher() != null) {
            publisher(q, r.publisher());
        }
        keyword(q, LANGUAGE, r.language());
        keyword(q, FLAG, r.flag());
        keyword(q, QUOTE_STANCE, r.stance());
        words(q, r.about(), QUOTE_FIELDS);
        return q;
    }

    /** Documents whose keyword {@code field} is {@code value}, when there is one. */
    static void keyword(SolrQuery q, String field, String value) {
        if (value != null) {
            term(q, field, value);
        }
    }

    /** Sets the user's words as the ranked query over {@code fields}; blank matches every document. */
    static void words(SolrQuery q, String words, String fields) {
        if (words == null || words.isBlank()) {
            q.setQuery("*:*");
            return;
        }
        check(words);
        q.setQuery(words);
        q.set("defType", "edismax");
        q.set("qf", fields);
        q.set("q.op", "AND");
        q.set("sow", true);
        q.set("tie", "1.0");
    }

    /** Published between two days, both included; null ends are open. */
    static void published(SolrQuery q, LocalDate from, LocalDate to) {
        if (from != null || to != null) {
            q.addFilterQuery(PUBLISHED + ":[" + (from == null ? "*" : from.toEpochDay()) + " TO "
                    + (to == null ? "*" : to.toEpochDay()) + "]");
        }
    }

    /** The publisher exactly (any case), or a phrase of its name ("Politico" finds "Politico Europe"). */
    static void publisher(SolrQuery q, String name) {
        anyOf(q, "pub", new String[] {"term", PUBLISHER_KEY, key(name)}, new String[] {"field", PUBLISHER, name});
    }

    /** Documents that carry an entity, given by id, canonical name, alias or a phrase of a name. */
    static void entity(SolrQuery q, String nameOrId) {
        anyOf(q, "ent", new String[] {"term", ENTITY_ID, nameOrId.strip()},
                new String[] {"term", ENTITY_KEY, key(nameOrId)}, new String[] {"field", ENTITY, nameOrId});
    }

    /** Quotes by a speaker, given by id, canonical name, alias or a phrase of a name ("Rutte"). */
    static void speaker(SolrQuery q, String nameOrId) {
        anyOf(q, "spk", new String[] {"term", SPEAKER_ID, nameOrId.strip()},
                new String[] {"term", SPEAKER_KEY, key(nameOrId)}, new String[] {"field", SPEAKER_TEXT, nameOrId});
    }

    /** Documents whose {@code field} is exactly {@code value}. */
    static void term(SolrQuery q, String field, String value) {
        String p = param(q, "t");
        q.set(p, value);
        q.addFilterQuery("{!term f=" + field + " v=$" + p + "}");
    }

    /** Documents whose {@code field} is one of {@code values}. */
    static void terms(SolrQuery q, String field, Collection<String> values) {
        String p = param(q, "ts");
        q.set(p, String.join(SEPARATOR, values));
        q.set(p + "s", SEPARATOR);
        q.addFilterQuery("{!terms f=" + field + " separator=$" + p + "s v=$" + p + "}");
    }

    /** A filter matching when any clause does: {parser, field, value} each. */
    static void anyOf(SolrQuery q, String name, String[]... clauses) {
        StringBuilder fq = new StringBuilder("{!bool");
        for (String[] c : clauses) {
            String p = param(q, name);
            q.set(p, "{!" + c[0] + " f=" + c[1] + " v=$" + p + "v}");
            q.set(p + "v", c[2]);
            fq.append(" should=$").append(p);
        }
        q.addFilterQuery(fq.append('}').toString());
    }

    /** A request parameter name not used yet in {@code q}. */
    private static String param(SolrQuery q, String prefix) {
        int n = 0;
        while (q.get(prefix + n) != null) {
            n++;
        }
        return prefix + n;
    }

    /**
     * Checks what edismax would otherwise quietly mend: the bounds of length and bracket depth the embedded store
     * holds queries to, and unbalanced brackets and quotes, which the embedded parser refuses.
     *
     * @throws QuerySyntaxException naming the problem and where it is
     */
    static void check(String query) {
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(query, MAX_LENGTH, "the query is " + query.length()
                    + " characters long; at most " + MAX_LENGTH + " are allowed", null);
        }
        int depth = 0;
        int open = -1;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw new QuerySyntaxException(query, i, "brackets are nested more than " + MAX_DEPTH + " deep",
                            null);
                }
                open = i;
            } else if (!quoted && c == ')') {
                if (--depth < 0) {
                    throw new QuerySyntaxException(query, i, "unexpected \")\"", null);
                }
            }
        }
        if (quoted) {
            throw new QuerySyntaxException(query, query.length(), "the query ends inside a quoted phrase (a closing \" is "
                    + "missing)", null);
        }
        if (depth > 0) {
            throw new QuerySyntaxException(query, open, "a bracket is not closed", null);
        }
        String t = query.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith(" AND") || t.endsWith(" OR") || t.endsWith(" NOT") || t.endsWith(":")) {
            throw new QuerySyntaxException(query, query.length(),
                    "the query ends too early (a dangling operator, field or bracket?)", null);
        }
    }

    /** Solr's refusal of a request (400) as a syntax error of the user's query, else the failure as it is. */
    static RuntimeException refused(String query, SolrException e) {
        if (e.code() == 400 && query != null) {
            return new QuerySyntaxException(query, -1, SolrErrors.reason(e), e);
        }
        return e;
    }
}
