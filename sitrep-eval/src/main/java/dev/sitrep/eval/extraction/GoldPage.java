package dev.sitrep.eval.extraction;

/**
 * One page of a gold set.
 *
 * @param id   the page's id in its set
 * @param url  where the page was fetched from, or null
 * @param html the page, decoded
 * @param gold the reference main text
 */
public record GoldPage(String id, String url, String html, String gold) {
}
