package dev.sitrep.simulator;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site as the simulator runs it: its spec, its schedule fixed at start, and its articles, written on first
 * use and kept. Article {@code i} is the {@code i}-th published; its text depends only on the simulator's seed,
 * the site's name and {@code i}, so two runs with one seed serve the same bytes.
 */
final class Site {
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final Pattern ARTICLE_PATH = Pattern.compile("/\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+-(\\d+)");

    final SiteSpec spec;
    final Instant start;
    private final long seed;
    private final Instant[] times;
    private final AtomicReferenceArray<PublishedArticle> articles;
    private Instant lastServed;
    private long lastServedNanos = Long.MIN_VALUE;

    Site(SiteSpec spec, Instant defaultStart, long seed) {
        this.spec = spec;
        this.start = spec.start().orElse(defaultStart);
        this.seed = seed ^ (spec.name().hashCode() * 0x9E3779B97F4A7C15L);
        this.times = schedule(spec, start, new Random(this.seed));
        this.articles = new AtomicReferenceArray<>(times.length);
    }

    /**
     * Publication times, sorted; see {@link SiteSpec} for the shape of the schedule. Slot {@code k} opens at
     * {@code start + (k - backlogSlots + ½) × articleEvery}, so the backlog is out at start and no more.
     */
    private static Instant[] schedule(SiteSpec spec, Instant start, Random random) {
        int size = spec.burstSize();
        long backlogSlots = (spec.backlog() + size - 1) / size;
        long jitterMillis = spec.jitter().toMillis();
        Instant[] times = new Instant[spec.articles()];
        for (int i = 0; i < times.length; i++) {
            long slot = i / size - backlogSlots;
            Instant t = start.plus(spec.articleEvery().multipliedBy(slot)).plus(spec.articleEvery().dividedBy(2))
                    .plus(SiteSpec.BURST_SPACING.multipliedBy(i % size));
            if (jitterMillis > 0) {
                t = t.plusMillis(random.nextLong(jitterMillis + 1));
            }
            times[i] = t;
        }
        Arrays.sort(times);
        return times;
    }

    String name() {
        return spec.name();
    }

    /** How many articles are visible at {@code now}: those published at or before it. */
    int visible(Instant now) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid].isAfter(now)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    Instant publishedAt(int i) {
        return times[i];
    }

    PublishedArticle article(int i) {
        PublishedArticle a = articles.get(i);
        if (a == null) {
            Newsroom.Draft d = Newsroom.write(new Random(seed + 0x5DEECE66DL * (i + 1)));
            String path = "/" + DAY_PATH.format(times[i]) + "/" + slug(d.title()) + "-" + i;
            a = new PublishedArticle(name(), i, URI.create("http://" + spec.host() + path), d.title(), d.author(),
                    d.section(), d.tags(), times[i], d.paragraphs());
            articles.compareAndSet(i, null, a);
            a = articles.get(i);
        }
        return a;
    }

    /** Articles {@code i} in {@code [0, visible(now))} of a section or tag, newest first, at most {@code max}. */
    List<PublishedArticle> latest(Instant now, int max, String section, String tag) {
        List<PublishedArticle> out = new ArrayList<>();
        for (int i = visible(now) - 1; i >= 0 && out.size() < max; i--) {
            PublishedArticle a = article(i);
            if ((section == null || a.section().equals(section)) && (tag == null || a.tags().contains(tag))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The article a path names, if it names one exactly (a stale slug or date is not the article). */
    int articleAt(String path) {
        Matcher m = ARTICLE_PATH.matcher(path);
        if (!m.matches() || m.group(1).length() > 9) {
            return -1;
        }
        int i = Integer.parseInt(m.group(1));
        return i < times.length && article(i).url().getRawPath().equals(path) ? i : -1;
    }

    /** The URL a listing shows for an article: the canonical one, or the feed's variant. */
    String link(PublishedArticle a, boolean inFeed) {
        if (!inFeed) {
            return a.url().toString();
        }
        String host = spec.wwwVariant() ? spec.wwwHost() : spec.host();
        String query = spec.trackingParams() ? "?utm_source=rss&utm_medium=feed" : "";
        return "http://" + host + a.url().getRawPath() + query;
    }

    String ampLink(PublishedArticle a) {
        return "http://" + spec.host() + "/amp" + a.url().getRawPath();
    }

    String base() {
        return "http://" + spec.host();
    }

    /** When the site last changed at {@code now}: its newest visible article, or its start. */
    Instant updated(Instant now) {
        int n = visible(now);
        return n == 0 ? start : times[n - 1];
    }

    /**
     * Admits a request under the site's rate limit, or says how long the client should have waited. Only
     * admitted requests count as served, so a refused client is not punished for being refused.
     *
     * @return zero if admitted, else the time left until the gap has passed
     */
    synchronized Duration admit(RateLimit limit, Instant now, long nanos) {
        Duration waited = switch (limit.timeBase()) {
            case SIMULATED -> lastServed == null ? null : Duration.between(lastServed, now);
            case REAL -> lastServedNanos == Long.MIN_VALUE ? null : Duration.ofNanos(nanos - lastServedNanos);
        };
        if (waited != null && waited.compareTo(limit.minGap()) < 0) {
            return limit.minGap().minus(waited);
        }
        lastServed = now;
        lastServedNanos = nanos;
        return Duration.ZERO;
    }

    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-$", "") : s;
    }
}
