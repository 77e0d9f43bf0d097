package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.Overview;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Peoples named by a demonym ("European") are in every article; the lists of actors put them last. */
class PeoplesLastTest {
    @TempDir
    Path dir;

    @Test
    void demonymsFollowTheActorsInTheOverviewAndTheEntityList() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                String text = "European leaders met. European ministers agreed. Rutte spoke " + i + ".";
                Article a = Fixtures.article("Leaders meet " + i, "Northern Ledger", "2025-06-0" + (i + 1), text)
                        .toBuilder().entities(List.of(
                                new Entity("kb:europeans", "European", EntityType.NORP, List.of(), 2, List.of()),
                                new Entity(Fixtures.RUTTE_ID, "Mark Rutte", EntityType.PERSON, List.of(), 1, List.of()),
                                new Entity("kb:nato", "NATO", EntityType.ORG, List.of(), 1, List.of())))
                        .build();
                store.add(i == 0 ? a : a.toBuilder().entities(a.entities().subList(0, 2)).build());
            }
        }
        try (StoreSearch s = LuceneStoreSearch.open(dir)) {
            Overview o = s.overview(5);
            assertEquals(List.of("Mark Rutte", "NATO", "European"),
                    o.topEntities().stream().map(Overview.EntityCount::name).toList());
            assertEquals(List.of("Mark Rutte", "NATO", "European"),
                    s.entities("", null, 0, 10).items().stream().map(EntitySummary::name).toList());
            assertEquals(List.of("European"),
                    s.entities("", "NORP", 0, 10).items().stream().map(EntitySummary::name).toList());
        }
    }
}
