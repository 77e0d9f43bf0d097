package dev.sitrep.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.query.EventRequest.Order;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How both stores turn event reports into events: reports of the same type, sources and targets
 * ({@code EventFields.groupKey}) whose days lie within {@link #WINDOW_DAYS} of the first report are one event, told
 * by every article among them; an event listing counts and pages events, not reports. The rows are read from doc
 * values (or their Solr equivalents) for every match, so the counts cover the whole request; the stored JSON is
 * read only for the reports of the page's events.
 */
public final class EventGroups {
    /** Days after an event's first report in which a report of the same actors and type is the same event. */
    public static final int WINDOW_DAYS = 2;
    /** Reports listed with an event (all are counted). */
    public static final int MAX_REPORTS = 10;
    /** Entries of the actor and publisher counts. */
    public static final int FACET_SIZE = 20;
    /** The day of a row whose article is undated. */
    public static final long UNDATED = Long.MIN_VALUE;

    /** Reports by day, then article, then the order the store holds an article's events in. */
    private static final Comparator<Row> BY_DAY = Comparator.comparingLong(Row::day).thenComparing(Row::article)
            .thenComparingInt(Row::ref);

    private EventGroups() {
    }

    /**
     * One stored report of an event, as a store reads it without its stored fields.
     *
     * @param ref       the store's handle to read the report with (a document number, a list index), in the
     *                  order of the events within an article
     * @param key       what tells the event from others
     * @param day       the article's epoch day, or {@link #UNDATED}
     * @param type      the PLOVER type
     * @param article   the article id
     * @param publisher the article's publisher, or null
     * @param names     the actors' names, as the actor counts give them
     */
    public record Row(int ref, String key, long day, String type, String article, String publisher,
            List<String> names) {
    }

    /** One event: its reports, earliest first, and how many articles they are in (counted once, to sort by). */
    public record Group(List<Row> rows, int articles) {
        Group(List<Row> rows) {
            this(rows, distinctArticles(rows));
        }

        private static int distinctArticles(List<Row> rows) {
            if (rows.size() == 1) {
                return 1;
            }
            Set<String> a = new HashSet<>();
            rows.forEach(r -> a.add(r.article()));
            return a.size();
        }

        public Row first() {
            return rows.get(0);
        }

        long lastDay() {
            return rows.get(rows.size() - 1).day();
        }

        int publishers() {
            Set<String> p = new HashSet<>();
            rows.forEach(r -> p.add(r.publisher() == null ? "" : r.publisher()));
            return p.size();
        }
    }

    /** A report read whole: the stored event and what the store keeps of its article. */
    public record Loaded(JsonNode event, String title, String url, String publisher, LocalDate published,
            boolean inferred) {
    }

    /** Reads a row's stored event and article facts. */
    @FunctionalInterface
    public interface Loader {
        Loaded load(Row row) throws IOException;
    }

    /** The rows as events, in the request's order. */
    public static List<Group> group(List<Row> rows, Order order) {
        Map<String, List<Row>> byKey = new HashMap<>();
        for (Row r : rows) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Row> same : byKey.values()) {
            if (same.size() == 1) {
                groups.add(new Group(List.of(same.get(0))));
                continue;
            }
            same.sort(BY_DAY);
            List<Row> current = new ArrayList<>();
            long start = 0;
            for (Row r : same) {
                boolean joins = !current.isEmpty() && (r.day() == UNDATED ? start == UNDATED
                        : start != UNDATED && r.day() - start <= WINDOW_DAYS);
                if (!joins && !current.isEmpty()) {
                    groups.add(new Group(List.copyOf(current)));
                    current.clear();
                }
                if (current.isEmpty()) {
                    start = r.day();
                }
                current.add(r);
            }
            groups.add(new Group(List.copyOf(current)));
        }
        Comparator<Group> newest = Comparator.comparingLong((Group g) -> g.first().day()).reversed();
        Comparator<Group> reports = Comparator.comparingInt(Group::articles).reversed();
        Comparator<Group> tie = Comparator.comparing((Group g) -> g.first().key())
                .thenComparingInt(g -> g.first().ref());
        groups.sort(order == Order.REPORTS ? reports.thenComparing(newest).thenComparing(tie)
                : newest.thenComparing(reports).thenComparing(tie));
        return groups;
    }

    /** The page of events the request asks for, with the counts over all of them. */
    public static EventPage page(List<Group> groups, int offset, int limit, Loader loader) throws IOException {
        Map<String, Long> types = new HashMap<>();
        Map<String, Long> actors = new HashMap<>();
        Map<String, Long> publishers = new HashMap<>();
        SortedMap<LocalDate, Map<String, Long>> days = new TreeMap<>();
        for (Group g : groups) {
            Row first = g.first();
            types.merge(first.type(), 1L, Long::sum);
            for (String name : first.names()) {
                actors.merge(name, 1L, Long::sum);
            }
            Set<String> seen = new HashSet<>();
            for (Row r : g.rows()) {
                if (r.publisher() != null && seen.add(r.publisher())) {
                    publishers.merge(r.publisher(), 1L, Long::sum);
                }
            }
            if (first.day() != UNDATED) {
                days.computeIfAbsent(LocalDate.ofEpochDay(first.day()), d -> new TreeMap<>())
                        .merge(first.type(), 1L, Long::sum);
            }
        }
        List<EventHit> hits = new ArrayList<>();
        for (Group g : groups.subList(Math.min(offset, groups.size()), Math.min(groups.size(), offset + limit))) {
            hits.add(hit(g, loader));
        }
        return new EventPage(new Page<>(groups.size(), offset, limit, hits), Counts.top(types, types.size()),
                Counts.top(actors, FACET_SIZE), Counts.top(publishers, FACET_SIZE), days);
    }

    /** The event of a group: the first report's event, every report up to {@link #MAX_REPORTS}, the counts. */
    public static EventHit hit(Group g, Loader loader) throws IOException {
        Map<String, Loaded> byArticle = new LinkedHashMap<>();
        for (Row r : g.rows()) {
            if (byArticle.size() == MAX_REPORTS) {
                break;
            }
            if (!byArticle.containsKey(r.article())) {
                byArticle.put(r.article(), loader.load(r));
            }
        }
        List<EventReport> reports = new ArrayList<>();
        byArticle.forEach((article, l) -> reports.add(new EventReport(article, l.title(), l.url(), l.publisher(),
                l.published(), l.inferred(), l.event().path("sentence").asText(""), l.event().path("start").asInt(),
                l.event().path("end").asInt())));
        JsonNode e = byArticle.values().iterator().next().event();
        long last = g.lastDay();
        return new EventHit(e.path("type").asText(), e.path("cameo").isNull() ? null : e.path("cameo").asText(),
                ArticleJson.readActors(e.path("source")), ArticleJson.readActors(e.path("target")),
                e.path("cue").asText(""), g.first().day() == UNDATED ? null : LocalDate.ofEpochDay(g.first().day()),
                last == UNDATED ? null : LocalDate.ofEpochDay(last), reports, g.articles(), g.publishers());
    }
}
