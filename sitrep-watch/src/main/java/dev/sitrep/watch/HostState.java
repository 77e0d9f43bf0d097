package dev.sitrep.watch;

/**
 * What the watcher last knew of one host, for {@code sitrep sources status}. Times are epoch milliseconds.
 *
 * @param robots       what its robots.txt said, in a few words
 * @param delay        the least time kept between two requests to it (robots.txt Crawl-delay, a rate limit
 *                     learnt from 429s, or the sources file's delay), in milliseconds
 * @param backOffUntil no request before this time (0: none)
 * @param failures     consecutive failed requests
 */
public record HostState(String robots, long delay, long backOffUntil, int failures) {
}
