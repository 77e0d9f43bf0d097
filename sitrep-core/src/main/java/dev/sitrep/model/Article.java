package dev.sitrep.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One news article after analysis: the unit of the JSON Lines contract, of the store and of every query.
 *
 * <p>Nullable fields are those the source may not tell: {@code url}, {@code title}, {@code publisher},
 * {@code author}, {@code published}, {@code publishedInferred}, {@code section}, {@code duplicateOf},
 * {@code story}. Collections are never null. Use {@link #builder()} or {@link #toBuilder()} to make one.
 *
 * @param id          stable id derived from the normalised text (see {@link ArticleIds})
 * @param source      the input path or URL the article came from (with "#n" when a page held several)
 * @param text        clean body text, paragraphs separated by a blank line
 * @param published   the publication day: from the markup, container, listing or text, else inferred
 * @param publishedInferred how {@code published} was inferred, or null when the page gave it
 * @param section     the section a listing page gave ("Politics"), or null
 * @param duplicateOf id of the earliest known copy of this article, or null when it is the original
 * @param events      the events the article's sentences report, in text order
 * @param story       id of the story cluster the article belongs to, or null
 */
public record Article(
        String id,
        String source,
        String url,
        String title,
        String publisher,
        String author,
        LocalDate published,
        InferredDate publishedInferred,
        String language,
        String section,
        String text,
        Set<Flag> flags,
        List<Entity> entities,
        List<Quote> quotes,
        List<ReportedEvent> events,
        String duplicateOf,
        String story) {

    public Article {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        if (text == null) {
            text = "";
        }
    }

    /** The flags in declaration order, as JSON Lines writes them. */
    public List<Flag> flagsInOrder() {
        return flags.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.source = source;
        b.url = url;
        b.title = title;
        b.publisher = publisher;
        b.author = author;
        b.published = published;
        b.publishedInferred = publishedInferred;
        b.language = language;
        b.section = section;
        b.text = text;
        b.flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        b.entities = entities;
        b.quotes = quotes;
        b.events = events;
        b.duplicateOf = duplicateOf;
        b.story = story;
        return b;
    }

    /** Mutable builder; {@link #build()} copies everything into an immutable {@link Article}. */
    public static final class Builder {
        private String id;
        private String source;
        private String url;
        private String title;
        private String publisher;
        private String author;
        private LocalDate published;
        private InferredDate publishedInferred;
        private String language;
        private String section;
        private String text = "";
        private EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        private List<Entity> entities = List.of();
        private List<Quote> quotes = List.of();
        private List<ReportedEvent> events = List.of();
        private String duplicateOf;
        private String story;

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder author(String v) { author = v; return this; }
        /** Sets a day the page gave, and clears any inference. */
        public Builder published(LocalDate v) { published = v; publishedInferred = null; return this; }
        /** Sets an inferred day with how it was inferred. */
        public Builder published(LocalDate v, InferredDate how) { published = v; publishedInferred = how; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder section(String v) { section = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder flag(Flag f) { flags.add(f); return this; }
        public Builder flags(Set<Flag> fs) { flags = fs.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(fs); return this; }
        public Builder entities(List<Entity> v) { entities = v; return this; }
        public Builder quotes(List<Quote> v) { quotes = v; return this; }
        public Builder events(List<ReportedEvent> v) { events = v; return this; }
        public Builder duplicateOf(String v) { duplicateOf = v; return this; }
        public Builder story(String v) { story = v; return this; }

        public String text() { return text; }

        public Article build() {
            return new Article(id, source, url, title, publisher, author, published, publishedInferred, language,
                    section, text, flags, entities, quotes, events, duplicateOf, story);
        }
    }
}
