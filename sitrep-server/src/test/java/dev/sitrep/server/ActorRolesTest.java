package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Mention;
import dev.sitrep.query.KnowledgeBaseRoles;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/entities/{id}} over real HTTP lists the offices the shipped knowledge base records. */
class ActorRolesTest {
    @TempDir
    Path dir;

    @Test
    void profileListsKnowledgeBaseRolesWithDates() throws Exception {
        String text = "Defense Secretary Pete Hegseth met Envoy Ysolde Brann on Monday.";
        Article a = Article.builder().id("r1").source("fixture:r1").title("Pentagon talks").publisher("Harbour Times")
                .published(LocalDate.of(2025, 3, 3)).language("en").text(text)
                .entities(List.of(
                        new Entity("kb:pete-hegseth", "Pete Hegseth", EntityType.PERSON, List.of("Hegseth"), 1,
                                List.of(new Mention(18, 30, "Pete Hegseth"))),
                        new Entity(ServerFixtures.BRANN, "Ysolde Brann", EntityType.PERSON, List.of(), 1,
                                List.of(new Mention(41, 53, "Ysolde Brann")))))
                .build();
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(a);
        }
        try (SitrepServer server = SitrepServer.start(LuceneStoreSearch.open(dir), new InetSocketAddress("127.0.0.1", 0),
                KnowledgeBaseRoles.shipped())) {
            Http http = Http.to(server);
            JsonNode roles = http.json("/api/entities/kb%3Apete-hegseth").get("roles");
            assertEquals(1, roles.size(), roles.toString());
            assertEquals("US Secretary of Defense", roles.get(0).get("role").asText());
            assertEquals("United States", roles.get(0).get("organisation").asText());
            assertEquals("2025-01-25", roles.get(0).get("from").asText());
            assertTrue(roles.get(0).get("to").isNull(), "still in office");
            assertEquals(roles, http.json("/api/entities/Hegseth").get("roles"), "found by alias, same roles");
            assertEquals(0, http.json("/api/entities/" + ServerFixtures.BRANN).get("roles").size(),
                    "an entity outside the knowledge base has none");
        }
    }
}
