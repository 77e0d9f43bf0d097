package dev.sitrep.events;

import java.util.List;

/**
 * Who did what to whom, as one sentence tells it.
 *
 * @param type     the PLOVER kind of the action
 * @param cameo    its CAMEO code ("036": express intent to meet or negotiate)
 * @param sources  who acted: one actor, or several for a compound subject ("X and Y agreed"); empty when the
 *                 sentence does not say (a passive without its "by")
 * @param targets  who was acted on; empty when nobody is (two parties agreeing with each other)
 * @param cue      the words that carry the action, as written ("refused to"), with their offsets
 * @param evidence the sentence
 */
public record Event(PloverType type, String cameo, List<Mention> sources, List<Mention> targets, Mention cue,
        String evidence) {
    public Event {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
