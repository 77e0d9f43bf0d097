package dev.sitrep.query;

import dev.sitrep.model.Article;
import java.util.List;

/**
 * One story in full: its summary, its articles and what was said in them.
 *
 * @param summary    size, dates, main actors, publishers and title, as the story list gives them
 * @param articles   the story's articles, copies included, in date order (undated last)
 * @param statements the statements quoted in the story, each once with its copies as sources, in date order
 */
public record StoryDetail(StorySummary summary, List<Article> articles, List<QuoteHit> statements) {
    public StoryDetail {
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
    }
}
