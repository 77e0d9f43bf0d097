package dev.sitrep.store.search;

import static dev.sitrep.stores.StoreFields.*;

import dev.sitrep.query.Counts;
import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.RoleLookup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Builds an {@link EntityProfile}: counts come from doc values of the entity's own documents (mentions per
 * day, publishers: its {@link EntityFacts}) and of the articles that mention it (co-mentions); statements from
 * {@link StatementSearch}. Both kinds of counts read a document per article that names the entity, most articles
 * for the most mentioned: they are kept per segment ({@link ReaderCache}), so a profile adds up a few numbers per
 * segment, and a refresh reads only the new segments.
 */
final class EntityProfiles {
    /** Co-mentioned entities a profile lists. */
    static final int CO_MENTIONS = 10;
    /** Entities whose co-mentions a segment keeps; past this it starts over. */
    static final int CO_MENTIONS_PER_SEGMENT = 256;
    private static final ReaderCache<String, Map<String, Long>> SEGMENT_CO_MENTIONS =
            new ReaderCache<>(CO_MENTIONS_PER_SEGMENT);

    private EntityProfiles() {
    }

    static Optional<EntityProfile> build(IndexSearcher searcher, String nameOrId, int quotes, RoleLookup roles)
            throws IOException {
        Optional<EntitySummary> found = EntitySearch.find(searcher, nameOrId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EntitySummary e = found.get();
        EntityFacts facts = EntityFacts.of(searcher, e.id());
        List<QuoteHit> said = StatementSearch.first(searcher, new QuoteRequest(e.id(), null, null, null, quotes));
        return Optional.of(new EntityProfile(e, roles.roles(e.id()), facts.mentionsByDay(), said,
                coMentions(searcher, e.id()), Counts.top(facts.publishers, Integer.MAX_VALUE)));
    }

    private static List<EntityProfile.CoMention> coMentions(IndexSearcher searcher, String id) throws IOException {
        Query articles = new BooleanQuery.Builder()
                .add(Filters.type(TYPE_ARTICLE), Occur.FILTER)
                .add(new TermQuery(new Term(ENTITY_ID, id)), Occur.FILTER)
                .build();
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Long> segment : SEGMENT_CO_MENTIONS.perSegment(searcher, id, articles,
                (weight, ctx) -> Tally.bySortedSet(weight, ctx, ENTITY_IDS_DV))) {
            segment.forEach((other, n) -> counts.merge(other, n, Long::sum));
        }
        counts.remove(id);
        List<EntityProfile.CoMention> list = new ArrayList<>();
        for (Map.Entry<String, Long> c : Counts.top(counts, CO_MENTIONS).entrySet()) {
            ScoreDoc[] one = searcher.search(EntitySearch.ofEntity(c.getKey()), 1).scoreDocs;
            Document d = searcher.storedFields().document(one[0].doc, java.util.Set.of(ENTITY_NAME, ENTITY_TYPE));
            list.add(new EntityProfile.CoMention(c.getKey(), d.get(ENTITY_NAME), d.get(ENTITY_TYPE), c.getValue()));
        }
        return list;
    }
}
