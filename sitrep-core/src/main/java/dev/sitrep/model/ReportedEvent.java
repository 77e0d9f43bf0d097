package dev.sitrep.model;

import java.util.List;

/**
 * Who did what to whom, as one sentence of an article reports it.
 *
 * @param type    the PLOVER kind of the action ("THREATEN")
 * @param cameo   its CAMEO code ("138")
 * @param sources who acted; several for a compound subject, empty when the sentence does not say
 * @param targets who was acted on; empty when nobody is
 * @param cue     the words that carry the action, as written ("warned")
 * @param start   offset of the sentence in {@code Article.text()}
 * @param end     offset after the sentence
 */
public record ReportedEvent(String type, String cameo, List<EventActor> sources, List<EventActor> targets, String cue,
        int start, int end) {
    public ReportedEvent {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad event sentence span " + start + ".." + end);
        }
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
