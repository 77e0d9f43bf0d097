/**
 * Fetching the web politely: canonical URLs, robots.txt, delays and back-off per host, conditional requests,
 * redirects followed by hand (so that every hop is checked) and a guard against addresses that are not the
 * public web.
 *
 * <p>One URL found in a source goes through these steps, in order:
 * <ol>
 *   <li>{@link dev.sitrep.fetch.UrlCanon#key} says whether the article is already known (an AMP URL is first
 *       mapped by {@link dev.sitrep.fetch.UrlCanon#ampTarget});</li>
 *   <li>{@link dev.sitrep.fetch.HostGate#tryAcquire} says whether the host may be asked now;</li>
 *   <li>without a current verdict in the {@link dev.sitrep.fetch.RobotsCache}, robots.txt is fetched first
 *       and stored, and its Crawl-delay given to the gate;</li>
 *   <li>{@link dev.sitrep.fetch.Fetcher#fetch} runs with the source's {@link dev.sitrep.fetch.AddressGuard}
 *       and {@code robots::allowed} for every hop, and the validators of the last fetch;</li>
 *   <li>the gate is released, then told of a success or asked to back off (with the Retry-After of an
 *       {@link dev.sitrep.fetch.FetchResult.HttpError} when there is one).</li>
 * </ol>
 * Nothing here schedules or loops; the watcher does, and the simulator checks that it stays polite.
 */
package dev.sitrep.fetch;
