package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.model.Article;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server sees what another writer commits while it runs, and shuts down cleanly. */
class LifecycleTest {
    @TempDir
    Path dir;

    @Test
    void articlesIngestedWhileServingAppearWithoutRestart() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(ServerFixtures.corpus().get(0));
        }
        try (SitrepServer server = SitrepServer.start(LuceneStoreSearch.open(dir), new InetSocketAddress("127.0.0.1", 0), RoleLookup.NONE)) {
            Http http = Http.to(server);
            assertEquals(404, http.get("/api/articles/a4").statusCode());
            assertEquals(1, http.json("/api/search").get("total").asInt());
            // Another writer (as `sitrep ingest` in another process) adds and commits while the server runs.
            try (ArticleStore store = ArticleStore.open(dir)) {
                for (Article a : ServerFixtures.corpus()) {
                    store.add(a);
                }
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            int status;
            do {
                Thread.sleep(100);
                status = http.get("/api/articles/a4").statusCode();
            } while (status != 200 && System.nanoTime() < deadline);
            assertEquals(200, status);
            assertEquals(4, http.json("/api/search").get("total").asInt());
        }
    }

    @Test
    void closeStopsAcceptingAndClosesTheStore() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(ServerFixtures.corpus().get(0));
        }
        StoreSearch search = LuceneStoreSearch.open(dir);
        SitrepServer server = SitrepServer.start(search, new InetSocketAddress("127.0.0.1", 0), RoleLookup.NONE);
        Http http = Http.to(server);
        assertEquals(200, http.get("/api/articles/a1").statusCode());
        server.close();
        assertThrows(IOException.class, () -> http.get("/api/articles/a1"));
        assertThrows(AlreadyClosedException.class, search::articleCount);
        server.close();
    }
}
