package dev.sitrep.listing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Resolution of the addresses listings give, kept to absolute http(s) addresses without fragments. */
final class Links {
    private static final int MAX_LENGTH = 2048;

    private Links() {
    }

    /**
     * The address {@code href} names relative to {@code base}, when it is an http(s) address with a host. Spaces
     * and the other characters browsers quietly escape are escaped the same way; a fragment is dropped, since it
     * names a place in the same document.
     */
    static Optional<String> resolveHttp(URI base, String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip();
        if (h.isEmpty() || h.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI ref = new URI(escape(h));
            URI abs = base == null ? ref : base.resolve(ref);
            String scheme = abs.getScheme();
            if (scheme == null || abs.getHost() == null || abs.getHost().isEmpty()) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            String path = abs.getRawPath() == null || abs.getRawPath().isEmpty() ? "/" : abs.getRawPath();
            String s = scheme + "://" + abs.getRawAuthority() + path
                    + (abs.getRawQuery() == null ? "" : "?" + abs.getRawQuery());
            return Optional.of(s);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not an address: the caller skips the entry, which is the documented contract
        }
    }

    private static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case ' ' -> "%20";
                case '"' -> "%22";
                case '<' -> "%3C";
                case '>' -> "%3E";
                case '\\' -> "%5C";
                case '^' -> "%5E";
                case '`' -> "%60";
                case '{' -> "%7B";
                case '|' -> "%7C";
                case '}' -> "%7D";
                default -> null;
            };
            if (replacement != null || Character.isISOControl(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                if (replacement != null) {
                    b.append(replacement);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
