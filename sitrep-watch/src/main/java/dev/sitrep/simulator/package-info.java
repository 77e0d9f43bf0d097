/**
 * A news-site simulator on the JDK's HTTP server with a clock the caller moves: many sites publishing on a
 * schedule, with the habits of real ones (short feeds, lying validators, rate limits, slow bodies, redirects,
 * robots rules, tracking-parameter and AMP variants). The watcher's tests and {@code sitrep eval watch} run
 * against it.
 *
 * <p>{@link dev.sitrep.simulator.NewsSimulator} is the entry point: it takes a
 * {@link dev.sitrep.simulator.SimClock}, a list of {@link dev.sitrep.simulator.SiteSpec}s (or a
 * {@link dev.sitrep.simulator.Scenario}'s) and a seed, and listens as an HTTP proxy on 127.0.0.1. Each request
 * goes through these steps, in order:
 *
 * <ol>
 *   <li>the host (from the absolute request URI, else the Host header) picks the site; an unknown host is 502;</li>
 *   <li>a site that never answers logs the request and holds it until the simulator closes;</li>
 *   <li>methods other than GET and HEAD are 405; inside an outage window everything is 503;</li>
 *   <li>robots.txt is answered (200, 404 or 500) without counting against the rate limit;</li>
 *   <li>a request too soon after the last one served is 429;</li>
 *   <li>the route answers: listings with validators, pages, redirects, the PDF, or 404;</li>
 *   <li>the request is logged with its status, then the body is sent, trickled where the site is slow.</li>
 * </ol>
 *
 * <p>What happened is read back from {@link dev.sitrep.simulator.NewsSimulator#requests()}, judged by
 * {@link dev.sitrep.simulator.Politeness}, and compared with
 * {@link dev.sitrep.simulator.NewsSimulator#published()}, the ground truth of every article.
 */
package dev.sitrep.simulator;
