/**
 * What a source lists: the entries of RSS and Atom feeds, news sitemaps and sitemap indexes, the article links
 * of a front page, and the feeds and sitemaps a site announces.
 */
package dev.sitrep.listing;
