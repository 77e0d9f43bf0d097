package dev.sitrep.listing;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * The fields of one RSS item or Atom entry as they are read, turned into an {@link Entry} at its end tag. Each
 * format names the same things differently; this class keeps the first of each and the order of preference.
 */
final class FeedItem {
    static final int MAX_TITLE = 500;

    private String link;           // RSS <link> text or the first Atom link with no rel or rel="alternate"
    private String permalinkGuid;  // an RSS guid that is a permalink, the fallback link
    private String about;          // RDF rdf:about, id and fallback link of RSS 1.0
    private String id;             // RSS guid, Atom id
    private String title;
    private Instant published;     // pubDate, dc:date, published, issued
    private Instant updated;       // updated, modified: only when nothing says published

    void about(String value) {
        about = blankToNull(value);
    }

    /** A {@code <link>} element: Atom's with an href attribute, RSS's with the address as its text. */
    void link(String href, String rel, String text) {
        if (link != null) {
            return;
        }
        if (href != null) {
            if (rel == null || rel.isBlank() || rel.strip().equalsIgnoreCase("alternate")) {
                link = blankToNull(href);
            }
        } else {
            link = blankToNull(text);
        }
    }

    void guid(String text, String isPermaLink) {
        String value = blankToNull(text);
        if (id == null) {
            id = value;
        }
        if (permalinkGuid == null && !"false".equalsIgnoreCase(isPermaLink == null ? "" : isPermaLink.strip())) {
            permalinkGuid = value;
        }
    }

    void id(String text) {
        if (id == null) {
            id = blankToNull(text);
        }
    }

    void title(String text) {
        if (title == null) {
            title = cleanTitle(text);
        }
    }

    void published(String text) {
        if (published == null) {
            published = FeedDates.parse(text).orElse(null);
        }
    }

    void updated(String text) {
        if (updated == null) {
            updated = FeedDates.parse(text).orElse(null);
        }
    }

    /** The entry, or empty when no candidate link resolves to an http(s) address. */
    Optional<Entry> toEntry(URI base) {
        for (String candidate : new String[] {link, permalinkGuid, about}) {
            Optional<String> url = Links.resolveHttp(base, candidate);
            if (url.isPresent()) {
                return Optional.of(new Entry(url.get(), title, published != null ? published : updated,
                        id != null ? id : about));
            }
        }
        return Optional.empty();
    }

    private static String cleanTitle(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        // Titles arrive as escaped HTML often enough ("type=html" in Atom, habit in RSS); keep the words only.
        if (t.indexOf('<') >= 0 || t.indexOf('&') >= 0) {
            t = Jsoup.parseBodyFragment(t).text();
        }
        t = t.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
