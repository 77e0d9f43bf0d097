/**
 * Events: who did what to whom. {@link dev.sitrep.events.EventCoder} reads one sentence and gives zero or more
 * {@link dev.sitrep.events.Event}s, each a {@link dev.sitrep.events.PloverType PLOVER} kind with its CAMEO code,
 * the source and target actors as {@link dev.sitrep.events.Mention}s, and the cue words. The cues are data
 * ({@code event-cues.txt}); the actors are names the knowledge base knows, runs of capitalised words and the
 * common nouns for groups ({@code actor-words.txt}). A sentence with no cue has no event: there is no
 * "made a statement" fallback.
 */
package dev.sitrep.events;
