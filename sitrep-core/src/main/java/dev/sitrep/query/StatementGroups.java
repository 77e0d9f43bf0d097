package dev.sitrep.query;

import dev.sitrep.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups quotes into statements: quotes from copies of one article (one copy group) whose words are the same
 * statement ({@link SameStatement}) are one statement. Quotes are added in the order the caller ranks them; a
 * statement keeps the place of its first quote. Two quotes of one article are never one statement, however
 * alike: the article said it twice, or said two things.
 *
 * <p>A statement becomes a {@link QuoteHit} through {@link #toHit}: the earliest copy is its origin (undated
 * copies last; on a tie, the group's original), and every copy that carries it is a source.
 *
 * <p>Shared by every store implementation, so that each counts a statement exactly as the others do. Not
 * thread-safe: one listing's grouping.
 */
public final class StatementGroups {
    private final Map<String, List<Statement>> byGroup = new HashMap<>();
    private final List<Statement> inOrder = new ArrayList<>();

    /** One statement being gathered: its first quote and one quote per article. */
    public static final class Statement {
        final QuoteDoc first;
        final Map<String, QuoteDoc> byArticle = new LinkedHashMap<>();

        private Statement(QuoteDoc first) {
            this.first = first;
            byArticle.put(first.articleId(), first);
        }

        /** The statement's first quote in the caller's order. */
        public QuoteDoc first() {
            return first;
        }
    }

    /** Adds a quote to the statement of its group it matches best, or as a new statement. */
    public void add(QuoteDoc d) {
        List<Statement> group = byGroup.computeIfAbsent(d.group(), g -> new ArrayList<>());
        Statement best = null;
        double bestScore = 0;
        for (Statement s : group) {
            if (!s.byArticle.containsKey(d.articleId())) {
                double score = SameStatement.score(s.first.text(), d.text());
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            best.byArticle.put(d.articleId(), d);
        } else {
            Statement s = new Statement(d);
            group.add(s);
            inOrder.add(s);
        }
    }

    /** The statements, in the order of their first quotes. */
    public List<Statement> statements() {
        return inOrder;
    }

    public int size() {
        return inOrder.size();
    }

    /**
     * The statements as hits, in their order, each with the quotes of its own copy group from {@code pool}: the pool is
     * split by group once, so that a listing of thousands of statements reads each quote of the pool once rather than
     * once per statement. The same hits as {@link #toHit} with the whole pool.
     */
    public static List<QuoteHit> toHits(List<Statement> statements, List<QuoteDoc> pool) {
        Map<String, List<QuoteDoc>> byGroup = new HashMap<>();
        for (QuoteDoc d : pool) {
            byGroup.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d);
        }
        List<QuoteHit> hits = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            hits.add(toHit(s, byGroup.getOrDefault(s.first.group(), List.of())));
        }
        return hits;
    }

    /**
     * The statement as a hit. {@code pool} holds quotes of its copy group: a copy whose quote did not take part
     * in the grouping (it did not match the listing's filters) is found there, as is each member's stored flags.
     */
    public static QuoteHit toHit(Statement s, List<QuoteDoc> pool) {
        Map<String, QuoteDoc> sources = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (QuoteDoc member : s.byArticle.values()) {
            QuoteDoc stored = pool.stream().filter(p -> p.articleId().equals(member.articleId()) && p.sameSpan(member.hit()))
                    .findFirst().orElse(member);
            sources.put(member.articleId(), stored);
        }
        for (QuoteDoc p : pool) {
            if (!p.group().equals(s.first.group()) || s.byArticle.containsKey(p.articleId())) {
                continue;
            }
            double score = SameStatement.score(s.first.text(), p.text());
            if (score > 0 && score > scores.getOrDefault(p.articleId(), 0.0)) {
                scores.put(p.articleId(), score);
                sources.put(p.articleId(), p);
            }
        }
        List<QuoteDoc> ordered = new ArrayList<>(sources.values());
        ordered.sort(originFirst(s.first.group()));
        QuoteDoc origin = ordered.get(0);
        QuoteHit o = origin.hit();
        return new QuoteHit(attributed(o.quote(), s.first.hit().quote()), o.articleId(), o.title(), o.publisher(),
                o.published(), o.url(), ordered.stream().map(QuoteDoc::source).toList(), o.publishedInferred());
    }

    /** Earliest first, undated last; on a tie the group's original, then by article id. */
    private static Comparator<QuoteDoc> originFirst(String group) {
        return Comparator.comparing((QuoteDoc d) -> d.hit().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> !d.articleId().equals(group))
                .thenComparing(QuoteDoc::articleId);
    }

    /** The origin's quote; when it names no speaker and the ranked quote does, with that speaker. */
    private static Quote attributed(Quote origin, Quote ranked) {
        if (origin.speaker() != null || ranked.speaker() == null) {
            return origin;
        }
        return new Quote(origin.text(), ranked.speaker(), ranked.speakerId(), ranked.cue(), origin.kind(),
                origin.start(), origin.end()).withStances(origin.stances());
    }

    /**
     * Every statement of a pool of quotes (a story's), each once with its copies as sources, in date order (undated
     * last), at most {@code limit}. The pool is put in date, article and offset order before grouping, so the
     * answer does not depend on the order a store returned the quotes in.
     */
    public static List<QuoteHit> inDateOrder(List<QuoteDoc> quotes, int limit) {
        Comparator<QuoteHit> byDate = Comparator.comparing(QuoteHit::published,
                        Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
                .thenComparing(QuoteHit::articleId).thenComparingInt(h -> h.quote().start());
        List<QuoteDoc> pool = new ArrayList<>(quotes);
        pool.sort(Comparator.comparing(QuoteDoc::hit, byDate));
        StatementGroups groups = new StatementGroups();
        pool.forEach(groups::add);
        List<QuoteHit> said = new ArrayList<>(toHits(groups.statements(), pool));
        said.sort(byDate);
        return said.subList(0, Math.min(said.size(), limit));
    }
}
