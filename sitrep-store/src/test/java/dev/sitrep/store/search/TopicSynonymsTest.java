package dev.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.store.StoreAnalyzer;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A query finds the words news uses for the same thing, and still needs every concept it names. */
class TopicSynonymsTest {
    private final Directory dir = new ByteBuffersDirectory();
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        String[] texts = {
            "accession: The defence secretary said Ukraine's accession to NATO was not a realistic outcome of talks.",
            "truce: The truce along the front held overnight, officials in Kyiv said.",
            "peacekeepers: Paris and London offered a peacekeeping force once the fighting stops.",
            "ukraine-only: Ukraine asked for more air defence systems before the winter.",
            "spending: Allies agreed to raise military spending to five per cent of output.",
        };
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(StoreAnalyzer.get()))) {
            for (String t : texts) {
                Document d = new Document();
                d.add(new StringField("name", t.substring(0, t.indexOf(':')), Field.Store.YES));
                d.add(new TextField(StoreFields.TEXT, t.substring(t.indexOf(':') + 1), Field.Store.NO));
                if (t.startsWith("accession")) {
                    d.add(new TextField(StoreFields.TITLE, "Hegseth in Brussels", Field.Store.NO));
                }
                w.addDocument(d);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    private List<String> found(String query) throws IOException {
        List<String> names = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(QueryParsing.articles(query), 10).scoreDocs) {
            names.add(searcher.storedFields().document(sd.doc).get("name"));
        }
        names.sort(null);
        return names;
    }

    @Test
    void joiningFindsAccessionAndCeasefireFindsTruce() throws IOException {
        assertEquals(List.of("accession"), found("Ukraine joining NATO"));
        assertEquals(List.of("accession"), found("Ukraine membership"));
        assertEquals(List.of("truce"), found("ceasefire"));
    }

    @Test
    void aSynonymMatchesInAnyFieldLikeAnyOtherWord() throws IOException {
        assertEquals(List.of("accession"), found("Hegseth joining"), "Hegseth in the title, accession in the text");
        assertEquals(List.of("peacekeepers"), found("peacekeepers Paris"));
        assertEquals(List.of("spending"), found("expenditure allies"));
    }

    @Test
    void everyConceptOfTheQueryIsStillRequired() throws IOException {
        assertEquals(List.of(), found("Ukraine joining EU"));
        assertEquals(List.of("ukraine-only"), found("Ukraine winter"));
    }
}
