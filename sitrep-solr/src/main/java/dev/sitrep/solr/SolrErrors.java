package dev.sitrep.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/** Tells a cluster that is healing from a request that is wrong, and says either in one line. */
final class SolrErrors {
    private SolrErrors() {
    }

    /** Whether trying again later may succeed: no answer, or an answer that says "not now". */
    static boolean transientFailure(Throwable e) {
        if (e instanceof SolrException s) {
            int code = s.code();
            return code <= 0 || code == 500 || code == 502 || code == 503 || code == 504 || code == 510
                    || causedBy(e, IOException.class) || causedBy(e, TimeoutException.class);
        }
        if (e instanceof SolrServerException) {
            // SolrJ wraps every client-side failure in it; only one of reaching a node is worth another try (a
            // request the client could not even send, such as one too large, fails the same way every time).
            String m = String.valueOf(e.getMessage());
            return causedBy(e, IOException.class) || causedBy(e, TimeoutException.class)
                    || m.contains("No live SolrServers") || m.contains("healthy node");
        }
        return e instanceof IOException || e instanceof IllegalStateException
                || causedBy(e, IOException.class) || causedBy(e, TimeoutException.class);
    }

    /** One line: what was being done, the deepest useful reason, and how long it was tried. */
    static IOException describe(String what, Throwable e, int attempts) {
        String tries = attempts > 1 ? " (gave up after " + attempts + " attempts)" : "";
        IOException io = new IOException(what + ": " + reason(e) + tries, e);
        return io;
    }

    /** The most telling message along the cause chain, on one line. */
    static String reason(Throwable e) {
        Throwable t = e;
        String best = null;
        while (t != null) {
            if (t instanceof ConnectException || t instanceof TimeoutException) {
                return oneLine(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return oneLine(best != null ? best : e.getClass().getSimpleName());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
