package dev.sitrep.split;

import dev.sitrep.extract.Extraction;
import dev.sitrep.meta.TextDates;
import dev.sitrep.meta.TextDates.DayOrder;
import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.model.InferredDate;
import dev.sitrep.pipeline.Draft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits tag and listing pages that hold several articles into one draft each, and makes drafts of the articles an
 * HTML page stacks below its first ({@link #stacked}).
 *
 * <p>The layout is found by {@link ListingParser} (a header pattern around a date line, repeated). Each block
 * becomes a draft with its own title, publisher, section and date, source {@code <page source>#n} (from 1) and
 * the flag {@link Flag#FROM_AGGREGATE_PAGE}; the page heading is dropped. Relative dates resolve against
 * {@link Draft#referenceDate()} and stay null without one; the day order of all-numeric dates is decided once per
 * page ({@link DayOrders}); an item left undated on a page listed newest first gets the day of the item below it,
 * marked as inferred ({@link #datedByNeighbours}). A draft that is not a listing comes back unchanged, as the only element.
 */
public final class AggregateSplitter {
    private final ListingParser parser = new ListingParser();

    public List<Draft> split(Draft draft) {
        List<String> lines = draft.article().text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Optional<List<ListingBlock>> blocks = parser.parse(lines);
        if (blocks.isEmpty()) {
            return List.of(draft);
        }
        DayOrder order = DayOrders.decide(blocks.get().stream().map(ListingBlock::dateLine).toList());
        List<Article> articles = new ArrayList<>();
        int n = 0;
        for (ListingBlock b : blocks.get()) {
            n++;
            articles.add(article(draft, b, n, order));
        }
        return datedByNeighbours(articles).stream().map(draft::withArticle).toList();
    }

    /**
     * On a page that lists its dated items newest first, an undated item (a relative date with no reference to
     * count from) is no older than the dated item below it and no newer than the one above: it gets the day below
     * as an inferred date, with that range.
     */
    static List<Article> datedByNeighbours(List<Article> items) {
        List<LocalDate> days = items.stream().map(Article::published).filter(Objects::nonNull).toList();
        boolean newestFirst = days.size() >= 2 && days.get(0).isAfter(days.get(days.size() - 1));
        for (int i = 1; i < days.size(); i++) {
            newestFirst &= !days.get(i).isAfter(days.get(i - 1));
        }
        if (!newestFirst) {
            return items;
        }
        List<Article> out = new ArrayList<>(items);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).published() != null) {
                continue;
            }
            LocalDate below = neighbour(items, i, 1);
            LocalDate above = neighbour(items, i, -1);
            if (below != null) {
                String basis = "listing: above an item of " + below + (above == null ? "" : " and below one of " + above)
                        + ", on a page that lists newest first";
                out.set(i, items.get(i).toBuilder().published(below, new InferredDate(basis, below, above)).build());
            }
        }
        return out;
    }

    /** The date of the nearest dated item from {@code i} in direction {@code step}, or null. */
    private static LocalDate neighbour(List<Article> items, int i, int step) {
        for (int j = i + step; j >= 0 && j < items.size(); j += step) {
            if (items.get(j).published() != null) {
                return items.get(j).published();
            }
        }
        return null;
    }

    /**
     * One draft per article that a page stacks below its first ({@link Extraction#following()}): its own title,
     * author and text, the page's publisher, section and language, no URL or date of its own, source
     * {@code <page source>#n} (from 2: the first article keeps the page's source) and the flag
     * {@link Flag#FROM_AGGREGATE_PAGE}.
     */
    public List<Draft> stacked(Draft page, List<Extraction.Stacked> following) {
        List<Draft> out = new ArrayList<>();
        int n = 1;
        for (Extraction.Stacked s : following) {
            n++;
            Article a = page.article();
            out.add(page.withArticle(a.toBuilder().source(a.source() + "#" + n).url(null).title(s.title())
                    .author(s.author()).published(null).text(s.text()).flag(Flag.FROM_AGGREGATE_PAGE).build()));
        }
        return List.copyOf(out);
    }

    private static Article article(Draft page, ListingBlock b, int n, DayOrder order) {
        Article a = page.article();
        String publisher = publisher(b);
        LocalDate date = TextDates.parseLine(b.dateLine(), page.referenceDate(), order).orElse(null);
        return a.toBuilder()
                .source(a.source() + "#" + n)
                .url(null)
                .title(b.title())
                .publisher(publisher)
                .author(null)
                .published(date)
                .section(section(b, publisher))
                .text(String.join("\n", b.body()))
                .flag(Flag.FROM_AGGREGATE_PAGE)
                .build();
    }

    /**
     * The publisher: a label the block repeats (a name above the date and again as a list item), else the
     * single plain line above the date.
     */
    static String publisher(ListingBlock b) {
        List<String> labels = b.labels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).equalsIgnoreCase(labels.get(j))) {
                    return labels.get(i);
                }
            }
        }
        List<String> plain = b.before().stream().filter(l -> !ListingBlock.isBullet(l)).toList();
        return plain.size() == 1 ? plain.get(0) : null;
    }

    /** The section: the first list item that is not the publisher. */
    static String section(ListingBlock b, String publisher) {
        for (String l : b.after()) {
            String label = ListingBlock.label(l);
            if (ListingBlock.isBullet(l) && !label.equalsIgnoreCase(publisher)) {
                return label;
            }
        }
        for (String l : b.before()) {
            String label = ListingBlock.label(l);
            if (ListingBlock.isBullet(l) && !label.equalsIgnoreCase(publisher)) {
                return label;
            }
        }
        return null;
    }
}
