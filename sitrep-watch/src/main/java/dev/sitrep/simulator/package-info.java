/**
 * A news-site simulator on the JDK's HTTP server with a clock the caller moves: many sites publishing on a
 * schedule, with the habits of real ones (short feeds, lying validators, rate limits, slow bodies, redirects,
 * robots rules, tracking-parameter and AMP variants). The watcher's tests and {@code sitrep eval watch} run
 * against it.
 */
package dev.sitrep.simulator;
