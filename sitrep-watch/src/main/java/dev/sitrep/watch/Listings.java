package dev.sitrep.watch;

import dev.sitrep.fetch.FetchResult;
import dev.sitrep.fetch.UrlCanon;
import dev.sitrep.fetch.Validators;
import dev.sitrep.listing.Entry;
import dev.sitrep.listing.Feed;
import dev.sitrep.listing.FeedParser;
import dev.sitrep.listing.FrontPage;
import dev.sitrep.listing.PageLinks;
import dev.sitrep.listing.Sitemap;
import dev.sitrep.listing.SitemapParser;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Polling one listing: a conditional fetch, a digest of the body (some servers keep their validators when the
 * body changes, others change them when it does not), the entries read by the parser of its kind, the new
 * article URLs queued, and the next poll scheduled by {@link Schedule}.
 */
final class Listings {
    /** Child sitemaps of an index read per poll, and sitemaps read when a feed may have dropped items. */
    private static final int CHILD_SITEMAPS = 10;
    private static final int MAX_HOPS = 5;
    private static final int REMEMBERED_ITEMS = 200;

    private final Watcher watcher;
    private final FeedParser feeds = new FeedParser();
    private final SitemapParser sitemaps = new SitemapParser();

    Listings(Watcher watcher) {
        this.watcher = watcher;
    }

    void poll(String host, Task.Listing task) throws IOException {
        Source source = task.transient_() ? new Source(task.source().site(), task.source().kind(), task.url())
                : task.source();
        SourceState st = watcher.state(source);
        long now = watcher.options().clock().millis();
        Validators sent = task.hops() == 0 ? new Validators(st.etag(), st.lastModified()) : Validators.NONE;
        FetchResult r = watcher.fetch(host, task.url(), sent, task.from(), watcher.listingArchive());
        watcher.stats().listingPolls.incrementAndGet();
        SourcesFile.Site site = watcher.site(source.site());
        switch (r) {
            case FetchResult.Fetched f -> {
                watcher.listingArchive().write(f.exchange(), f.wireBody());
                String digest = digest(f.body());
                if (digest.equals(st.digest())) {
                    watcher.stats().notModified.incrementAndGet();
                    done(task, source, st, now, Schedule.Outcome.NOTHING_NEW, 0, st.lastItems(), f.validators(),
                            digest, 200, null, true);
                    return;
                }
                List<String> listed = read(task, source, site, f);
                List<Long> items = new ArrayList<>();
                Set<Long> before = new HashSet<>(st.lastItems());
                boolean overlaps = false;
                int fresh = 0;
                int changed = 0; // items this listing did not list last time: its own pace, whoever fetched them
                for (String url : listed) {
                    String key = UrlCanon.key(url);
                    if (key == null) {
                        continue;
                    }
                    long d = SeenUrls.digest(key);
                    overlaps |= before.contains(d);
                    if (items.size() < REMEMBERED_ITEMS) {
                        items.add(d);
                        changed += before.contains(d) ? 0 : 1;
                    }
                    if (fresh < watcher.options().maxNewPerPoll() && watcher.offer(site, url, now, task.from())) {
                        fresh++;
                    }
                }
                Schedule.Outcome outcome = Schedule.outcome(changed, st.polls() > 0 && !before.isEmpty(), overlaps);
                if (outcome == Schedule.Outcome.NEW_WITHOUT_OVERLAP && source.kind() == Source.Kind.FEED) {
                    readSitemapsNow(task, site); // the feed may have dropped items between two polls
                }
                done(task, source, st, now, outcome, fresh, items, f.validators(), digest, f.status(), null, false);
            }
            case FetchResult.NotModified n -> done(task, source, st, now, Schedule.Outcome.NOTHING_NEW, 0,
                    st.lastItems(), n.validators(), st.digest(), 304, null, true);
            case FetchResult.HttpError h when h.status() >= 300 && h.status() < 400 -> {
                URI to = Pages.location(h);
                if (to == null || task.hops() >= MAX_HOPS) {
                    failed(task, source, st, now, h.status(), task.url() + ": " + (to == null
                            ? "redirect without a Location" : "more than " + MAX_HOPS + " redirects"));
                } else {
                    watcher.enqueue(task.redirectedTo(to)); // its own turn at its host, like any request
                }
            }
            case FetchResult.HttpError h -> failed(task, source, st, now, h.status(),
                    task.url() + ": HTTP " + h.status() + (h.retryAfter().isPresent()
                            ? " (Retry-After " + h.retryAfter().get().toSeconds() + " s)" : ""));
            case FetchResult.Failed f -> failed(task, source, st, now, 0, f.reason());
        }
    }

    /** The article URLs a listing names; child sitemaps and section pages are queued to be read in this poll. */
    private List<String> read(Task.Listing task, Source source, SourcesFile.Site site, FetchResult.Fetched f) {
        String type = f.contentType();
        List<String> urls = new ArrayList<>();
        switch (source.kind()) {
            case FEED -> {
                Feed feed = feeds.parse(f.finalUri(), f.body(), type);
                feed.problem().ifPresent(p -> watcher.problem(task.url() + ": " + p));
                feed.entries().forEach(e -> urls.add(e.url()));
            }
            case SITEMAP -> {
                Sitemap map = sitemaps.parse(f.finalUri(), f.body(), type);
                map.problem().ifPresent(p -> watcher.problem(task.url() + ": " + p));
                map.entries().stream().map(Entry::url).forEach(urls::add);
                map.sitemaps().stream().limit(CHILD_SITEMAPS).forEach(child -> transientListing(task, source, child));
            }
            case FRONT_PAGE -> {
                PageLinks links = FrontPage.parse(f.finalUri(), f.body(), type);
                links.problem().ifPresent(p -> watcher.problem(task.url() + ": " + p));
                urls.addAll(links.articles());
                if (!task.transient_()) {
                    links.sections().stream().limit(watcher.options().sectionsPerPoll())
                            .forEach(section -> transientListing(task, source, section));
                }
            }
        }
        return urls;
    }

    private void transientListing(Task.Listing from, Source parent, String url) {
        try {
            URI u = URI.create(url);
            watcher.enqueue(new Task.Listing(u, new Source(parent.site(), parent.kind(), u), true, from.from()));
        } catch (IllegalArgumentException e) {
            watcher.problem(parent.url() + ": lists a bad URL: " + url);
        }
    }

    private void readSitemapsNow(Task.Listing feed, SourcesFile.Site site) {
        List<String> maps = new ArrayList<>();
        site.sitemaps().forEach(u -> maps.add(u.toString()));
        if (maps.isEmpty()) {
            maps.addAll(watcher.robotsSitemaps(feed.url()));
        }
        Source any = new Source(site.name(), Source.Kind.SITEMAP, feed.url());
        maps.stream().limit(CHILD_SITEMAPS).forEach(m -> transientListing(feed, any, m));
    }

    private void done(Task.Listing task, Source source, SourceState st, long now, Schedule.Outcome outcome,
                      int fresh, List<Long> items, Validators validators, String digest, int status, String error,
                      boolean unchanged) {
        SourcesFile f = watcher.sources();
        SourcesFile.Site site = watcher.site(source.site());
        long lastNewAt = outcome != Schedule.Outcome.NOTHING_NEW ? now : st.lastNewAt();
        Duration interval = Schedule.next(Duration.ofMillis(st.interval()), outcome, f.interval(site),
                lastNewAt == 0 ? null : Duration.ofMillis(now - lastNewAt),
                min(f.defaults().minInterval(), f.interval(site)), max(f.defaults().maxInterval(), f.interval(site)));
        long next = task.transient_() ? transientDue(source) : now + interval.toMillis();
        Validators v = validators == null ? Validators.NONE : validators;
        watcher.update(source, new SourceState(now, next, interval.toMillis(), v.etag(), v.lastModified(), digest,
                items, fresh, st.totalNew() + fresh, st.polls() + 1, st.notModified() + (unchanged ? 1 : 0), 0,
                error, status, lastNewAt), !task.transient_());
    }

    private void failed(Task.Listing task, Source source, SourceState st, long now, int status, String why) {
        if (!why.equals(st.lastError())) {
            watcher.problem(why); // once per new reason, not at every poll of a source that stays down
        }
        long retry = Math.max(now + st.interval(), watcher.backOffUntil(dev.sitrep.fetch.HostGate.key(task.url()))
                .toEpochMilli());
        watcher.update(source, new SourceState(now, task.transient_() ? transientDue(source) : retry, st.interval(),
                st.etag(), st.lastModified(), st.digest(), st.lastItems(), 0, st.totalNew(), st.polls() + 1,
                st.notModified(), st.errors() + 1, why, status, st.lastNewAt()), !task.transient_());
    }

    /**
     * When a listing read as part of another poll is due on its own: never, unless the sources file lists it
     * too (a site's sitemap read at once because its feed may have dropped items), which keeps its schedule.
     */
    private long transientDue(Source source) {
        return watcher.scheduled(source) ? watcher.state(source).nextDue() : Long.MAX_VALUE;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
