package dev.sitrep.meta;

import dev.sitrep.clean.Paragraphs;
import dev.sitrep.meta.html.PublisherNames;
import dev.sitrep.model.Article;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills title, author, publisher, date and language from the text where markup, container and listing page gave
 * none. Never overrides a field that is already set.
 *
 * <pre>
 *  title      text dumps: the first paragraph when it reads as a headline ({@link Headlines}); it leaves the body
 *  author     a byline paragraph among the first three ({@link Bylines}); it leaves the body
 *  publisher  a known URL host; else, in text dumps, a first or last line naming a known publisher or
 *             spelling the URL's domain, or a masthead line over a date line at the top ({@link Mastheads})
 *             (it leaves the body); else a wire dateline ({@link Publishers}); else, in text dumps, a name
 *             made from the URL's domain ({@link PublisherNames})
 *  published  a date line among the first and last three paragraphs (in text dumps, a top one leaves the
 *             body); else a weekday date there ("It's Thursday, 13 February 2025"); else, with a reference
 *             date, the latest date the text mentions in the week up to it ({@link TextDates})
 *  language   the stopword vote ({@link LanguageGuesser}); null when unsure
 * </pre>
 */
public final class MetadataStage implements Stage {
    private static final int EDGE = 3;
    private static final int MENTION_WINDOW_DAYS = 7;
    private final LanguageGuesser languages = new LanguageGuesser();

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Draft apply(Draft draft) {
        Article a = draft.article();
        var b = a.toBuilder();
        List<String> ps = new ArrayList<>(Paragraphs.split(a.text()));
        boolean bodyChanged = false;
        if (a.title() == null && !draft.fromHtml() && !ps.isEmpty() && Headlines.isHeadline(ps.get(0))) {
            b.title(ps.remove(0));
            bodyChanged = true;
        }
        if (a.author() == null) {
            for (int i = 0; i < Math.min(EDGE, ps.size()); i++) {
                Optional<String> author = Bylines.author(ps.get(i));
                if (author.isPresent()) {
                    b.author(author.get());
                    ps.remove(i);
                    bodyChanged = true;
                    break;
                }
            }
        }
        if (a.publisher() == null) {
            Optional<String> publisher = Publishers.ofUrl(a.url());
            if (publisher.isEmpty() && !draft.fromHtml()) {
                publisher = publisherLine(ps, a.url());
                bodyChanged |= publisher.isPresent();
            }
            if (publisher.isEmpty() && !ps.isEmpty()) {
                publisher = Publishers.ofDateline(ps.get(0));
            }
            if (publisher.isEmpty() && !draft.fromHtml()) {
                // HTML pages got this fallback from their reader already (after the page's own site name).
                publisher = Optional.ofNullable(PublisherNames.forUrl(a.url()));
            }
            publisher.ifPresent(b::publisher);
        }
        if (a.published() == null) {
            Optional<LocalDate> published = date(ps, draft.referenceDate());
            published.ifPresent(b::published);
            if (published.isPresent() && !draft.fromHtml()) {
                bodyChanged |= removeDateLine(ps);
            }
        }
        if (a.language() == null) {
            b.language(languages.guess(a.text()).orElse(null));
        }
        if (bodyChanged) {
            b.text(Paragraphs.join(ps));
        }
        return draft.withArticle(b.build());
    }

    /**
     * A paragraph among the first and last two that is only a known publisher's name or spells the URL's
     * domain, else one of the first two that reads as an outlet's masthead ({@link Mastheads}) over a date line;
     * it leaves the body.
     */
    private static Optional<String> publisherLine(List<String> ps, String url) {
        for (int i = 0; i < ps.size(); i++) {
            if (i < 2 || i >= ps.size() - 2) {
                Optional<String> p = Publishers.ofLine(ps.get(i));
                if (p.isEmpty() && PublisherNames.namesHost(ps.get(i), url)) {
                    p = Optional.of(ps.get(i).strip());
                }
                if (p.isPresent()) {
                    ps.remove(i);
                    return p;
                }
            }
        }
        for (int i = 0; i + 1 < Math.min(3, ps.size()); i++) {
            // The outlet's name sits over the date line; a title-case line elsewhere may be a section heading.
            if (Mastheads.isMasthead(ps.get(i)) && TextDates.isDateLine(ps.get(i + 1))) {
                return Optional.of(ps.remove(i).strip());
            }
        }
        return Optional.empty();
    }

    /** Removes the first of the top paragraphs that is nothing but a date: page furniture, not article text. */
    private static boolean removeDateLine(List<String> ps) {
        for (int i = 0; i < Math.min(EDGE, ps.size()); i++) {
            if (TextDates.isDateLine(ps.get(i))) {
                ps.remove(i);
                return true;
            }
        }
        return false;
    }

    static Optional<LocalDate> date(List<String> ps, LocalDate reference) {
        List<String> edges = edges(ps);
        for (String p : edges) {
            Optional<LocalDate> d = TextDates.parseLine(p, reference, TextDates.DayOrder.DAY_FIRST);
            if (d.isPresent()) {
                return d;
            }
        }
        for (String p : edges) {
            Optional<LocalDate> d = TextDates.findWeekdayDate(p);
            if (d.isPresent()) {
                return d;
            }
        }
        return TextDates.latestMentionNear(String.join("\n", ps), reference, MENTION_WINDOW_DAYS);
    }

    private static List<String> edges(List<String> ps) {
        if (ps.size() <= 2 * EDGE) {
            return ps;
        }
        List<String> out = new ArrayList<>(ps.subList(0, EDGE));
        out.addAll(ps.subList(ps.size() - EDGE, ps.size()));
        return out;
    }
}
