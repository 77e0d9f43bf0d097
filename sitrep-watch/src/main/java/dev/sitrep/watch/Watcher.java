package dev.sitrep.watch;

import dev.sitrep.fetch.AddressGuard;
import dev.sitrep.fetch.FetchOptions;
import dev.sitrep.fetch.FetchResult;
import dev.sitrep.fetch.Fetcher;
import dev.sitrep.fetch.HostGate;
import dev.sitrep.fetch.RobotsCache;
import dev.sitrep.fetch.UrlCanon;
import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.ingest.SourceReader;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Follows the sources of a sources file: polls each listing when it is due, fetches the new articles it names,
 * archives every fetch and hands each page on as a {@link RawDocument}, to the same {@link Ingestion} that
 * {@code sitrep ingest} uses.
 *
 * <pre>
 *  dispatcher (the ingestion's reader thread)
 *      enqueues due sources; starts the next task of every host the {@link HostGate} lets through (one request
 *      in flight per host, its delay, its back-off); hands archived pages to the ingestion in fetch order
 *  one virtual thread per task
 *      robots.txt first on every host; a listing: fetch (conditional), parse, new article URLs onto their
 *      hosts' queues; a page: fetch, archive (forced to disk), then it is a document
 * </pre>
 *
 * <p>What survives a crash: the archive is written first, so a page whose fetch was recorded is never lost.
 * At start every archive file not yet known to be in the store is read again into the ingestion (the store
 * skips what it has, so nothing is stored twice), and the URLs it holds are marked seen. Redirects are
 * followed by the watcher, not inside one fetch: each hop waits for its host's turn like any request.
 */
public final class Watcher implements Closeable {
    /** The robots.txt product token Sitrep reads its rules for. */
    public static final String ROBOTS_TOKEN = "sitrep";
    private static final int MAX_HOPS = 5;
    private static final long SAVE_EVERY_NANOS = 30_000_000_000L;

    private final SourcesFile sources;
    private final WatchOptions options;
    private final WatchEvents events;
    private final Fetcher fetcher;
    private final HostGate gate;
    private final RobotsCache robots;
    private final Archive archive;
    private final Archive listingArchive;
    private final SeenUrls seen;
    private final Listings listings;
    private final Map<String, SourceState> states = new ConcurrentHashMap<>();
    private final List<String> analysed = new ArrayList<>();
    private final Object lock = new Object();
    private final Map<String, Deque<Task>> queues = new LinkedHashMap<>();
    private final Set<String> queuedSources = ConcurrentHashMap.newKeySet();
    /** Pages offered and neither seen nor given up yet: canonical key to the name of the site that listed it. */
    private final Map<String, String> queuedPages = new ConcurrentHashMap<>();
    /** The site of each source polled, scheduled or reached from one, for {@link #save()}. */
    private final Map<String, String> siteOfSource = new ConcurrentHashMap<>();
    /** The sources of the sources file, and its sites by name: looked up at every turn of the dispatcher. */
    private final List<Source> listed;
    private final Map<String, SourcesFile.Site> sitesByName = new HashMap<>();
    private final LinkedBlockingQueue<Handoff> out = new LinkedBlockingQueue<>();
    /** Archive file of each document handed on, by sequence number, until the store has it. */
    private final Map<Path, Long> lastSequenceOf = new HashMap<>();
    /** Archive files holding pages fetched and marked seen but not handed on yet, with how many. */
    private final Map<Path, Integer> notHandedOn = new HashMap<>();
    private final WatchStats stats = new WatchStats();
    /** Delays raised for hosts that answered 429 without Retry-After. */
    private final Map<String, Duration> learnedDelay = new HashMap<>();
    /** The delay each host is kept to by the sources file and robots.txt. */
    private final Map<String, Duration> hostDelay = new ConcurrentHashMap<>();
    /** What each host's robots.txt said, in a few words, for status. */
    private final Map<String, String> robotsSummary = new ConcurrentHashMap<>();
    private long handedOn;
    private long durableDone;
    private int running;
    private volatile boolean stopping;

    /**
     * A document for the ingestion and the archive file it came from.
     *
     * @param fetched whether this run fetched it (counted in {@link #notHandedOn} until handed on)
     */
    private record Handoff(SourceItem item, Path file, boolean fetched) {
    }


    private Watcher(SourcesFile sources, WatchOptions options, WatchEvents events, WatchState state, SeenUrls seen,
                    Archive archive, Archive listingArchive) {
        this.sources = sources;
        this.options = options;
        this.events = events;
        this.seen = seen;
        this.archive = archive;
        this.listingArchive = listingArchive;
        this.fetcher = new Fetcher(FetchOptions.builder(sources.userAgent()).clock(options.clock())
                .deadline(options.deadline()).maxBytes(options.maxBytes()).maxRedirects(0)
                .proxy(options.proxy()).build());
        this.gate = new HostGate(options.clock(), sources.defaults().delay(), new java.util.Random());
        this.robots = new RobotsCache(options.clock());
        this.listings = new Listings(this);
        this.states.putAll(state.sources());
        this.listed = sources.sources();
        listed.forEach(s -> siteOfSource.put(s.key(), s.site()));
        sources.sites().forEach(site -> sitesByName.put(site.name(), site));
        this.analysed.addAll(state.analysed());
    }

    /** Opens the watcher's folder (creating it), its state, seen URLs and archive. */
    public static Watcher open(SourcesFile sources, WatchOptions options, WatchEvents events) throws IOException {
        Files.createDirectories(options.dir());
        WatchState state = WatchState.load(options.stateFile());
        SeenUrls seen = SeenUrls.open(options.seenFile());
        Archive pages = new Archive(options.archiveDir(), options.archiveBytes(), options.archiveAge(),
                options.clock(), sources.userAgent());
        Archive listings = new Archive(options.listingArchiveDir(), options.archiveBytes(), options.archiveAge(),
                options.clock(), sources.userAgent());
        return new Watcher(sources, options, events, state, seen, pages, listings);
    }

    public WatchStats stats() {
        return stats;
    }

    public SourcesFile sources() {
        return sources;
    }

    WatchOptions options() {
        return options;
    }

    WatchEvents events() {
        return events;
    }

    /** Asks a running watcher to finish: no new polls start, what is in flight is completed. */
    public void stop() {
        stopping = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /**
     * The documents this watcher produces, for {@link Ingestion#run(Ingestion.Documents, dev.sitrep.store.ArticleStore,
     * Consumer, Consumer)}: first the archive files the store may lack, then what the polls fetch.
     *
     * @param once one round (every due source and the articles it lists) and return; else until {@link #stop()}
     */
    public Ingestion.Documents documents(boolean once) {
        return new Ingestion.Documents() {
            @Override
            public void read(Consumer<? super SourceItem> sink) {
                recover(sink);
                dispatch(sink, once);
            }

            @Override
            public String toString() {
                return "watch " + options.dir();
            }
        };
    }

    /**
     * Tells the watcher how far the store is: every document handed on so far up to {@code done} is committed.
     * Call it with each ingestion progress whose {@code committed} equals its {@code stored}.
     */
    public void committed(int done) {
        synchronized (lock) {
            durableDone = Math.max(durableDone, done);
            markAnalysed(archive.current());
        }
    }

    /** Notes the archive files, other than {@code current}, whose every document the store has committed. */
    private void markAnalysed(Path current) {
        synchronized (lock) {
            lastSequenceOf.entrySet().removeIf(e -> {
                if (e.getValue() < durableDone && !e.getKey().equals(current) && !notHandedOn.containsKey(e.getKey())) {
                    analysed.add(e.getKey().getFileName().toString());
                    return true;
                }
                return false;
            });
        }
    }

    /**
     * Saves the state and the seen URLs; called after commits and at the end.
     *
     * <p>A listing's validators and digest say that what it listed has been dealt with, so they are saved only
     * for sites with no page still waiting: the pages of a site that has some are in no file, and a restart
     * must read its listings whole (not ask them conditionally) to find those pages again.
     */
    public void save() throws IOException {
        WatchState snapshot;
        listingArchive.sync();
        synchronized (lock) {
            archive.sync(); // the page of every URL marked seen so far is written: on disk before the list is
            seen.sync();
            snapshot = snapshot();
        }
        snapshot.save(options.stateFile());
    }

    @Override
    public void close() throws IOException {
        try {
            archive.close();
            listingArchive.close();
            synchronized (lock) {
                markAnalysed(null);
                // Files with no document at all, and every file once the ingestion has finished with it.
                for (Path f : archive.files()) {
                    String name = f.getFileName().toString();
                    if (!lastSequenceOf.containsKey(f) && !notHandedOn.containsKey(f) && !analysed.contains(name)) {
                        analysed.add(name);
                    }
                }
            }
            save();
        } finally {
            seen.close();
            fetcher.close();
        }
    }

    // ---- recovery

    private void recover(Consumer<? super SourceItem> sink) {
        List<String> pending;
        try {
            pending = archive.files().stream().map(p -> p.getFileName().toString())
                    .filter(n -> !analysed.contains(n)).toList();
        } catch (IOException e) {
            events.problem(options.archiveDir() + ": cannot list the archive: " + e.getMessage());
            return;
        }
        for (String name : pending) {
            Path file = options.archiveDir().resolve(name);
            new SourceReader().read(List.of(file.toString()), item -> {
                if (item instanceof RawDocument d && d.url() != null) {
                    String key = UrlCanon.key(d.url());
                    if (key != null) {
                        synchronized (lock) {
                            seen.add(key);
                        }
                    }
                    stats.recovered.incrementAndGet();
                    handOn(sink, new Handoff(item, file, false));
                } else if (item instanceof dev.sitrep.ingest.ReadFailure f
                        && f.message().startsWith("truncated WARC.gz")) {
                    // The record the last run was writing when it stopped: its page was never handed on.
                    events.problem(f.describe() + " (a fetch cut short by a crash; it will be fetched again)");
                } else {
                    handOn(sink, new Handoff(item, file, false));
                }
            });
        }
    }

    // ---- dispatching

    private void dispatch(Consumer<? super SourceItem> sink, boolean once) {
        boolean enqueued = false;
        long lastSave = System.nanoTime();
        while (true) {
            List<Handoff> ready = new ArrayList<>();
            out.drainTo(ready);
            if (!ready.isEmpty()) {
                try {
                    archive.sync(); // one forced write for the batch, before any of it reaches the store
                } catch (IOException e) {
                    problem(options.archiveDir() + ": cannot force the archive to disk: " + e.getMessage());
                }
                ready.forEach(h -> handOn(sink, h));
            }
            if (System.nanoTime() - lastSave > SAVE_EVERY_NANOS) {
                lastSave = System.nanoTime(); // validators and schedules, also while nothing new is stored
                try {
                    save();
                } catch (IOException e) {
                    problem(options.stateFile() + ": cannot save the state: " + e.getMessage());
                }
            }
            long waitMillis;
            synchronized (lock) {
                if (!stopping && (!once || !enqueued)) {
                    enqueueDue();
                    enqueued = true;
                }
                startReady();
                boolean idle = running == 0 && queues.values().stream().allMatch(Deque::isEmpty);
                if (idle && out.isEmpty() && (once || stopping)) {
                    return;
                }
                if (stopping && running == 0 && out.isEmpty()) {
                    return; // queued pages wait for the next run: they are not seen yet
                }
                waitMillis = realMillisUntil(nextWake(once));
                if (out.isEmpty() && waitMillis > 0) {
                    try {
                        lock.wait(waitMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private void handOn(Consumer<? super SourceItem> sink, Handoff h) {
        synchronized (lock) {
            if (h.file() != null) {
                lastSequenceOf.put(h.file(), handedOn);
                if (h.fetched()) {
                    notHandedOn.computeIfPresent(h.file(), (f, n) -> n == 1 ? null : n - 1);
                }
            }
            handedOn++;
        }
        sink.accept(h.item());
    }

    private void enqueueDue() {
        long now = options.clock().millis();
        for (Source s : listed) {
            SourceState st = states.computeIfAbsent(s.key(),
                    k -> SourceState.fresh(sources.interval(site(s.site())).toMillis()));
            if (st.nextDue() <= now && queuedSources.add(s.key())) {
                enqueue(new Task.Listing(s.url(), s, false, s.url()));
            }
        }
    }

    /** Puts a task on its host's queue; robots.txt goes first when the host has no current rules. */
    void enqueue(Task task) {
        synchronized (lock) {
            String host = HostGate.key(task.url());
            Deque<Task> q = queues.computeIfAbsent(host, h -> {
                SourcesFile.Site site = siteOf(task);
                if (site != null && !learnedDelay.containsKey(h)) {
                    gate.setDelay(h, sources.delay(site));
                    hostDelay.put(h, sources.delay(site));
                }
                return new ArrayDeque<>();
            });
            q.addLast(task);
            lock.notifyAll();
        }
    }

    private SourcesFile.Site siteOf(Task task) {
        String name = switch (task) {
            case Task.Listing l -> l.source().site();
            case Task.Page p -> p.site();
            case Task.Robots r -> null;
        };
        return name == null ? null : site(name);
    }

    private void startReady() {
        for (Map.Entry<String, Deque<Task>> e : queues.entrySet()) {
            Deque<Task> q = e.getValue();
            if (q.isEmpty() || gate.inFlight(e.getKey())) {
                continue;
            }
            Task head = q.peekFirst();
            if (!(head instanceof Task.Robots) && robots.cached(head.url()).isEmpty()) {
                q.addFirst(new Task.Robots(RobotsCache.robotsUri(head.url()), head.from()));
            }
            if (!gate.tryAcquire(e.getKey())) {
                continue;
            }
            Task task = q.pollFirst();
            running++;
            String host = e.getKey();
            Thread.ofVirtual().name("sitrep-watch-" + host).start(() -> run(host, task));
        }
    }

    private Instant nextWake(boolean once) {
        Instant wake = options.clock().instant().plusSeconds(60);
        for (Map.Entry<String, Deque<Task>> e : queues.entrySet()) {
            if (!e.getValue().isEmpty() && !gate.inFlight(e.getKey())) {
                Instant at = gate.nextAllowed(e.getKey());
                if (at.isBefore(wake)) {
                    wake = at;
                }
            }
        }
        if (!once && !stopping) {
            for (SourceState st : states.values()) {
                Instant due = Instant.ofEpochMilli(st.nextDue());
                if (due.isBefore(wake)) {
                    wake = due;
                }
            }
        }
        return wake;
    }

    private long realMillisUntil(Instant at) {
        long simMillis = Duration.between(options.clock().instant(), at).toMillis();
        if (simMillis <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(1000, (long) Math.ceil(simMillis / options.speed())));
    }

    // ---- running one task

    private void run(String host, Task task) {
        try {
            switch (task) {
                case Task.Robots r -> robots(host, r);
                case Task.Listing l -> listings.poll(host, l);
                case Task.Page p -> page(host, p);
            }
        } catch (RuntimeException | IOException e) {
            problem(task.url() + ": " + e);
        } finally {
            synchronized (lock) {
                gate.release(host);
                running--;
                lock.notifyAll();
            }
        }
    }

    /**
     * Fetches with the politeness bookkeeping every request needs; archives the exchange.
     *
     * @param source where the URL came from: a source of the sources file, or the listing that named it. An
     *               address on loopback or a private network is refused unless that source is on one too.
     */
    FetchResult fetch(String host, URI url, dev.sitrep.fetch.Validators validators, URI source, Archive into)
            throws IOException {
        stats.requests.incrementAndGet();
        FetchResult r = fetcher.fetch(url, validators, AddressGuard.forSource(source),
                u -> robots.allowed(u));
        switch (r) {
            case FetchResult.Fetched f -> {
                stats.bytes.addAndGet(f.wireBody().length);
                gate.success(host);
            }
            case FetchResult.NotModified n -> {
                stats.notModified.incrementAndGet();
                gate.success(host);
                into.writeNotModified(n.exchange());
            }
            case FetchResult.HttpError h -> {
                int s = h.status();
                if (s == 429 && h.retryAfter().isEmpty()) {
                    slowDown(host); // a rate limit it does not state: learn it
                }
                if (s == 429 || s == 503) {
                    gate.backOff(host, h.retryAfter().orElse(null));
                } else if (s >= 500) {
                    gate.backOff(host);
                } else if (s < 400) {
                    gate.success(host);
                }
                into.writeHead(h.exchange());
            }
            case FetchResult.Failed f -> {
                if (f.cause() == FetchResult.Cause.TIMEOUT || f.cause() == FetchResult.Cause.CONNECT
                        || f.cause() == FetchResult.Cause.IO) {
                    gate.backOff(host);
                }
            }
        }
        return r;
    }

    /**
     * Doubles the delay for a host that answered 429 without saying how long to wait (from the site's delay,
     * at least 10 s, at most the robots.txt ceiling of 120 s), so that it is asked less often from then on.
     */
    private void slowDown(String host) {
        synchronized (lock) {
            Duration now = learnedDelay.getOrDefault(host, sources.defaults().delay());
            Duration next = now.multipliedBy(2);
            if (next.compareTo(Duration.ofSeconds(10)) < 0) {
                next = Duration.ofSeconds(10);
            }
            if (next.compareTo(RobotsCache.MAX_CRAWL_DELAY) > 0) {
                next = RobotsCache.MAX_CRAWL_DELAY;
            }
            learnedDelay.put(host, next);
            gate.setDelay(host, next);
        }
    }

    private void robots(String host, Task.Robots task) throws IOException {
        FetchResult r = fetch(host, task.url(), dev.sitrep.fetch.Validators.NONE, task.from(), listingArchive);
        switch (r) {
            case FetchResult.Fetched f -> {
                listingArchive.write(f.exchange(), f.wireBody());
                robots.store(task.url(), f.status(), f.body(), ROBOTS_TOKEN);
            }
            case FetchResult.HttpError h -> {
                robots.store(task.url(), h.status() >= 300 && h.status() < 400 ? 404 : h.status(), null,
                        ROBOTS_TOKEN);
                if (h.status() >= 500) {
                    problem(task.url() + ": " + h.status() + ", so nothing on " + host + " is fetched for now");
                }
            }
            case FetchResult.NotModified n -> robots.store(task.url(), 404, null, ROBOTS_TOKEN);
            case FetchResult.Failed f -> {
                robots.storeFailure(task.url());
                problem(f.reason() + " (robots.txt unreachable: nothing on " + host + " is fetched for now)");
            }
        }
        Duration crawlDelay = robots.crawlDelay(task.url());
        gate.setCrawlDelay(host, crawlDelay);
        if (crawlDelay.compareTo(hostDelay.getOrDefault(host, Duration.ZERO)) > 0) {
            hostDelay.put(host, crawlDelay);
        }
        robotsSummary.put(host, robots.cached(task.url()).map(rules -> rules.isAllowNone()
                ? "disallows everything" + (r instanceof FetchResult.Fetched ? "" : " (unreachable; asked again "
                + "within an hour)") : rules.isAllowAll() ? "allows everything" : "rules"
                + (crawlDelay.isZero() ? "" : ", Crawl-delay " + crawlDelay.toSeconds() + " s")).orElse("unknown"));
    }

    /** Whether a listed URL is new: not seen, not queued, admitted by its site; then queues it. */
    boolean offer(SourcesFile.Site site, String listed, long listedAt, URI from) {
        String url = UrlCanon.normalize(listed);
        if (url == null) {
            return false;
        }
        String amp = UrlCanon.ampTarget(url);
        if (amp != null) {
            url = amp;
        }
        String key = UrlCanon.key(url);
        if (key == null || !site.admits(url)) {
            return false;
        }
        synchronized (lock) {
            if (seen.contains(key) || queuedPages.putIfAbsent(key, site.name()) != null) {
                return false;
            }
        }
        enqueue(new Task.Page(URI.create(url), site.name(), key, listedAt, 1, 0, from));
        return true;
    }

    boolean seen(String listed) {
        String key = UrlCanon.key(listed);
        synchronized (lock) {
            return key != null && (seen.contains(key) || queuedPages.containsKey(key));
        }
    }

    private void page(String host, Task.Page task) throws IOException {
        FetchResult r = fetch(host, task.url(), dev.sitrep.fetch.Validators.NONE, task.from(), archive);
        switch (r) {
            case FetchResult.Fetched f -> {
                Archive.Position at = archive.write(f.exchange(), f.wireBody());
                dev.sitrep.ingest.MediaKind kind = Pages.kindOf(f.contentType());
                if (kind == null) {
                    markSeen(task, f.finalUri());
                    problem(task.url() + ": not a page (" + f.contentType() + "), skipped");
                    return;
                }
                URI canonical = Pages.canonicalOf(f.finalUri(), f.body(), kind);
                synchronized (lock) {
                    // Seen from now on, so its file must wait for it: not analysed (another fetch may have moved
                    // the archive to a new file and a commit marked this one meanwhile) until it is in the store.
                    notHandedOn.merge(at.file(), 1, Integer::sum);
                    analysed.remove(at.file().getFileName().toString());
                    markSeen(task, f.finalUri());
                    markSeen(task, canonical);
                }
                stats.pages.incrementAndGet();
                events.fetched(task.url().toString());
                out.add(new Handoff(new RawDocument(at.source(), f.body(), kind, Pages.charsetOf(f.contentType()),
                        f.finalUri().toString(), f.start(), null, null), at.file(), true));
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
            case FetchResult.HttpError h when h.status() >= 300 && h.status() < 400 -> {
                URI to = Pages.location(h);
                if (to == null || task.hops() >= MAX_HOPS) {
                    problem(task.url() + ": " + (to == null ? "redirect without a Location" : "more than "
                            + MAX_HOPS + " redirects") + ", given up");
                    markSeen(task, null);
                } else if (seen(to.toString()) && !UrlCanon.key(to.toString()).equals(task.key())) {
                    markSeen(task, null); // redirects to an article already fetched
                } else {
                    enqueue(task.redirectedTo(to));
                }
            }
            case FetchResult.HttpError h when h.status() == 429 || h.status() == 503 -> enqueue(task); // the host
            // asked for time, the page did nothing wrong: not an attempt; the gate holds the host back meanwhile
            case FetchResult.HttpError h when h.status() >= 500 -> retry(task, "HTTP " + h.status());
            case FetchResult.HttpError h -> {
                problem(task.url() + ": HTTP " + h.status() + ", skipped");
                markSeen(task, null);
            }
            case FetchResult.NotModified n -> markSeen(task, null);
            case FetchResult.Failed f -> {
                if (f.cause() == FetchResult.Cause.TIMEOUT || f.cause() == FetchResult.Cause.CONNECT
                        || f.cause() == FetchResult.Cause.IO) {
                    retry(task, f.reason());
                } else if (f.cause() == FetchResult.Cause.DISALLOWED) {
                    // Not seen: robots.txt may have been unreachable (everything refused for now) or may change;
                    // the next poll that lists the page offers it again, and no request is made meanwhile.
                    problem(f.reason());
                    synchronized (lock) {
                        queuedPages.remove(task.key());
                    }
                } else {
                    problem(f.reason());
                    markSeen(task, null);
                }
            }
        }
    }

    private void retry(Task.Page task, String why) {
        if (task.attempt() >= options.pageAttempts()) {
            problem(task.url() + ": " + why + " after " + task.attempt() + " attempts, given up for this run");
            synchronized (lock) {
                queuedPages.remove(task.key()); // not seen: a later poll may list it again,
                // which a conditional poll answered 304 would not: the site's listings are next read whole
                states.replaceAll((key, st) -> task.site().equals(siteOfSource.get(key)) ? st.unvalidated() : st);
            }
            return;
        }
        enqueue(task.retry());
    }

    private void markSeen(Task.Page task, URI also) {
        synchronized (lock) {
            seen.add(task.key());
            queuedPages.remove(task.key());
            String k = UrlCanon.key(task.url().toString());
            if (k != null) {
                seen.add(k);
            }
            if (also != null) {
                String a = UrlCanon.key(also.toString());
                if (a != null) {
                    seen.add(a);
                }
            }
        }
    }

    /** Whether the sources file lists this source, so that it is polled on a schedule of its own. */
    boolean scheduled(Source s) {
        return siteOfSource.containsKey(s.key()) && listed.contains(s);
    }

    /** The site of that name in the sources file. */
    SourcesFile.Site site(String name) {
        SourcesFile.Site site = sitesByName.get(name);
        if (site == null) {
            throw new IllegalArgumentException("no site named " + name);
        }
        return site;
    }

    SourceState state(Source s) {
        return states.computeIfAbsent(s.key(), k -> SourceState.fresh(sources.interval(site(s.site())).toMillis()));
    }

    void update(Source s, SourceState st, boolean scheduled) {
        siteOfSource.put(s.key(), s.site());
        states.put(s.key(), st);
        if (scheduled) {
            queuedSources.remove(s.key());
        }
    }

    Instant backOffUntil(String host) {
        return gate.nextAllowed(host);
    }

    List<String> robotsSitemaps(URI url) {
        return robots.sitemaps(url);
    }

    void problem(String line) {
        stats.problems.incrementAndGet();
        events.problem(line);
    }

    /** Where listings and robots.txt are archived: apart from the pages, so that ingesting the page archive
     * stores articles only. */
    Archive listingArchive() {
        return listingArchive;
    }

    /** The state as it is now, for status. */
    public WatchState snapshot() {
        synchronized (lock) {
            Map<String, HostState> hosts = new HashMap<>();
            for (String host : queues.keySet()) {
                Instant until = gate.nextAllowed(host);
                hosts.put(host, new HostState(robotsSummary.getOrDefault(host, "not read yet"),
                        learnedDelay.getOrDefault(host, hostDelay.getOrDefault(host, sources.defaults().delay()))
                                .toMillis(),
                        until.isAfter(options.clock().instant()) ? until.toEpochMilli() : 0, gate.failures(host)));
            }
            Set<String> waiting = new java.util.HashSet<>(queuedPages.values());
            Map<String, SourceState> saved = new HashMap<>(states);
            saved.replaceAll((key, st) -> waiting.contains(siteOfSource.getOrDefault(key, "")) ? st.unvalidated() : st);
            return new WatchState(saved, analysed, hosts);
        }
    }
}
