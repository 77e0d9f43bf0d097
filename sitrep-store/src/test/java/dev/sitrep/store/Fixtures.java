package dev.sitrep.store;

import dev.sitrep.model.Article;
import dev.sitrep.model.ArticleIds;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Flag;
import dev.sitrep.model.Mention;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Short synthetic articles written for Sitrep's store tests; the quotes in them are invented. */
public final class Fixtures {
    public static final String RUTTE_ID = "kb:mark-rutte";
    public static final String ZELENSKY_ID = "kb:volodymyr-zelensky";

    private Fixtures() {
    }

    /** An article with the entities named in {@code names} (id "kb:" + slug) found in its text. */
    public static Article article(String title, String publisher, String date, String text, String... names) {
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            List<Mention> spans = at < 0 ? List.of() : List.of(new Mention(at, at + name.length(), name));
            entities.add(new Entity(id(name), name, EntityType.PERSON, List.of(), Math.max(1, spans.size()), spans));
        }
        return Article.builder().id(ArticleIds.of(text)).source("fixture:" + title).title(title).publisher(publisher)
                .published(date == null ? null : LocalDate.parse(date)).language("en").text(text).entities(entities)
                .build();
    }

    public static String id(String name) {
        return "kb:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    /** Six articles over two months and three publishers, with quotes by two speakers. */
    public static List<Article> corpus() {
        String t1 = "NATO Secretary General Mark Rutte said allies would raise defence spending. "
                + "\"We will do what it takes,\" Rutte told reporters in Brussels.";
        Article a1 = article("Allies pledge more for defence", "Northern Ledger", "2025-06-02", t1).toBuilder()
                .entities(List.of(new Entity(RUTTE_ID, "Mark Rutte", EntityType.PERSON,
                        List.of("Rutte", "NATO Secretary General"), 2, List.of(new Mention(t1.indexOf("Mark"), t1.indexOf("Mark") + 10, "Mark Rutte")))))
                .quotes(List.of(new Quote("We will do what it takes,", "Mark Rutte", RUTTE_ID, "told",
                        QuoteKind.DIRECT, t1.indexOf("We will"), t1.indexOf(",\" Rutte") + 1)))
                .build();
        String t2 = "President Zelenskyy asked for air defence systems after strikes on Kyiv. "
                + "\"Every system saves a city,\" Zelenskyy said in his evening address.";
        Article a2 = article("Kyiv asks for air defence", "Harbour Times", "2025-06-10", t2).toBuilder()
                .entities(List.of(new Entity(ZELENSKY_ID, "Volodymyr Zelensky", EntityType.PERSON,
                        List.of("Zelenskyy", "President Zelenskyy"), 2, List.of())))
                .quotes(List.of(new Quote("Every system saves a city,", "Volodymyr Zelensky", ZELENSKY_ID, "said",
                        QuoteKind.DIRECT, t2.indexOf("Every"), t2.indexOf(",\" Zel") + 1)))
                .build();
        Article a3 = article("Sanctions package agreed", "Northern Ledger", "2025-07-01",
                "European ministers agreed a new sanctions package against Russia on Tuesday. "
                        + "The measures target shipping and banks.");
        Article a4 = article("Shipping insurers react", "Harbour Times", "2025-07-15",
                "Insurers said the sanctions would raise premiums for tankers. Brokers in London expect delays.");
        Article a5 = article("Summit in The Hague", "Eastern Wire", "2025-06-24",
                "Leaders met in The Hague for the summit. Mark Rutte chaired the talks on spending and Ukraine.",
                "Mark Rutte").toBuilder().flag(Flag.MACHINE_TRANSLATED).build();
        Article a6 = article(null, null, null, "An undated wire note about grain exports through the Black Sea.");
        return List.of(a1, a2, a3, a4, a5, a6);
    }
}
