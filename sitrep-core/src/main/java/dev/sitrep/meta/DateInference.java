package dev.sitrep.meta;

import dev.sitrep.meta.TextDates.DayMention;
import dev.sitrep.model.InferredDate;
import dev.sitrep.nlp.TenureEvidence.Held;
import dev.sitrep.nlp.kb.Tenure;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Infers the publication day of an article whose page gives none, from what its text says, and how sure that is.
 *
 * <p>The evidence, combined into a range of days and a best day in it:
 * <ol>
 *   <li>tenures ({@link dev.sitrep.nlp.TenureEvidence}): each office the text says someone holds allows the days
 *       of that person's tenures in it; the range is what all of them allow together. Tenures that allow no common
 *       day contradict each other, and nothing is inferred. A reference date (crawl or {@code --as-of}) ends the
 *       range.
 *   <li>a wire dateline opening the article ("KYIV, Feb 12 (Reuters) -"): the day itself.
 *   <li>else the days the text reports events on ("said on February 12", {@link TextDates#reportedDays}): the
 *       latest inside the range, and the range narrows to the {@value #REPORT_WINDOW_DAYS} days after it (news
 *       reports the week's events).
 *   <li>else a range that tenures close on both sides and that spans at most {@value #MAX_SPAN_DAYS} days (one US
 *       presidential term): its middle day, so that the best day is never more than half the range off.
 * </ol>
 * A day written without its year takes the year the range allows: the first such day from the start of the range
 * (the tenure's start), or without tenures the latest on or before the reference date, or else the one year the
 * text writes. A day that two separate tenures of one person would both allow ("President Trump" in 2017 or 2025)
 * has no year. Nothing is inferred when the evidence leaves any of this open: no date is better than a wrong one.
 */
public final class DateInference {
    static final int REPORT_WINDOW_DAYS = 7;
    static final int MAX_SPAN_DAYS = 1_461;

    private DateInference() {
    }

    /** An inferred day with how it was inferred. */
    public record Inferred(LocalDate day, InferredDate how) {
    }

    /** Days from {@code from} to {@code to} inclusive; {@code to} null when open, {@code from} MIN when open. */
    private record Span(LocalDate from, LocalDate to) {
        static final Span ALL = new Span(LocalDate.MIN, null);

        boolean contains(LocalDate d) {
            return !d.isBefore(from) && (to == null || !d.isAfter(to));
        }

        Optional<Span> intersect(Span o) {
            LocalDate f = from.isAfter(o.from) ? from : o.from;
            LocalDate t = to == null ? o.to : o.to == null || to.isBefore(o.to) ? to : o.to;
            return t != null && t.isBefore(f) ? Optional.empty() : Optional.of(new Span(f, t));
        }

        boolean closed() {
            return !from.equals(LocalDate.MIN) && to != null;
        }
    }

    /**
     * The inferred day of an article with paragraphs {@code ps}, the tenures its text vouches for and an optional
     * reference date; empty when the evidence is too thin or contradicts itself.
     */
    public static Optional<Inferred> infer(List<String> ps, List<Held> held, LocalDate reference) {
        List<Span> allowed = List.of(reference == null ? Span.ALL : new Span(LocalDate.MIN, reference));
        for (Held h : held) {
            allowed = intersect(allowed, h.tenures().stream()
                    .map(t -> new Span(t.start(), t.end() == null ? null : t.end().minusDays(1))).toList());
        }
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join("\n\n", ps);
        Optional<DayMention> dateline = ps.isEmpty() ? Optional.empty() : TextDates.dateline(ps.get(0));
        if (dateline.isPresent()) {
            Optional<Resolved> d = resolve(dateline.get(), allowed, reference, text);
            if (d.isPresent()) {
                LocalDate day = d.get().day();
                return Optional.of(result(day, day, day, "dateline: \"" + dateline.get().phrase() + "\"" + d.get().year(),
                        held, span(allowed, day)));
            }
        }
        Resolved latest = null;
        String phrase = null;
        for (DayMention m : TextDates.reportedDays(text)) {
            Optional<Resolved> d = resolve(m, allowed, reference, text);
            if (d.isPresent() && (latest == null || d.get().day().isAfter(latest.day()))) {
                latest = d.get();
                phrase = m.phrase();
            }
        }
        if (latest != null) {
            Span s = span(allowed, latest.day());
            LocalDate end = latest.day().plusDays(REPORT_WINDOW_DAYS);
            end = s.to() != null && s.to().isBefore(end) ? s.to() : end;
            return Optional.of(result(latest.day(), latest.day(), end, "text: \"" + phrase + "\"" + latest.year(), held, s));
        }
        if (allowed.size() == 1 && allowed.get(0).closed() && !held.isEmpty()) {
            Span s = allowed.get(0);
            long days = ChronoUnit.DAYS.between(s.from(), s.to());
            if (days <= MAX_SPAN_DAYS) {
                return Optional.of(result(s.from().plusDays(days / 2), s.from(), s.to(), null, held, s));
            }
        }
        return Optional.empty();
    }

    /** A day with its year, and how the year was found when the text did not write it (" in 2025 ..."). */
    private record Resolved(LocalDate day, String year) {
    }

    private static Optional<Resolved> resolve(DayMention m, List<Span> allowed, LocalDate reference, String text) {
        if (m.year() != 0) {
            return m.in(m.year()).filter(d -> span(allowed, d) != null).map(d -> new Resolved(d, ""));
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (Span s : allowed) {
            if (s.from().equals(LocalDate.MIN)) {
                continue;
            }
            int y = s.from().getYear();
            Optional<LocalDate> d = m.in(y).filter(x -> !x.isBefore(s.from())).or(() -> m.in(y + 1));
            d.filter(s::contains).ifPresent(candidates::add);
        }
        if (candidates.size() == 1) {
            return Optional.of(new Resolved(candidates.get(0), ", year from the tenure"));
        }
        if (!candidates.isEmpty()) {
            return Optional.empty();
        }
        if (reference != null) {
            Optional<LocalDate> d = m.in(reference.getYear()).map(x -> x.isAfter(reference) ? x.minusYears(1) : x);
            return d.filter(x -> span(allowed, x) != null).map(x -> new Resolved(x, ", year from the reference date"));
        }
        SortedSet<Integer> years = TextDates.years(text);
        if (years.size() == 1) {
            return m.in(years.first()).filter(x -> span(allowed, x) != null)
                    .map(x -> new Resolved(x, ", year " + years.first() + " from the text"));
        }
        return Optional.empty();
    }

    /** The day and range; {@code basis} names the day's evidence, null for the middle of a range of tenures. */
    private static Inferred result(LocalDate day, LocalDate earliest, LocalDate latest, String basis, List<Held> held,
            Span s) {
        Set<String> parts = new LinkedHashSet<>();
        if (basis != null) {
            parts.add(basis);
        }
        for (Held h : held) {
            for (Tenure t : h.tenures()) {
                LocalDate last = t.end() == null ? null : t.end().minusDays(1);
                boolean binds = t.start().equals(s.from()) || last != null && last.equals(s.to());
                if (binds && t.covers(day)) {
                    parts.add("tenure: " + h.person() + ", " + h.office() + (last == null ? " from " + t.start()
                            : " " + t.start() + " to " + last));
                }
            }
        }
        if (basis == null) {
            parts.add("the middle of the range");
        }
        return new Inferred(day, new InferredDate(String.join("; ", parts), earliest, latest));
    }

    /** The span of {@code allowed} holding {@code day}, or null. */
    private static Span span(List<Span> allowed, LocalDate day) {
        for (Span s : allowed) {
            if (s.contains(day)) {
                return s;
            }
        }
        return null;
    }

    private static List<Span> intersect(List<Span> a, List<Span> b) {
        List<Span> out = new ArrayList<>();
        for (Span x : a) {
            for (Span y : b) {
                x.intersect(y).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }
}
