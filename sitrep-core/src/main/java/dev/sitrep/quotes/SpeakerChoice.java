package dev.sitrep.quotes;

import java.util.List;

/**
 * The speakers a statement could have, each described by the features the {@link SpeakerRanker} scores.
 *
 * @param quote      index of the statement in the list the quote stage found
 * @param candidates the candidates, the rules' own choice (if any) first
 */
public record SpeakerChoice(int quote, List<Candidate> candidates) {
    public SpeakerChoice {
        candidates = List.copyOf(candidates);
    }

    /**
     * One possible speaker: a mention in the text.
     *
     * @param start    offset of the mention in the article text
     * @param end      offset after it
     * @param name     the speaker's canonical name (the entity's, or the phrase's own words)
     * @param id       entity id, or null
     * @param rule     whether this is the speaker the rules chose
     * @param features the names of the features that hold for this candidate
     */
    public record Candidate(int start, int end, String name, String id, boolean rule, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }
}
