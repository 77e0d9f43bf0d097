package dev.sitrep.nlp;

import dev.sitrep.model.ArticleIds;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Mention;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises names and groups their mentions into entities.
 *
 * <p>First version: one entity per distinct surface form.
 */
public final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;

    public EntityStage(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Draft apply(Draft draft) {
        String text = draft.article().text();
        Map<String, List<NamedSpan>> byName = new LinkedHashMap<>();
        for (NamedSpan s : recognizer.recognize(text)) {
            byName.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(s);
        }
        List<Entity> entities = new ArrayList<>();
        byName.forEach((name, spans) -> {
            List<Mention> mentions = spans.stream().map(s -> new Mention(s.start(), s.end(), s.text())).toList();
            String id = spans.get(0).type().name().toLowerCase(Locale.ROOT) + ":" + ArticleIds.hash(ArticleIds.normalise(name));
            entities.add(new Entity(id, name, spans.get(0).type(), List.of(), spans.size(), mentions));
        });
        return draft.withArticle(draft.article().toBuilder().entities(entities).build());
    }
}
