package dev.sitrep.store.search;

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

/**
 * Short synthetic articles written for Sitrep: one report, a spinner's copy of it, a machine translation of it,
 * and an unrelated report that repeats the same words. Ysolde Brann and every quote are invented.
 */
final class CopyFixtures {
    static final String BRANN = "kb:ysolde-brann";
    static final String QUOTE = "We will not leave the sky over Marsk open this winter";
    static final String SPUN_QUOTE = "We will not depart the sky over Marsk open this winter";
    static final String MT_QUOTE = "We shall not leave the sky above Marsk open in this winter";
    static final String SECOND = "The budget is not the problem, the factories are";

    static final String ORIGINAL = """
            Defence ministers of the Lowland Pact met in Tavely on Thursday to discuss how to keep supplying the port city of Marsk with air defence systems through the winter.

            "%s," Ysolde Brann told reporters after the meeting, adding that two more batteries would arrive before the end of the month.

            According to two diplomats who were present, several governments asked for a faster timetable for the new ammunition plants, while others wanted a review of the costs first.

            "%s," Brann said when asked whether the money would be found in the spring budget.
            """.formatted(QUOTE, SECOND);
    static final String SPUN = """
            Defence ministers of the Lowland Pact assembled in Tavely on Thursday to debate how to keep providing the port city of Marsk with air protection systems through the winter.

            "%s," Ysolde Brann instructed reporters after the gathering, adding that two more batteries would arrive before the finish of the month.

            According to two diplomats who were current, several governments asked for a quicker timetable for the new ammunition vegetation, while others wanted a review of the costs first.

            "%s," Brann mentioned when asked whether the money would be found in the spring budget.
            """.formatted(SPUN_QUOTE, SECOND);
    static final String TRANSLATED = """
            This article was translated automatically.

            Defence ministers of the Lowland Pact met in Tavely on Thursday to discuss how to keep supplying the port city of Marsk with air defence systems through the winter.

            "%s," Ysolde Brann said to journalists after the meeting, adding that two more batteries would arrive before the end of the month.

            According to two diplomats who were present, several governments asked for a faster timetable for the new ammunition plants, while others wanted a review of the costs first.
            """.formatted(MT_QUOTE);
    static final String UNRELATED = """
            A week after the talks in Tavely, the mayor of Marsk opened two new shelters near the harbour and thanked the engineers who built them in under a month.

            Ysolde Brann, visiting the harbour, repeated her promise: "%s," she said, standing beside the mayor.
            """.formatted(QUOTE);

    private CopyFixtures() {
    }

    /** The four articles, in the order they arrive: the copies before their original. */
    static List<Article> all() {
        return List.of(
                article("Ministers debate air protection", "Spinner Daily", "2025-02-14", SPUN, Flag.SPUN_TEXT, SPUN_QUOTE, SECOND),
                article("Ministers meet on Marsk air defence", "Northern Ledger", "2025-02-13", ORIGINAL, null, QUOTE, SECOND),
                article("Ministers discuss air defence of Marsk", "Translated Herald", "2025-02-15", TRANSLATED,
                        Flag.MACHINE_TRANSLATED, MT_QUOTE),
                article("Marsk opens harbour shelters", "Harbour Times", "2025-02-20", UNRELATED, null, QUOTE));
    }

    static Article article(String title, String publisher, String date, String text, Flag flag, String... quotes) {
        List<Quote> said = new ArrayList<>();
        for (String q : quotes) {
            int at = text.indexOf(q);
            said.add(new Quote(q, "Ysolde Brann", BRANN, "said", QuoteKind.DIRECT, at, at + q.length()));
        }
        int at = text.indexOf("Ysolde Brann");
        Entity brann = new Entity(BRANN, "Ysolde Brann", EntityType.PERSON, List.of("Brann"), 1,
                List.of(new Mention(at, at + 12, "Ysolde Brann")));
        Article.Builder b = Article.builder().id(ArticleIds.of(text)).source("fixture:" + title)
                .url("https://news.example/" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                .title(title).publisher(publisher).published(LocalDate.parse(date)).language("en").text(text)
                .entities(List.of(brann)).quotes(said);
        if (flag != null) {
            b.flag(flag);
        }
        return b.build();
    }
}
