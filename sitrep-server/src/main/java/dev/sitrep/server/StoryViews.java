package dev.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.query.StoryDetail;
import dev.sitrep.query.StorySummary;

/** The JSON objects of stories in the HTTP API, shared with {@code sitrep stories --json}. */
public final class StoryViews {
    private StoryViews() {
    }

    /** {@code {id, title, articles, originals, first, last, actors, publishers}}. */
    public static ObjectNode story(StorySummary s) {
        ObjectNode o = JsonViews.object();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("articles", s.articles());
        o.put("originals", s.originals());
        o.put("first", s.first() == null ? null : s.first().toString());
        o.put("last", s.last() == null ? null : s.last().toString());
        s.actors().forEach(o.putArray("actors")::add);
        s.publishers().forEach(o.putArray("publishers")::add);
        return o;
    }

    /**
     * The summary plus {@code items}: the articles in date order, each with its contract fields except
     * {@code text}, {@code entities} and {@code quotes}; and {@code statements}, each once with its sources.
     */
    public static ObjectNode detail(StoryDetail d) {
        ObjectNode o = story(d.summary());
        ArrayNode items = o.putArray("items");
        for (Article a : d.articles()) {
            ObjectNode n = ArticleJson.toJson(a);
            n.remove("text");
            n.remove("entities");
            n.remove("quotes");
            items.add(n);
        }
        o.set("statements", JsonViews.quotes(d.statements()));
        return o;
    }
}
