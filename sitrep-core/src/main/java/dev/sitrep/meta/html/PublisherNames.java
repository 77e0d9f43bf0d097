package dev.sitrep.meta.html;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A readable publisher name for a URL whose page does not name its publisher: the name listed for the host
 * or one of its parent domains in {@code publishers.tsv}, else the registered name of the domain with a
 * capital, hyphens read as spaces ({@code www.example-news.co.uk} gives "Example News").
 */
public final class PublisherNames {
    private static final Map<String, String> KNOWN = load();
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}]");

    private PublisherNames() {
    }

    /** The name for {@code url}'s host, or null when the URL has no host. */
    public static String forUrl(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
            String name = KNOWN.get(h);
            if (name != null) {
                return name;
            }
        }
        String label = registeredLabel(host);
        if (label.isEmpty()) {
            return null;
        }
        // Hyphens in a domain stand for spaces in the name: eastern-wire.com is "Eastern Wire".
        StringBuilder name = new StringBuilder();
        for (String word : label.split("-")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return name.isEmpty() ? null : name.toString();
    }

    /**
     * Whether a line spells the name of {@code url}'s domain ("Harbour Times" for harbour-times.com, "The
     * Guardian" for theguardian.com): the same letters and digits, ignoring case, spaces and punctuation.
     */
    public static boolean namesHost(String line, String url) {
        String host = host(url);
        if (host == null) {
            return false;
        }
        String label = NOT_LETTER.matcher(registeredLabel(host)).replaceAll("");
        String letters = NOT_LETTER.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("");
        return !label.isEmpty() && (letters.equals(label) || letters.equals("the" + label) || ("the" + letters).equals(label));
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null || h.startsWith("[") || h.matches("[0-9.]+") || h.indexOf('.') < 0) {
                return null; // an address or a machine name (127.0.0.1, localhost) names no publisher
            }
            return h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // The label before the public suffix; two-part suffixes such as co.uk and com.au are recognised by their
    // short second-level part (co, com, org, net, gov, ac, edu), which covers the news hosts met in practice.
    private static String registeredLabel(String host) {
        String[] parts = host.split("\\.");
        if (parts.length == 1) {
            return parts[0];
        }
        int i = parts.length - 2;
        if (i > 0 && parts[parts.length - 1].length() == 2
                && parts[i].matches("co|com|org|net|gov|ac|edu|or|ne|go")) {
            i--;
        }
        return parts[i];
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String line : ResourceLines.load("publishers.tsv")) {
            String[] cols = line.split("\t");
            out.put(cols[0], cols[1]);
        }
        return Map.copyOf(out);
    }
}
