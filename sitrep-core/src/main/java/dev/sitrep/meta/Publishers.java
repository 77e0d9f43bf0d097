package dev.sitrep.meta;

import dev.sitrep.clean.ResourceLines;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names publishers from what the text shows: the host of a URL ({@code publishers.txt}), a line holding only a
 * known publisher's name, or a wire dateline ("LONDON (Reuters) -").
 */
public final class Publishers {
    private static final Map<String, String> BY_HOST = load();
    private static final Map<String, String> BY_NAME = byName();
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} ,.'-]{1,40}\\((Reuters|AP|AFP|Bloomberg|dpa|TASS|Interfax|Xinhua)\\)\\s*[-–—]");

    private Publishers() {
    }

    /** The publisher of a URL's host (or its parent domain), when known. */
    public static Optional<String> ofUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            while (host != null && host.contains(".")) {
                String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                if (BY_HOST.containsKey(h)) {
                    return Optional.of(BY_HOST.get(h));
                }
                host = host.substring(host.indexOf('.') + 1);
            }
        } catch (IllegalArgumentException e) {
            // not a URL we can read: no publisher from it
        }
        return Optional.empty();
    }

    /** The wire agency named in a dateline at the start of the first paragraph, when there is one. */
    public static Optional<String> ofDateline(String firstParagraph) {
        Matcher m = WIRE_DATELINE.matcher(firstParagraph);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The publisher a line names when the line is nothing but a known publisher's name ("Reuters", "The Guardian"). */
    public static Optional<String> ofLine(String line) {
        return Optional.ofNullable(BY_NAME.get(line.strip().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> byName() {
        Map<String, String> out = new HashMap<>();
        BY_HOST.values().forEach(n -> out.put(n.toLowerCase(Locale.ROOT), n));
        return Map.copyOf(out);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String line : ResourceLines.load(Publishers.class, "publishers.txt")) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                out.put(parts[0].strip(), parts[1].strip());
            }
        }
        return Map.copyOf(out);
    }
}
