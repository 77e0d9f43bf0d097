package dev.sitrep.quotes;

/**
 * A reporting frame in a unit: a cue and the phrase naming its speaker ("Smith said", "said the minister",
 * "according to officials", "― Jane Doe").
 *
 * @param cueFrom  index of the cue's first token
 * @param cueTo    index of the cue's last token (inclusive)
 * @param cue      the cue as it appears
 * @param verb     base form of the speech verb, or null for phrases and dashes
 * @param speaker  the speaker phrase
 * @param from     index of the frame's first token (speaker or cue)
 * @param to       index of the frame's last token (inclusive)
 * @param inverted whether the speaker follows the cue ("said Smith", "according to Smith")
 */
record Frame(int cueFrom, int cueTo, String cue, String verb, Phrase speaker, int from, int to, boolean inverted) {
}
