/**
 * Positions: where a statement stands on an issue. An {@link dev.sitrep.positions.Issue} is a proposition a user
 * writes ("Ukraine should join NATO") with the words that name it; {@link dev.sitrep.positions.Issues} reads an
 * issues file and holds the defaults for the beat; {@link dev.sitrep.positions.StanceDetector} says whether a
 * sentence {@link dev.sitrep.positions.Stance supports, opposes or is neutral} toward an issue and which words
 * carry it, by the cascade its javadoc spells out: the words (stems and synonyms), the stance cues and
 * their negations ({@code stance-cues.txt}), a small learnt model over features relative to the issue
 * ({@code stance-model.tsv}). The word lists are data, beside these classes in {@code src/main/resources}.
 */
package dev.sitrep.positions;
