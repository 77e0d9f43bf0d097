package dev.sitrep.meta.html;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a page was most likely published in, from the country its host name ends in ({@code .it});
 * data in {@code country-zones.tsv}.
 * Machine-readable timestamps are often written in UTC, and a story posted at 20:23 in Ottawa carries the
 * next day's date in UTC; the publication day a reader sees is the day where the newsroom is.
 */
public final class PublisherZone {
    private static final Map<String, ZoneId> ZONES = load();

    private PublisherZone() {
    }

    /**
     * The zone of the page at {@code url} (may be null), or null when unknown. Only the host name counts: the
     * region of a language tag is no evidence, as publishing software writes {@code en-US} by default.
     */
    public static ZoneId of(String url) {
        String country = countryOfHost(url);
        return country == null ? null : ZONES.get(country);
    }

    private static String countryOfHost(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            return host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> out = new HashMap<>();
        for (String line : ResourceLines.load("country-zones.tsv")) {
            String[] cols = line.split("\t");
            try {
                out.put(cols[0], ZoneId.of(cols[1]));
            } catch (DateTimeException e) {
                // an older time zone database without this name: the country's dates stay as written
            }
        }
        return Map.copyOf(out);
    }
}
