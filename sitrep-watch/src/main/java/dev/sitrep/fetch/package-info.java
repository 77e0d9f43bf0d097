/**
 * Fetching the web politely: one queue per host, robots.txt, delays and back-off, conditional requests,
 * redirects followed by hand (so that every hop is checked), canonical URLs.
 */
package dev.sitrep.fetch;
