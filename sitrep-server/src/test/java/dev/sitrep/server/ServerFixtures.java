package dev.sitrep.server;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Flag;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.query.RoleLookup;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Short invented articles for the API tests: two speakers, three publishers, a text with markup characters. */
final class ServerFixtures {
    static final String BRANN = "fx:ysolde-brann";
    static final String LEAGUE = "fx:lowland-pact";

    private ServerFixtures() {
    }

    /** A server on an ephemeral port over a store in {@code dir} holding {@code articles}, without roles. */
    static SitrepServer serve(Path dir, List<Article> articles) throws IOException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            for (Article a : articles) {
                store.add(a);
            }
        }
        return SitrepServer.start(LuceneStoreSearch.open(dir), new InetSocketAddress("127.0.0.1", 0), RoleLookup.NONE);
    }

    static List<Article> corpus() {
        List<Article> all = new ArrayList<>();
        all.add(article("a1", "League weighs tripwire brigade", "Northern Ledger", "2025-03-02",
                "Ysolde Brann said the Lowland Pact would send a tripwire brigade. \"We stand ready,\" Brann told reporters.",
                "We stand ready,", "told"));
        all.add(article("a2", "Brann repeats pledge", "Harbour Times", "2025-03-05",
                "Ysolde Brann repeated the pledge on the tripwire brigade. \"No ally stands alone,\" Brann said in Tavely.",
                "No ally stands alone,", "said"));
        all.add(article("a3", "Budget <script> row & levies", "Inland Gazette", "2025-03-04",
                "Delegates argued over levies <script>alert(1)</script> & budget lines while the Lowland Pact met.",
                null, null));
        all.add(article("a4", "Grain convoy reaches port", "Harbour Times", "2025-03-09",
                "A grain convoy reached the port of Marsk on Sunday after a week at sea.", null, null));
        return all;
    }

    /** An article whose text mentions Ysolde Brann and/or the Lowland Pact, with at most one quote by Brann. */
    static Article article(String id, String title, String publisher, String date, String text, String quote, String cue) {
        List<Entity> entities = new ArrayList<>();
        entity(entities, text, BRANN, "Ysolde Brann", EntityType.PERSON, "Brann");
        entity(entities, text, LEAGUE, "Lowland Pact", EntityType.ORG, null);
        List<Quote> quotes = new ArrayList<>();
        if (quote != null) {
            int at = text.indexOf(quote);
            quotes.add(new Quote(quote, "Ysolde Brann", BRANN, cue, QuoteKind.DIRECT, at, at + quote.length()));
        }
        Article.Builder b = Article.builder().id(id).source("fixture:" + id).url("https://news.example/" + id)
                .title(title).publisher(publisher).published(LocalDate.parse(date)).language("en").text(text)
                .entities(entities).quotes(quotes);
        if (id.equals("a3")) {
            b.flag(Flag.BOILERPLATE_REMOVED);
        }
        return b.build();
    }

    private static void entity(List<Entity> out, String text, String id, String name, EntityType type, String alias) {
        List<Mention> spans = new ArrayList<>();
        for (String form : alias == null ? List.of(name) : List.of(name, alias)) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                Mention m = new Mention(at, at + form.length(), form);
                if (spans.stream().noneMatch(s -> s.start() <= m.start() && m.end() <= s.end())) {
                    spans.add(m);
                }
            }
        }
        if (!spans.isEmpty()) {
            out.add(new Entity(id, name, type, alias == null ? List.of() : List.of(alias), spans.size(), spans));
        }
    }
}
