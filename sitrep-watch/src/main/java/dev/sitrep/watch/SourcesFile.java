package dev.sitrep.watch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The sources file {@code sitrep watch} follows: who is fetching (a user agent naming the operator's contact,
 * as serious crawlers require) and, per site, its feeds, news sitemaps and front pages, URL rules and overrides.
 *
 * <pre>
 * user_agent: "Sitrep/0.1 (+mailto:desk@example.org)"
 * defaults: {interval: 15m, min_interval: 5m, max_interval: 24h, delay: 5s}
 * sites:
 *   - name: example-news
 *     feeds: [https://www.example-news.com/feed.xml]
 *     sitemaps: [https://www.example-news.com/news-sitemap.xml]
 *     front_pages: [https://www.example-news.com/]
 *     allow: ['/20\d\d/']            # regular expressions an article URL must match one of (none: any)
 *     deny: ['/video/', '/live/']     # and must match none of
 *     interval: 10m                   # optional overrides
 *     delay: 10s
 * </pre>
 *
 * @param userAgent the User-Agent header sent with every request
 * @param defaults  intervals and delay for sites that do not override them
 * @param sites     the sites, in the file's order
 */
public record SourcesFile(String userAgent, Defaults defaults, List<Site> sites) {
    private static final Pattern CONTACT = Pattern.compile("(?i)(mailto:|https?://|[^\\s@()]+@[^\\s@()]+\\.[a-z]{2,})");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * @param interval    how often a source is polled at first; polling then adapts between the two bounds
     * @param minInterval the fastest a source is polled
     * @param maxInterval the slowest a source is polled
     * @param delay       the least time between two requests to one host (robots.txt may ask for more)
     */
    public record Defaults(Duration interval, Duration minInterval, Duration maxInterval, Duration delay) {
        public static final Defaults STANDARD = new Defaults(Duration.ofMinutes(15), Duration.ofMinutes(5),
                Duration.ofHours(24), Duration.ofSeconds(5));
    }

    /**
     * One site.
     *
     * @param name       a short name, unique in the file (used in status lines and the state)
     * @param feeds      RSS or Atom feeds
     * @param sitemaps   news sitemaps or sitemap indexes
     * @param frontPages pages whose article links are followed
     * @param allow      regular expressions; an article URL must match one when any are given
     * @param deny       regular expressions an article URL must match none of
     * @param interval   the site's polling interval, or null for the default
     * @param delay      the site's delay between requests, or null for the default
     */
    public record Site(String name, List<URI> feeds, List<URI> sitemaps, List<URI> frontPages, List<Pattern> allow,
                       List<Pattern> deny, Duration interval, Duration delay) {
        /** Whether an article URL passes the site's allow and deny rules. */
        public boolean admits(String url) {
            if (deny.stream().anyMatch(p -> p.matcher(url).find())) {
                return false;
            }
            return allow.isEmpty() || allow.stream().anyMatch(p -> p.matcher(url).find());
        }

        /** Every listing of the site with its kind. */
        public List<Source> sources() {
            List<Source> out = new ArrayList<>();
            feeds.forEach(u -> out.add(new Source(name, Source.Kind.FEED, u)));
            sitemaps.forEach(u -> out.add(new Source(name, Source.Kind.SITEMAP, u)));
            frontPages.forEach(u -> out.add(new Source(name, Source.Kind.FRONT_PAGE, u)));
            return out;
        }
    }

    /** A site's interval, or the default. */
    public Duration interval(Site site) {
        return site.interval() != null ? site.interval() : defaults.interval();
    }

    /** A site's delay between requests to one host, or the default. */
    public Duration delay(Site site) {
        return site.delay() != null ? site.delay() : defaults.delay();
    }

    /** Every source of every site. */
    public List<Source> sources() {
        return sites.stream().flatMap(s -> s.sources().stream()).toList();
    }

    /** The site of that name. */
    public Site site(String name) {
        return sites.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no site named " + name));
    }

    /**
     * Reads and checks a sources file.
     *
     * @throws SourcesException naming the file, and the line where there is one, when it cannot be used
     */
    public static SourcesFile load(Path file) throws SourcesException {
        Raw raw;
        try {
            raw = YAML.readValue(Files.readAllBytes(file), Raw.class);
        } catch (NoSuchFileException e) {
            throw new SourcesException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw problem(file.toString(), e);
        } catch (IOException e) {
            throw new SourcesException(file + ": cannot read: " + e.getMessage());
        }
        if (raw == null) {
            throw new SourcesException(file + ": empty");
        }
        return raw.check(file.toString());
    }

    /** Parses the text of a sources file; {@code name} names it in errors. */
    public static SourcesFile parse(String name, String yaml) throws SourcesException {
        try {
            Raw raw = YAML.readValue(yaml, Raw.class);
            if (raw == null) {
                throw new SourcesException(name + ": empty");
            }
            return raw.check(name);
        } catch (JsonProcessingException e) {
            throw problem(name, e);
        }
    }

    private static SourcesException problem(String name, JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return new SourcesException(name + where(e.getLocation()) + ": unknown key '" + u.getPropertyName()
                    + "' (known: " + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().toList()) + ")");
        }
        return new SourcesException(name + where(e.getLocation()) + ": " + e.getOriginalMessage().lines()
                .findFirst().orElse("not a sources file"));
    }

    /** The file as YAML, in the shape {@link #load} reads. */
    public String toYaml() {
        try {
            return YAML.writeValueAsString(Raw.of(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : ": line " + at.getLineNr();
    }

    /** A problem with a sources file, in one line that names it. */
    public static final class SourcesException extends IOException {
        public SourcesException(String message) {
            super(message);
        }
    }

    /** The file as written, before checking. */
    record Raw(@JsonProperty("user_agent") String userAgent, @JsonProperty("defaults") RawDefaults defaults,
               @JsonProperty("sites") List<RawSite> sites) {
        @JsonCreator
        Raw {
        }

        static Raw of(SourcesFile f) {
            Defaults d = f.defaults();
            return new Raw(f.userAgent(), new RawDefaults(Durations.format(d.interval()),
                    Durations.format(d.minInterval()), Durations.format(d.maxInterval()), Durations.format(d.delay())),
                    f.sites().stream().map(RawSite::of).toList());
        }

        SourcesFile check(String file) throws SourcesException {
            if (userAgent == null || userAgent.isBlank()) {
                throw new SourcesException(file + ": user_agent is required and must name the operator's contact, "
                        + "e.g. user_agent: \"Sitrep/0.1 (+mailto:desk@example.org)\"");
            }
            if (!CONTACT.matcher(userAgent).find()) {
                throw new SourcesException(file + ": user_agent \"" + userAgent + "\" names no contact "
                        + "(an e-mail address or a URL), e.g. \"Sitrep/0.1 (+mailto:desk@example.org)\"");
            }
            if (userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new SourcesException(file + ": user_agent must be printable ASCII");
            }
            Defaults d = defaults == null ? Defaults.STANDARD : defaults.check(file);
            if (sites == null || sites.isEmpty()) {
                throw new SourcesException(file + ": no sites");
            }
            List<Site> checked = new ArrayList<>();
            for (RawSite s : sites) {
                Site site = s.check(file);
                if (checked.stream().anyMatch(c -> c.name().equals(site.name()))) {
                    throw new SourcesException(file + ": site name '" + site.name() + "' used twice");
                }
                checked.add(site);
            }
            return new SourcesFile(userAgent.strip(), d, List.copyOf(checked));
        }
    }

    record RawDefaults(@JsonProperty("interval") String interval, @JsonProperty("min_interval") String minInterval,
                       @JsonProperty("max_interval") String maxInterval, @JsonProperty("delay") String delay) {
        @JsonCreator
        RawDefaults {
        }

        Defaults check(String file) throws SourcesException {
            Defaults std = Defaults.STANDARD;
            Duration min = Durations.parse(file, "min_interval", minInterval, std.minInterval());
            Duration max = Durations.parse(file, "max_interval", maxInterval, std.maxInterval());
            Duration every = Durations.parse(file, "interval", interval, std.interval());
            Duration gap = Durations.parse(file, "delay", delay, std.delay());
            if (min.compareTo(max) > 0) {
                throw new SourcesException(file + ": min_interval " + minInterval + " is longer than max_interval "
                        + maxInterval);
            }
            return new Defaults(every, min, max, gap);
        }
    }

    record RawSite(@JsonProperty("name") String name, @JsonProperty("feeds") List<String> feeds,
                   @JsonProperty("sitemaps") List<String> sitemaps,
                   @JsonProperty("front_pages") List<String> frontPages, @JsonProperty("allow") List<String> allow,
                   @JsonProperty("deny") List<String> deny, @JsonProperty("interval") String interval,
                   @JsonProperty("delay") String delay) {
        @JsonCreator
        RawSite {
        }

        static RawSite of(Site s) {
            return new RawSite(s.name(), strings(s.feeds()), strings(s.sitemaps()), strings(s.frontPages()),
                    s.allow().stream().map(Pattern::pattern).toList(), s.deny().stream().map(Pattern::pattern).toList(),
                    s.interval() == null ? null : Durations.format(s.interval()),
                    s.delay() == null ? null : Durations.format(s.delay()));
        }

        private static List<String> strings(List<URI> uris) {
            return uris.stream().map(URI::toString).toList();
        }

        Site check(String file) throws SourcesException {
            if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw new SourcesException(file + ": site name " + (name == null ? "missing" : "'" + name + "'")
                        + " (letters, digits, '.', '_', '-'; at most 64)");
            }
            String what = file + ": site " + name;
            List<URI> f = uris(what, "feeds", feeds);
            List<URI> s = uris(what, "sitemaps", sitemaps);
            List<URI> p = uris(what, "front_pages", frontPages);
            if (f.isEmpty() && s.isEmpty() && p.isEmpty()) {
                throw new SourcesException(what + ": lists no feeds, sitemaps or front_pages");
            }
            return new Site(name, f, s, p, patterns(what, "allow", allow), patterns(what, "deny", deny),
                    interval == null ? null : Durations.parse(what, "interval", interval, null),
                    delay == null ? null : Durations.parse(what, "delay", delay, null));
        }

        private static List<URI> uris(String what, String key, List<String> values) throws SourcesException {
            List<URI> out = new ArrayList<>();
            for (String v : values == null ? List.<String>of() : values) {
                URI u;
                try {
                    u = new URI(v == null ? "" : v.strip());
                } catch (java.net.URISyntaxException e) {
                    throw new SourcesException(what + ": " + key + ": not a URL: " + v);
                }
                if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
                    throw new SourcesException(what + ": " + key + ": not an http(s) URL: " + v);
                }
                out.add(u);
            }
            return List.copyOf(out);
        }

        private static List<Pattern> patterns(String what, String key, List<String> values) throws SourcesException {
            List<Pattern> out = new ArrayList<>();
            for (String v : values == null ? List.<String>of() : values) {
                try {
                    out.add(Pattern.compile(v));
                } catch (PatternSyntaxException e) {
                    throw new SourcesException(what + ": " + key + ": bad pattern " + v + ": " + e.getDescription());
                }
            }
            return List.copyOf(out);
        }
    }
}
