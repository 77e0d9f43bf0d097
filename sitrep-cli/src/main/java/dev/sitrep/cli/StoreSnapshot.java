package dev.sitrep.cli;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a store holds, read straight from its Lucene index for {@link CrashEval}: each article's story and
 * original, how many article ids are stored more than once, and whether Lucene's CheckIndex finds every
 * segment intact. Reads a store no process is writing (CheckIndex takes the write lock).
 *
 * @param entries         the stored articles by id
 * @param doubled         article documents beyond the first with the same id
 * @param checkIndexClean whether CheckIndex found the index clean
 */
record StoreSnapshot(Map<String, Entry> entries, int doubled, boolean checkIndexClean) {

    /** One stored article's decisions. */
    record Entry(String story, String duplicateOf) {
    }

    /** Articles in the store's last commit, read while a writer may be at work; 0 before the first commit. */
    static int committedArticles(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                return new IndexSearcher(reader).count(new TermQuery(new Term(StoreFields.TYPE, StoreFields.TYPE_ARTICLE)));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return 0; // a commit was replaced while it was being opened; look again
        }
    }

    static StoreSnapshot read(Path dir) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        int doubled = 0;
        try (Directory d = FSDirectory.open(dir)) {
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Weight w = searcher.createWeight(searcher.rewrite(new TermQuery(
                        new Term(StoreFields.TYPE, StoreFields.TYPE_ARTICLE))), ScoreMode.COMPLETE_NO_SCORES, 1);
                for (LeafReaderContext leaf : reader.leaves()) {
                    Scorer s = w.scorer(leaf);
                    if (s == null) {
                        continue;
                    }
                    StoredFields fields = leaf.reader().storedFields();
                    var live = leaf.reader().getLiveDocs();
                    DocIdSetIterator it = s.iterator();
                    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        Article a = ArticleJson.fromLine(fields.document(doc).get(StoreFields.JSON));
                        if (entries.put(a.id(), new Entry(a.story(), a.duplicateOf())) != null) {
                            doubled++;
                        }
                    }
                }
            }
            CheckIndex.Status status;
            try (CheckIndex check = new CheckIndex(d)) {
                check.setInfoStream(new PrintStream(OutputStream.nullOutputStream()));
                status = check.checkIndex();
            }
            return new StoreSnapshot(entries, doubled, status.clean);
        }
    }
}
