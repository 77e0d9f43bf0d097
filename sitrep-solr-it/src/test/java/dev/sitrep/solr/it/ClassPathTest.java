package dev.sitrep.solr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sitrep.model.Article;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.stores.StoreProvider;
import org.junit.jupiter.api.Test;

/**
 * The two Lucenes kept apart: Solr's Lucene 9 on the test class path, the embedded store and its Lucene 10 only
 * behind {@link EmbeddedStoreLoader}, with Sitrep's core shared, so that both stores' answers are the same classes.
 */
class ClassPathTest {
    @Test
    void testClassPathHoldsSolrsLuceneAndNoEmbeddedStore() {
        assertEquals(9, org.apache.lucene.util.Version.LATEST.major, "Lucene on the test class path");
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("dev.sitrep.store.ArticleStore", false, ClassPathTest.class.getClassLoader()));
    }

    @Test
    void embeddedStoreRunsOnLucene10AndSharesTheCore() throws Exception {
        ClassLoader isolated = EmbeddedStoreLoader.shared();
        Class<?> version = Class.forName("org.apache.lucene.util.Version", true, isolated);
        Object latest = version.getField("LATEST").get(null);
        assertEquals(10, latest.getClass().getField("major").getInt(latest), "Lucene behind the embedded store");

        Class<?> store = Class.forName("dev.sitrep.store.ArticleStore", false, isolated);
        assertSame(isolated, store.getClassLoader());
        for (Class<?> shared : new Class<?>[] {Article.class, StoreSearch.class, StoreProvider.class}) {
            assertSame(shared, Class.forName(shared.getName(), false, isolated), shared.getName());
        }
        assertSame(isolated, EmbeddedStoreLoader.provider().getClass().getClassLoader());
    }
}
