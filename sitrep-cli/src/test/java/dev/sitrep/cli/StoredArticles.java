package dev.sitrep.cli;

import dev.sitrep.fetch.UrlCanon;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.stores.StoreFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The articles of a store's last commit as the watcher tests look at them: id, URL and the archive record
 * each came from, read from the stored JSON of every live article document.
 */
record StoredArticles(List<Stored> all) {

    /** One stored article. */
    record Stored(String id, String url, String source) {
        /** The URL's canonical key, as the watcher and the simulator's ground truth compare URLs. */
        String key() {
            return url == null ? null : UrlCanon.key(url);
        }
    }

    /** Reads every live article; an empty list when no commit exists yet. */
    static StoredArticles read(Path store) throws IOException {
        List<Stored> out = new ArrayList<>();
        try (Directory d = FSDirectory.open(store)) {
            if (!DirectoryReader.indexExists(d)) {
                return new StoredArticles(List.of());
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                for (LeafReaderContext leaf : r.leaves()) {
                    StoredFields fields = leaf.reader().storedFields();
                    Bits live = leaf.reader().getLiveDocs();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        String json = live == null || live.get(doc) ? fields.document(doc).get(StoreFields.JSON) : null;
                        if (json != null) { // only articles carry their JSON
                            Article a = ArticleJson.fromLine(json);
                            out.add(new Stored(a.id(), a.url(), a.source()));
                        }
                    }
                }
            }
        }
        return new StoredArticles(List.copyOf(out));
    }

    /** The canonical URL keys of the stored articles. */
    Set<String> keys() {
        return all.stream().map(Stored::key).collect(Collectors.toSet());
    }

    /** The ids of the stored articles. */
    Set<String> ids() {
        return all.stream().map(Stored::id).collect(Collectors.toSet());
    }

    /** URL keys stored more than once, with how many times. */
    Map<String, Long> doubledKeys() {
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(s -> String.valueOf(s.key()),
                TreeMap::new, Collectors.counting()));
        counts.values().removeIf(n -> n < 2);
        return counts;
    }
}
