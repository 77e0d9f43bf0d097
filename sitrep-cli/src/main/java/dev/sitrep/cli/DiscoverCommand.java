package dev.sitrep.cli;

import dev.sitrep.fetch.AddressGuard;
import dev.sitrep.fetch.FetchOptions;
import dev.sitrep.fetch.FetchResult;
import dev.sitrep.fetch.Fetcher;
import dev.sitrep.fetch.RobotsCache;
import dev.sitrep.fetch.Validators;
import dev.sitrep.listing.Discovered;
import dev.sitrep.listing.Discovery;
import dev.sitrep.listing.ListingKind;
import dev.sitrep.watch.SourcesFile;
import dev.sitrep.watch.Watcher;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep sources discover}: finds a site's feeds (announced on its home page, else at common paths) and
 * sitemaps (named in robots.txt, else at common paths), checks that each is what it claims, and prints a
 * complete sources file that {@code watch} accepts. It asks robots.txt first and keeps a delay between its
 * requests (robots.txt's Crawl-delay when that is longer), like the watcher.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Finds the feeds and sitemaps of a site and prints a sources file for sitrep watch.",
                "Example: sitrep sources discover https://www.example-news.com --contact you@example.org > sources.yaml"})
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "the site's home page")
    URI home;

    @Option(names = "--contact", required = true, paramLabel = "EMAIL|URL",
            description = "the operator's contact, sent in the User-Agent of every request (required)")
    String contact;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "5",
            description = "pause between requests (default: ${DEFAULT-VALUE})")
    int delaySeconds;

    @picocli.CommandLine.Mixin
    ProxyOption proxy;

    private long lastRequest;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (home.getScheme() == null || !home.getScheme().matches("(?i)https?") || home.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "URL must be an http(s) address, not " + home);
        }
        String agent = "Sitrep/0.1 (+" + (contact.contains("@") && !contact.startsWith("mailto:")
                ? "mailto:" + contact : contact) + ")";
        FetchOptions.Builder fo = FetchOptions.builder(agent).deadline(Duration.ofSeconds(30));
        fo.proxy(proxy.selector());
        RobotsCache robots = new RobotsCache(InstantSource.system());
        try (Fetcher fetcher = new Fetcher(fo.build())) {
            URI robotsUri = RobotsCache.robotsUri(home);
            FetchResult r = get(fetcher, robotsUri, robots);
            byte[] robotsBody = null;
            switch (r) {
                case FetchResult.Fetched f -> {
                    robots.store(robotsUri, f.status(), f.body(), Watcher.ROBOTS_TOKEN);
                    robotsBody = f.body();
                }
                case FetchResult.HttpError h -> robots.store(robotsUri, h.status(), null, Watcher.ROBOTS_TOKEN);
                default -> robots.storeFailure(robotsUri);
            }
            FetchResult page = get(fetcher, home, robots);
            byte[] html = page instanceof FetchResult.Fetched f ? f.body() : null;
            String type = page instanceof FetchResult.Fetched f ? f.contentType() : null;
            if (html == null) {
                err.println("sitrep: sources discover: " + home + ": " + describe(page) + "; trying common paths");
            }
            Discovered found = Discovery.discover(home, html, type, robotsBody);
            List<URI> feeds = verified(fetcher, robots, found.feeds(), ListingKind.FEED, err);
            if (feeds.isEmpty()) {
                feeds = firstVerified(fetcher, robots, found.feedCandidates(), ListingKind.FEED, err);
            }
            List<URI> sitemaps = verified(fetcher, robots, found.sitemaps(), null, err);
            if (sitemaps.isEmpty()) {
                sitemaps = firstVerified(fetcher, robots, found.sitemapCandidates(), null, err);
            }
            String name = home.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
                    .replaceAll("[^a-z0-9._-]", "-");
            SourcesFile file = new SourcesFile(agent, SourcesFile.Defaults.STANDARD, List.of(new SourcesFile.Site(
                    name, feeds, sitemaps, html == null ? List.of() : List.of(home), List.of(), List.of(), null, null)));
            if (feeds.isEmpty() && sitemaps.isEmpty() && html == null) {
                err.println("sitrep: sources discover: " + home + ": found no feed, sitemap or readable home page");
                return ExitCodes.FAILED;
            }
            out.print("# sources for sitrep watch, found at " + home + "\n" + file.toYaml());
            out.flush();
            err.println("sitrep: sources discover: " + feeds.size() + " feed(s), " + sitemaps.size() + " sitemap(s)");
            return ExitCodes.OK;
        }
    }

    private List<URI> verified(Fetcher fetcher, RobotsCache robots, List<String> urls, ListingKind want,
                               PrintWriter err) throws InterruptedException {
        List<URI> ok = new ArrayList<>();
        for (String u : urls) {
            if (is(fetcher, robots, URI.create(u), want, err)) {
                ok.add(URI.create(u));
            }
        }
        return ok;
    }

    private List<URI> firstVerified(Fetcher fetcher, RobotsCache robots, List<String> urls, ListingKind want,
                                    PrintWriter err) throws InterruptedException {
        for (String u : urls) {
            if (is(fetcher, robots, URI.create(u), want, err)) {
                return List.of(URI.create(u));
            }
        }
        return List.of();
    }

    /** Whether the URL holds a listing of the kind wanted (null: any sitemap or sitemap index). */
    private boolean is(Fetcher fetcher, RobotsCache robots, URI u, ListingKind want, PrintWriter err)
            throws InterruptedException {
        FetchResult r = get(fetcher, u, robots);
        if (!(r instanceof FetchResult.Fetched f)) {
            return false;
        }
        ListingKind kind = Discovery.kind(f.body(), f.contentType());
        boolean match = want == null ? kind == ListingKind.SITEMAP || kind == ListingKind.SITEMAP_INDEX : kind == want;
        if (!match) {
            err.println("sitrep: sources discover: " + u + ": not a " + (want == null ? "sitemap" : "feed")
                    + ", left out");
        }
        return match;
    }

    /** Fetches {@code u} once the pause since the last request is over: {@code --delay}, or robots.txt's
     * Crawl-delay for the site when that is longer. */
    private FetchResult get(Fetcher fetcher, URI u, RobotsCache robots) throws InterruptedException {
        long pause = Math.max(delaySeconds * 1000L, robots.crawlDelay(u).toMillis());
        long wait = lastRequest + pause - System.currentTimeMillis();
        if (lastRequest > 0 && wait > 0) {
            Thread.sleep(wait);
        }
        try {
            return fetcher.fetch(u, Validators.NONE, AddressGuard.forSource(home),
                    x -> x.getPath() != null && x.getPath().equals("/robots.txt") || robots.allowed(x));
        } finally {
            lastRequest = System.currentTimeMillis();
        }
    }

    private static String describe(FetchResult r) {
        return switch (r) {
            case FetchResult.Fetched f -> "HTTP " + f.status();
            case FetchResult.NotModified n -> "HTTP 304";
            case FetchResult.HttpError h -> "HTTP " + h.status();
            case FetchResult.Failed f -> f.reason();
        };
    }
}
