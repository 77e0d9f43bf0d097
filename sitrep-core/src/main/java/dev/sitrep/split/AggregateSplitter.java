package dev.sitrep.split;

import dev.sitrep.extract.Extraction;
import dev.sitrep.meta.TextDates;
import dev.sitrep.meta.TextDates.DayOrder;
import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.pipeline.Draft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits tag and listing pages that hold several articles into one draft each, and makes drafts of the articles an
 * HTML page stacks below its first ({@link #stacked}).
 *
 * <p>The layout is found by {@link ListingParser} (a header pattern around a date line, repeated). Each block
 * becomes a draft with its own title, publisher, section and date, source {@code <page source>#n} (from 1) and
 * the flag {@link Flag#FROM_AGGREGATE_PAGE}; the page heading is dropped. Relative dates resolve against
 * {@link Draft#referenceDate()} and stay null without one; the day order of all-numeric dates is decided once per
 * page ({@link DayOrders}). A draft that is not a listing comes back unchanged, as the only element.
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
        List<Draft> out = new ArrayList<>();
        int n = 0;
        for (ListingBlock b : blocks.get()) {
            n++;
            out.add(draft.withArticle(article(draft, b, n, order)));
        }
        return List.copyOf(out);
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
