package dev.sitrep.clean;

import dev.sitrep.model.Flag;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Line-level cleaning of article text: normalises paragraphs to one per blank-line-separated block and keeps
 * repeated paragraphs once.
 */
public final class TextCleaner implements Stage {

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Draft apply(Draft draft) {
        String text = draft.article().text();
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        Set<String> unique = new LinkedHashSet<>(paragraphs);
        var b = draft.article().toBuilder().text(String.join("\n\n", unique));
        if (unique.size() < paragraphs.size()) {
            b.flag(Flag.DUPLICATE_PARAGRAPHS_REMOVED);
        }
        return draft.withArticle(b.build());
    }
}
