package dev.sitrep.positions;

import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who stands where on an issue, and how that moved: the stored statements that speak to the issue
 * ({@link Issue#onPoint}), each judged by the {@link StanceDetector}, grouped by speaker (the canonical entity
 * when the store knows it), in date order, with each speaker's position per week or month and the moments it
 * changed. Works over any {@link StoreSearch}: the statements are found by a quote search on the issue's words
 * (copies of one statement count once) and judged as they are read.
 *
 * <p>A period's position is the stance most of its judged statements take (supports or opposes; {@code mixed} when
 * as many take each); a change is a period whose position differs from the last period before it that had one, and
 * it is dated by the first statement of the new stance.
 */
public final class Positions {
    /** Statements read at most for one question: the newest first past that, the total says how many matched. */
    public static final int MAX_STATEMENTS = 2_000;
    /** Spans up to this many days are shown by week, longer ones by month (when the bucket is automatic). */
    static final long WEEKLY_UP_TO_DAYS = 120;

    /** How statements are grouped in time. */
    public enum Bucket {
        WEEK, MONTH, AUTO;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The bucket of a label ("week", "month", "auto"); an {@link IllegalArgumentException} otherwise. */
        public static Bucket ofLabel(String label) {
            for (Bucket b : values()) {
                if (b.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return b;
                }
            }
            throw new IllegalArgumentException("not a bucket: " + label + " (week, month, auto)");
        }

        /** The first day of the period holding {@code day}: its week's Monday or its month's first. */
        LocalDate start(LocalDate day) {
            return this == MONTH ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }

    /** One judged statement. */
    public record Statement(QuoteHit hit, Stance stance, List<String> evidence) {
        public Statement {
            evidence = List.copyOf(evidence);
        }
    }

    /** A speaker's statements in one week or month, and the position they add up to. */
    public record Period(LocalDate start, int supports, int opposes, int neither) {
        /** "supports", "opposes", "mixed", or "none" when no statement of the period took a side. */
        public String position() {
            return supports > opposes ? Stance.SUPPORTS.label() : opposes > supports ? Stance.OPPOSES.label()
                    : supports > 0 ? "mixed" : "none";
        }
    }

    /** A moment a speaker's position changed: from one position to another, first said in {@code statement}. */
    public record Change(LocalDate date, String from, String to, Statement statement) {
    }

    /**
     * One speaker's statements on the issue, oldest first (undated last), the periods that hold them and the changes.
     *
     * @param actor   the speaker as shown (the canonical name when known)
     * @param actorId the canonical entity id, or null
     */
    public record Actor(String actor, String actorId, List<Statement> statements, List<Period> periods,
                        List<Change> changes) {
        public Actor {
            statements = List.copyOf(statements);
            periods = List.copyOf(periods);
            changes = List.copyOf(changes);
        }

        /** How many of the speaker's statements take each side, and the position over the whole span. */
        public Period overall() {
            int s = 0;
            int o = 0;
            int n = 0;
            for (Statement st : statements) {
                switch (st.stance()) {
                    case SUPPORTS -> s++;
                    case OPPOSES -> o++;
                    case NEITHER -> n++;
                }
            }
            return new Period(null, s, o, n);
        }
    }

    /**
     * The answer: the issue, the window, the bucket used, the speakers (most statements taking a side first), how
     * many statements the search matched and how many were read.
     */
    public record Result(Issue issue, LocalDate from, LocalDate to, Bucket bucket, List<Actor> actors, long matched,
                         int read) {
        public Result {
            actors = List.copyOf(actors);
        }
    }

    private Positions() {
    }

    /**
     * The positions on {@code issue} between two days (either open), speakers whose name or id contains
     * {@code actor} only (all when null).
     */
    public static Result of(StoreSearch store, Issue issue, LocalDate from, LocalDate to, Bucket bucket, String actor)
            throws IOException {
        StanceDetector detector = StanceDetector.defaults();
        boolean shipped = Issues.defaults().contains(issue);
        String query = shipped ? null : query(issue);
        Map<String, List<Statement>> bySpeaker = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        long matched = 0;
        int read = 0;
        // A default issue's statements were found on point and judged when their articles were analysed: the store
        // keeps them under the issue's id, the newest first. A proposition of your own is searched by its words.
        QuoteRequest request = shipped
                ? new QuoteRequest(null, null, from, to, MAX_STATEMENTS, null, null, null, issue.id())
                : new QuoteRequest(null, query, from, to, MAX_STATEMENTS);
        Page<QuoteHit> page = store.statements(request);
        matched = page.total();
        for (QuoteHit hit : page.items()) {
            read++;
            String speaker = hit.quote().speaker();
            if (speaker == null || speaker.isBlank() || actor != null && !matches(hit, actor)) {
                continue;
            }
            List<Words.Token> tokens = Words.tokens(hit.quote().text());
            if (!issue.onPoint(tokens, hit.quote().text())) {
                continue;
            }
            String key = hit.quote().speakerId() != null ? hit.quote().speakerId()
                    : speaker.strip().toLowerCase(Locale.ROOT);
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(judged(hit, tokens, issue, shipped, detector));
            names.putIfAbsent(key, new String[] {speaker.strip(), hit.quote().speakerId()});
        }
        Bucket used = bucket != Bucket.AUTO ? bucket : automatic(bySpeaker, from, to);
        List<Actor> actors = new ArrayList<>();
        bySpeaker.forEach((key, statements) -> actors.add(actor(names.get(key)[0], names.get(key)[1], statements, used)));
        actors.sort(Comparator.comparingInt((Actor a) -> -(a.overall().supports() + a.overall().opposes()))
                .thenComparingInt(a -> -a.statements().size()).thenComparing(Actor::actor));
        return new Result(issue, from, to, used, actors, matched, read);
    }

    /**
     * The statement with its stance: as judged when its article was analysed, for a default issue the statement
     * carries a stance toward ({@link StanceStage}), else judged now.
     */
    private static Statement judged(QuoteHit hit, List<Words.Token> tokens, Issue issue, boolean shipped,
            StanceDetector detector) {
        if (shipped) {
            for (dev.sitrep.model.Quote.IssueStance s : hit.quote().stances()) {
                if (s.issue().equals(issue.id())) {
                    return new Statement(hit, Stance.ofLabel(s.stance()), s.evidence());
                }
            }
        }
        StanceDetector.Judgement j = detector.judge(tokens, hit.quote().text(), issue);
        return new Statement(hit, j.stance(), j.evidence());
    }

    /**
     * The quote search for an issue: any word of each about-group (synonyms included), all groups required when all
     * are needed, and for a proposal any of its claim or counter words too, all in the statement's own words (the
     * {@code quote} field, not the sentences around it or the title), as {@linkplain Issue#onPoint on point} reads
     * them: the store returns the statements that can be on point and few others, so that a proposition in common
     * words does not read thousands of statements only to set them aside.
     */
    public static String query(Issue issue) {
        List<String> groups = new ArrayList<>();
        for (java.util.Set<String> group : issue.aboutWords()) {
            String any = anyOf(group);
            if (!any.isEmpty()) {
                groups.add(any);
            }
        }
        String about = String.join(issue.need() >= groups.size() ? " AND " : " OR ", groups);
        String predicate = issue.needsPredicate() ? anyOf(issue.predicateWords()) : "";
        String all = predicate.isEmpty() || about.isEmpty() ? about : "(" + about + ") AND " + predicate;
        return all.isEmpty() ? all : dev.sitrep.stores.StoreFields.QUOTE + ":(" + all + ")";
    }

    /** "(\"a\" OR \"b c\")": each word or phrase quoted, so that no character of it is query syntax. */
    private static String anyOf(java.util.Collection<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String w : new java.util.TreeSet<>(words)) {
            String clean = w.replace("\"", " ").replace("\\", " ").strip();
            if (!clean.isEmpty()) {
                quoted.add("\"" + clean + "\"");
            }
        }
        return quoted.isEmpty() ? "" : "(" + String.join(" OR ", quoted) + ")";
    }

    private static boolean matches(QuoteHit hit, String actor) {
        String a = actor.strip().toLowerCase(Locale.ROOT);
        return hit.quote().speaker().toLowerCase(Locale.ROOT).contains(a)
                || hit.quote().speakerId() != null && hit.quote().speakerId().toLowerCase(Locale.ROOT).contains(a);
    }

    /** Weeks for a span of up to {@link #WEEKLY_UP_TO_DAYS} days (the window's, else the statements'), months past it. */
    static Bucket automatic(Map<String, List<Statement>> bySpeaker, LocalDate from, LocalDate to) {
        LocalDate first = from;
        LocalDate last = to;
        for (List<Statement> statements : bySpeaker.values()) {
            for (Statement s : statements) {
                LocalDate day = s.hit().published();
                if (day != null) {
                    first = from != null ? first : first == null || day.isBefore(first) ? day : first;
                    last = to != null ? last : last == null || day.isAfter(last) ? day : last;
                }
            }
        }
        return first == null || last == null || ChronoUnit.DAYS.between(first, last) <= WEEKLY_UP_TO_DAYS
                ? Bucket.WEEK : Bucket.MONTH;
    }

    static Actor actor(String name, String id, List<Statement> statements, Bucket bucket) {
        List<Statement> ordered = new ArrayList<>(statements);
        ordered.sort(Comparator.comparing((Statement s) -> s.hit().published(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        TreeMap<LocalDate, int[]> counts = new TreeMap<>();
        for (Statement s : ordered) {
            if (s.hit().published() != null) {
                counts.computeIfAbsent(bucket.start(s.hit().published()), d -> new int[3])[s.stance().ordinal()]++;
            }
        }
        List<Period> periods = new ArrayList<>();
        counts.forEach((start, n) -> periods.add(new Period(start, n[Stance.SUPPORTS.ordinal()],
                n[Stance.OPPOSES.ordinal()], n[Stance.NEITHER.ordinal()])));
        List<Change> changes = new ArrayList<>();
        String last = null;
        for (Period p : periods) {
            String now = p.position();
            if (now.equals("none")) {
                continue;
            }
            if (last != null && !now.equals(last)) {
                changes.add(new Change(firstOf(ordered, p, bucket, now).hit().published(), last, now,
                        firstOf(ordered, p, bucket, now)));
            }
            last = now;
        }
        return new Actor(name, id, ordered, periods, changes);
    }

    /** The period's first statement taking the new position (for "mixed", its first taking a side). */
    private static Statement firstOf(List<Statement> ordered, Period p, Bucket bucket, String position) {
        Statement any = null;
        for (Statement s : ordered) {
            if (s.hit().published() != null && bucket.start(s.hit().published()).equals(p.start())
                    && s.stance() != Stance.NEITHER) {
                if (s.stance().label().equals(position)) {
                    return s;
                }
                any = any == null ? s : any;
            }
        }
        return any;
    }
}
