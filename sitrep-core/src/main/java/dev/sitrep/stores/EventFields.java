package dev.sitrep.stores;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.events.EventStage;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.EventActor;
import dev.sitrep.model.ReportedEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What both stores write for an event and read back: the keys an actor is found by, the key that tells one event
 * from another, and the stored JSON of an event with its sentence.
 */
public final class EventFields {
    private EventFields() {
    }

    /**
     * The keys an actor is found by ({@link StoreFields#key} forms): its words, its canonical name, its entity id,
     * and whom it acts for on the day, so that {@code --actor Russia} finds "Moscow", "the Kremlin" and Lavrov.
     */
    public static Set<String> actorKeys(EventActor a) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(StoreFields.key(a.text()));
        if (a.actor() != null) {
            keys.add(StoreFields.key(a.actor()));
        }
        if (a.actorId() != null) {
            keys.add(a.actorId());
        }
        if (a.on() != null) {
            keys.add(StoreFields.key(a.on()));
        }
        keys.remove("");
        return keys;
    }

    /** The keys of several actors, each once. */
    public static Set<String> actorKeys(List<EventActor> actors) {
        Set<String> keys = new LinkedHashSet<>();
        actors.forEach(a -> keys.addAll(actorKeys(a)));
        return keys;
    }

    /**
     * The names an event is counted under in an actor facet: each actor the knowledge base knows, by its canonical
     * name ("rebels" and "officials" would crowd the counts without telling anyone apart).
     */
    public static Set<String> names(ReportedEvent e) {
        Set<String> names = new LinkedHashSet<>();
        for (EventActor a : e.sources()) {
            if (a.actor() != null) {
                names.add(a.actor());
            }
        }
        for (EventActor a : e.targets()) {
            if (a.actor() != null) {
                names.add(a.actor());
            }
        }
        return names;
    }

    /**
     * What tells one event from another across reports: the type, the sources and the targets, each actor by its
     * entity id when the knowledge base knows it, else by its words in lower case when they are a name
     * ({@link EventStage#isName}: "Freedonia"), else as that article's own, copies included ("the president", "rebels": two articles' are not
     * known to be the same). Two outlets writing "Hegseth" and "Pete Hegseth" report the same actor; the day is compared apart
     * ({@code dev.sitrep.query.EventGroups}).
     */
    public static String groupKey(Article a, ReportedEvent e) {
        return e.type() + "|" + String.join("+", identities(a, e.sources())) + "|"
                + String.join("+", identities(a, e.targets()));
    }

    private static Set<String> identities(Article article, List<EventActor> actors) {
        Set<String> ids = new TreeSet<>();
        for (EventActor x : actors) {
            String text = x.text().strip();
            if (x.actorId() != null) {
                ids.add(x.actorId());
            } else if (EventStage.isName(text)) {
                ids.add(StoreFields.key(text));
            } else {
                ids.add(StoreFields.copyGroup(article) + "#" + StoreFields.key(text));
            }
        }
        return ids;
    }

    /** The event as stored: its fields, its sentence and the sentence's offsets in the article. */
    public static String toJson(Article a, ReportedEvent e) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("type", e.type());
        o.put("cameo", e.cameo());
        ArticleJson.writeActors(o.putArray("source"), e.sources());
        ArticleJson.writeActors(o.putArray("target"), e.targets());
        o.put("cue", e.cue());
        o.put("sentence", sentence(a, e));
        o.put("start", e.start());
        o.put("end", e.end());
        return o.toString();
    }

    /** The sentence that reports the event. */
    public static String sentence(Article a, ReportedEvent e) {
        return e.end() <= a.text().length() ? a.text().substring(e.start(), e.end()) : "";
    }
}
