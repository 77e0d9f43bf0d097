package dev.sitrep.quotes;

import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements and their speakers.
 *
 * <p>First version: text between curly or straight double quotes, no speaker.
 */
public final class QuoteStage implements Stage {
    private static final Pattern DIRECT = Pattern.compile("[“\"]([^”\"\\n]{20,})[”\"]");

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Draft apply(Draft draft) {
        String text = draft.article().text();
        List<Quote> quotes = new ArrayList<>();
        Matcher m = DIRECT.matcher(text);
        while (m.find()) {
            quotes.add(new Quote(m.group(1), null, null, null, QuoteKind.DIRECT, m.start(1), m.end(1)));
        }
        return draft.withArticle(draft.article().toBuilder().quotes(quotes).build());
    }
}
