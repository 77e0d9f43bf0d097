package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.stores.Stores;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * A {@code solr://} location whose ZooKeeper nobody answers: opening the store, for reading or for writing, fails
 * within its retry budget with one line that names the host, instead of hanging or printing a stack of
 * ZooKeeper's reconnection attempts.
 */
class UnreachableZooKeeperTest {
    /** The retry budget the store is opened with. */
    private static final int RETRY_SECONDS = 3;
    /** The budget, the ZooKeeper client's own connection timeout for one attempt, and some slack. */
    private static final double BOUND_SECONDS = RETRY_SECONDS + 10 + 10;

    @Test
    void openingFailsSoonWithOneLineNamingTheHost() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String host = "127.0.0.1:" + port;
        String location = "solr://" + host + "/x";
        for (String side : new String[] {"search", "writer"}) {
            long t0 = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> SolrCluster.withRetrySeconds(RETRY_SECONDS,
                    () -> side.equals("search") ? Stores.openSearch(location) : Stores.openWriter(location, 10)));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("unreachable ZooKeeper, %s: failed in %.1f s: %s%n", side, seconds, e.getMessage());
            assertTrue(seconds < BOUND_SECONDS, side + ": failed only after " + seconds + " s");
            assertTrue(e.getMessage().contains(host), side + ": " + e.getMessage());
            assertEquals(-1, e.getMessage().indexOf('\n'), side + ": one line: " + e.getMessage());
        }
    }
}
