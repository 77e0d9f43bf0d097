package dev.sitrep.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import dev.sitrep.clean.ResourceLines;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Canonical forms of news URLs, so that one article is fetched and stored once however it was linked.
 *
 * <p>The cascade, in order: crawler-commons' {@link BasicURLNormalizer} (lowercase scheme and host, default port
 * dropped, dot segments resolved, percent-encoding made uniform, query parameters sorted, fragment removed), then
 * the tracking parameters of {@code tracking-parameters.txt} are dropped (case-insensitively, with prefix
 * entries such as {@code utm_*}). That is {@link #normalize}. {@link #key} goes further and folds what points to
 * the same article on any real site: the scheme and a leading {@code www.} are removed.
 *
 * <p>AMP pages are separate documents with their own URLs; {@link #ampTarget} maps the common shapes back to the
 * article, and the caller decides whether to fetch the original instead or to key the AMP page under it.
 *
 * <p>URLs the normalizer cannot read (not http or https, malformed, IPv6 literals) have no canonical form: the
 * methods return {@code null} rather than guess.
 */
public final class UrlCanon {
    private static final List<String> TRACKING = ResourceLines.load(UrlCanon.class, "tracking-parameters.txt");
    private static final Set<String> TRACKING_NAMES = Set.copyOf(
            TRACKING.stream().filter(t -> !t.endsWith("*")).map(t -> t.toLowerCase(Locale.ROOT)).toList());
    private static final List<String> TRACKING_PREFIXES = TRACKING.stream()
            .filter(t -> t.endsWith("*"))
            .map(t -> t.substring(0, t.length() - 1).toLowerCase(Locale.ROOT))
            .toList();
    /** The normalizer already drops exact names; prefixes and other letter cases are handled after it. */
    private static final BasicURLNormalizer NORMALIZER =
            BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING_NAMES).build();

    private static final Pattern AMP_FILE = Pattern.compile("\\.amp(\\.html?)?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> AMP_CACHE_MODES = Set.of("c", "v", "i", "r");

    private UrlCanon() {
    }

    /**
     * The dedup key of {@code url}: its normalized form without scheme and without a leading {@code www.}, for
     * example {@code x.com/a?id=3}. Two URLs with the same key are taken to be the same article.
     *
     * @return the key, or {@code null} when {@code url} is not a readable http(s) URL
     */
    public static String key(String url) {
        URI u = parse(normalize(url));
        if (u == null) {
            return null;
        }
        String host = u.getHost().startsWith("www.") ? u.getHost().substring(4) : u.getHost();
        String port = u.getPort() < 0 ? "" : ":" + u.getPort();
        String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
        return host + port + u.getRawPath() + query;
    }

    /**
     * A cleaned, fetchable form of {@code url}: scheme and host kept as given (host lowercased), tracking
     * parameters and fragment removed.
     *
     * @return the cleaned URL, or {@code null} when {@code url} is not a readable http(s) URL
     */
    public static String normalize(String url) {
        if (url == null || !isHttp(url.strip())) {
            return null;
        }
        String n;
        try {
            n = NORMALIZER.filter(url.strip());
        } catch (RuntimeException e) {
            // the normalizer's contract is "null when unreadable"; a slip through its parser means the same here
            return null;
        }
        if (n == null || !isHttp(n) || parse(n) == null) {
            return null;
        }
        return dropParameters(n, UrlCanon::isTracking);
    }

    /**
     * The article URL behind an AMP URL, for the common shapes: an {@code amp} path segment ({@code /amp/…} or a
     * trailing {@code /amp}), {@code ?amp}, {@code ?amp=1} or {@code ?outputType=amp}, a {@code .amp} or
     * {@code .amp.html} file, an {@code amp.} host prefix, and the Google AMP viewer and AMP cache forms
     * ({@code google.com/amp/s/host/path}, {@code host.cdn.ampproject.org/c/s/host/path}).
     *
     * @return the normalized non-AMP URL, or {@code null} when {@code url} has none of these shapes
     */
    public static String ampTarget(String url) {
        URI u = parse(normalize(url));
        if (u == null) {
            return null;
        }
        String cached = fromAmpCache(u);
        if (cached != null) {
            return normalize(cached);
        }
        String host = u.getHost().startsWith("amp.") ? u.getHost().substring(4) : u.getHost();
        String path = withoutAmpSegment(u.getRawPath());
        path = AMP_FILE.matcher(path).replaceFirst("$1");
        String rebuilt = u.getScheme() + "://" + host + (u.getPort() < 0 ? "" : ":" + u.getPort()) + path
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        String target = dropParameters(rebuilt, UrlCanon::isAmpParameter);
        String original = u.toString();
        return target.equals(original) ? null : normalize(target);
    }

    private static String fromAmpCache(URI u) {
        String[] parts = u.getRawPath().split("/", -1); // "", mode, [s], host, path...
        boolean viewer = (u.getHost().equals("google.com") || u.getHost().endsWith(".google.com"))
                && parts.length > 2 && parts[1].equals("amp");
        boolean cache = u.getHost().endsWith(".cdn.ampproject.org") && parts.length > 2
                && AMP_CACHE_MODES.contains(parts[1]);
        if (!viewer && !cache) {
            return null;
        }
        int i = 2;
        String scheme = "http";
        if (parts[i].equals("s") && parts.length > i + 1) {
            scheme = "https";
            i++;
        }
        String rest = String.join("/", List.of(parts).subList(i, parts.length));
        return rest.isEmpty() ? null : scheme + "://" + rest + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static String withoutAmpSegment(String path) {
        if (path.equalsIgnoreCase("/amp") || path.equalsIgnoreCase("/amp/")) {
            return "/";
        }
        String lower = path.toLowerCase(Locale.ROOT);
        int inner = lower.indexOf("/amp/");
        if (inner >= 0) {
            return path.substring(0, inner) + path.substring(inner + 4);
        }
        return lower.endsWith("/amp") ? path.substring(0, path.length() - 4) : path;
    }

    private static boolean isAmpParameter(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return n.equals("amp") && (v.isEmpty() || v.equals("1") || v.equals("true"))
                || n.equals("outputtype") && v.equals("amp");
    }

    private static boolean isTracking(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        return TRACKING_NAMES.contains(n) || TRACKING_PREFIXES.stream().anyMatch(n::startsWith);
    }

    /** Rebuilds {@code url} without the query parameters {@code drop} picks; the order of the rest is kept. */
    private static String dropParameters(String url, ParameterTest drop) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? null : pair.substring(eq + 1);
            if (!pair.isEmpty() && !drop.test(name, value)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? url.substring(0, q) : url.substring(0, q) + "?" + String.join("&", kept);
    }

    private static boolean isHttp(String url) {
        Predicate<String> scheme = s -> url.regionMatches(true, 0, s, 0, s.length());
        return scheme.test("http://") || scheme.test("https://");
    }

    private static URI parse(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url);
            return u.getHost() == null || u.getRawPath() == null ? null : u;
        } catch (URISyntaxException e) {
            return null; // callers are told "no canonical form" by the null, as documented
        }
    }

    @FunctionalInterface
    private interface ParameterTest {
        boolean test(String name, String value);
    }
}
