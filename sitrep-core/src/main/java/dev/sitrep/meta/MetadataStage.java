package dev.sitrep.meta;

import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;

/**
 * Fills title, publisher, date and language from the text when the markup did not give them.
 *
 * <p>First version: the title defaults to the first line; the language to English.
 */
public final class MetadataStage implements Stage {

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Draft apply(Draft draft) {
        var a = draft.article();
        var b = a.toBuilder();
        if (a.title() == null && !a.text().isEmpty()) {
            int nl = a.text().indexOf('\n');
            b.title((nl < 0 ? a.text() : a.text().substring(0, nl)).strip());
        }
        if (a.language() == null) {
            b.language("en");
        }
        return draft.withArticle(b.build());
    }
}
