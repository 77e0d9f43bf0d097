package dev.sitrep.watch;

import dev.sitrep.fetch.FetchResult;
import dev.sitrep.ingest.MediaKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the watcher needs to know of a fetched page before it is analysed. */
final class Pages {
    /** The canonical link, looked for in the head only: the page is parsed in full later, by the pipeline. */
    private static final Pattern CANONICAL = Pattern.compile(
            "<link\\b[^>]*\\brel\\s*=\\s*[\"']?canonical[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final int HEAD_BYTES = 64 * 1024;

    private Pages() {
    }

    /** HTML or text by the Content-Type, or null for anything else (a PDF, an image, a feed). */
    static MediaKind kindOf(String contentType) {
        if (contentType == null) {
            return MediaKind.UNKNOWN;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.startsWith("text/html") || t.startsWith("application/xhtml")) {
            return MediaKind.HTML;
        }
        if (t.startsWith("text/plain")) {
            return MediaKind.TEXT;
        }
        return null;
    }

    /** The charset parameter of a Content-Type, or null. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The page's {@code <link rel="canonical">}, resolved against its URL, or null. */
    static URI canonicalOf(URI page, byte[] body, MediaKind kind) {
        if (kind != MediaKind.HTML) {
            return null;
        }
        String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher link = CANONICAL.matcher(head);
        if (!link.find()) {
            return null;
        }
        Matcher href = HREF.matcher(link.group());
        if (!href.find()) {
            return null;
        }
        String v = href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
        try {
            URI u = page.resolve(v.strip());
            return u.getScheme() != null && u.getScheme().matches("(?i)https?") ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Where a redirect points, resolved against the URL that answered it, or null. */
    static URI location(FetchResult.HttpError h) {
        for (var e : h.exchange().responseHeaders().entrySet()) {
            if ("location".equalsIgnoreCase(e.getKey())) {
                List<String> vs = e.getValue();
                if (vs.isEmpty()) {
                    return null;
                }
                try {
                    URI to = h.exchange().uri().resolve(vs.get(0).strip());
                    return to.getScheme() != null && to.getScheme().matches("(?i)https?") ? to : null;
                } catch (IllegalArgumentException ex) {
                    return null;
                }
            }
        }
        return null;
    }
}
