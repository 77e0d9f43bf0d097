package dev.sitrep.listing;

import java.util.List;
import java.util.Optional;

/**
 * The links {@link FrontPage} found on a front or section page, each list deduplicated and in page order.
 *
 * @param articles absolute http(s) addresses on the same site that look like articles, none from the page chrome
 * @param sections absolute http(s) addresses on the same site that look like listings to follow (sections,
 *                 tags, topics, archives), the chrome's included
 * @param problem  one line when the page could not be read as intended, empty otherwise
 */
public record PageLinks(List<String> articles, List<String> sections, Optional<String> problem) {
    public PageLinks {
        articles = List.copyOf(articles);
        sections = List.copyOf(sections);
    }

    static PageLinks failed(String problem) {
        return new PageLinks(List.of(), List.of(), Optional.of(problem));
    }
}
