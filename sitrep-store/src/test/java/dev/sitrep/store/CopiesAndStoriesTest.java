package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sitrep.dedup.Fingerprint;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At ingest, copies point at their earliest known original and articles join stories, across reopenings. */
class CopiesAndStoriesTest {
    private static final String ORIGINAL = """
            Defence ministers of the alliance met in Brussels on Thursday to discuss how to keep supplying Ukraine with air defence systems through the winter.

            The meeting was the first since the new American defence secretary took office, and several ministers said they wanted to hear whether Washington would keep its commitments to the coalition.

            According to two diplomats who were present, the secretary told the room that European governments would have to carry a larger share of the cost, but he did not announce any cut in American deliveries.

            Poland and the Baltic states pressed for a faster timetable for the new ammunition plants, while Germany said it would pay for two more air defence batteries before the end of the year.
            """;
    /** The same story after a spinner and with other page chrome. */
    private static final String SPUN = """
            Share this article

            Defence ministers of the alliance assembled in Brussels on Thursday to debate how to keep providing Ukraine with air protection systems through the winter.

            The gathering was the first since the new American defence secretary took workplace, and several ministers mentioned they wanted to listen whether Washington would keep its commitments to the coalition.

            According to two diplomats who were current, the secretary instructed the room that European governments would have to carry a larger portion of the price, but he did not announce any reduce in American deliveries.

            Poland and the Baltic states pushed for a quicker timetable for the new ammunition vegetation, while Germany mentioned it would pay for two more air defence batteries before the finish of the year.
            """;
    private static final String TRUNCATED = ORIGINAL.substring(0, ORIGINAL.indexOf("Poland"));
    private static final String OTHER = """
            The European Commission said on Monday it would answer American steel tariffs with duties on whiskey and motorcycles, after talks with Washington stalled.

            Trade ministers will meet in Luxembourg to approve the list of goods, officials said, and the duties could take effect within a month.
            """;

    @TempDir
    Path dir;

    private Article stored(String id) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            int doc = s.search(ArticleStore.articleQuery(id), 1).scoreDocs[0].doc;
            return ArticleJson.fromLine(s.storedFields().document(doc).get(StoreFields.JSON));
        }
    }

    @Test
    void copiesPointAtTheEarliestOriginalEvenAfterTheStoreReopens() throws IOException {
        Article spun = Fixtures.article("Ministers assemble", "Spinner Daily", "2025-02-14", SPUN);
        Article original = Fixtures.article("Ministers meet", "Wire", "2025-02-13", ORIGINAL);
        Article other = Fixtures.article("EU tariffs", "Wire", "2025-02-14", OTHER);
        try (ArticleStore store = ArticleStore.open(dir, 2)) {
            store.add(spun);
            store.add(other);
            store.add(original);
        }
        assertNull(stored(original.id()).duplicateOf());
        assertEquals(original.id(), stored(spun.id()).duplicateOf(), "the stored copy was re-pointed at the earlier original");
        assertNull(stored(other.id()).duplicateOf());

        Article truncated = Fixtures.article("Ministers meet (short)", "Aggregator", "2025-02-15", TRUNCATED);
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(truncated);
        }
        assertEquals(original.id(), stored(truncated.id()).duplicateOf(), "found against the reopened store");
    }

    @Test
    void copiesShareTheirOriginalsStoryAndOtherEventsGetTheirOwn() throws IOException {
        Article original = Fixtures.article("Ministers meet", "Wire", "2025-02-13", ORIGINAL);
        Article spun = Fixtures.article("Ministers assemble", "Spinner Daily", "2025-02-14", SPUN);
        Article other = Fixtures.article("EU tariffs", "Wire", "2025-02-14", OTHER);
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(original);
            store.add(spun);
            store.add(other);
        }
        String story = stored(original.id()).story();
        assertNotNull(story);
        assertEquals(story, stored(spun.id()).story());
        assertNotEquals(story, stored(other.id()).story());
        Article late = Fixtures.article("Ministers meet, more", "Other Wire", "2025-02-16", TRUNCATED + "\n\nMinisters will meet again in June.");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(late);
        }
        assertEquals(story, stored(late.id()).story(), "the story survives reopening the store");
    }

    @Test
    void aFingerprintStoredByAnEarlierHashingSchemeIsComputedAgainFromTheText() throws IOException {
        Article original = Fixtures.article("Ministers meet", "Wire", "2025-02-13", ORIGINAL);
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(original);
        }
        // Scheme 1 wrote no version byte: a fingerprint one byte shorter, whose bins mean nothing to scheme 2.
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.updateBinaryDocValue(new Term(StoreFields.ARTICLE, original.id()), StoreFields.FINGERPRINT,
                    new BytesRef(new byte[Fingerprint.BYTES - 1]));
            w.commit();
        }
        Article truncated = Fixtures.article("Ministers meet (short)", "Aggregator", "2025-02-15", TRUNCATED);
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.add(truncated);
        }
        assertEquals(original.id(), stored(truncated.id()).duplicateOf());
    }
}
