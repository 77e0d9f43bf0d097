package dev.sitrep.dedup;

import dev.sitrep.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks each article that copies one seen before: {@code duplicateOf} becomes the id of the earliest known
 * copy (by publication date, then by arrival), so a story syndicated fifty times counts once and its origin
 * is the first publisher. Incremental: feed articles in any order, one at a time; the whole history stays
 * in a {@link CopyIndex} (about 510 bytes per article).
 *
 * <p>An article earlier than every copy already seen becomes the original of its group: later copies point
 * at it. Copies already handed out keep the id they were given (a store can re-point them; see
 * {@link Decision#repoint()}). Not thread-safe: call from one thread.
 */
public final class CopyDetector {
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final CopyIndex index;
    /** Per stored text: its article id, and the number of its group's original. */
    private final List<String> ids = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private int[] originOf = new int[1024];

    public CopyDetector() {
        this(CopyRule.DEFAULT);
    }

    public CopyDetector(CopyRule rule) {
        this.index = new CopyIndex(rule);
    }

    /**
     * What the detector decided for one article.
     *
     * @param duplicateOf id of the earliest known copy, or null when the article is an original
     * @param repoint     ids of earlier-handled copies whose original is now this article (it predates them)
     * @param fingerprint the article's fingerprint, for storing
     */
    public record Decision(String duplicateOf, List<String> repoint, Fingerprint fingerprint) {
    }

    /** Decides for {@code article} and remembers it. */
    public Decision accept(Article article) {
        return accept(article.id(), article.published(), fingerprinter.of(article.text()));
    }

    /** The same for a fingerprint computed elsewhere (for example loaded from a store). */
    public Decision accept(String id, LocalDate published, Fingerprint fp) {
        int[] copies = index.copiesOf(fp, 1);
        int doc = index.add(fp);
        ids.add(id);
        dates.add(published);
        if (originOf.length <= doc) {
            originOf = java.util.Arrays.copyOf(originOf, originOf.length * 2);
        }
        if (copies.length == 0) {
            originOf[doc] = doc;
            return new Decision(null, List.of(), fp);
        }
        int origin = originOf[copies[0]];
        if (earlier(doc, origin)) {
            List<String> repoint = new ArrayList<>();
            for (int d = 0; d < doc; d++) {
                if (originOf[d] == origin) {
                    originOf[d] = doc;
                    repoint.add(ids.get(d));
                }
            }
            originOf[doc] = doc;
            return new Decision(null, repoint, fp);
        }
        originOf[doc] = origin;
        return new Decision(ids.get(origin), List.of(), fp);
    }

    /** Whether text {@code a} was published before text {@code b} (undated texts count as later). */
    private boolean earlier(int a, int b) {
        LocalDate da = dates.get(a);
        LocalDate db = dates.get(b);
        return da != null && (db == null || da.isBefore(db));
    }

    /** How many articles the detector remembers. */
    public int size() {
        return index.size();
    }

    /** Approximate heap bytes of the detector's index. */
    public long memoryBytes() {
        return index.memoryBytes();
    }
}
