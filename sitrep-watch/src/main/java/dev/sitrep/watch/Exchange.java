package dev.sitrep.watch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and its answer, as the archive writes them.
 *
 * @param target          the URL requested
 * @param requestHeaders  the headers sent
 * @param status          the status answered
 * @param reason          the status line's reason phrase, or null
 * @param responseHeaders the headers answered
 * @param body            the body, with any content coding removed (empty for a 304 or a redirect)
 * @param date            when the request was sent
 */
public record Exchange(URI target, Map<String, List<String>> requestHeaders, int status, String reason,
                       Map<String, List<String>> responseHeaders, byte[] body, Instant date) {
    /** The first value of a response header, case-insensitively, or null. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
