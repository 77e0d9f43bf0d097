/**
 * Named-entity recognition with Stanford CoreNLP's CRF models, plugged into Sitrep's entity stage through
 * {@link java.util.ServiceLoader}.
 *
 * <pre>
 *  tokenize   PTB tokenizer, CoreNLP's English settings; hyphenated words whole;
 *             every token keeps its character offsets in the original text          ({@link dev.sitrep.corenlp.Tokenization})
 *  sentences  full stops and line ends                                              (same)
 *  label      the CRF per sentence, model loaded once per JVM                       ({@link dev.sitrep.corenlp.CrfModel},
 *             with the feature templates of the configured set                       {@link dev.sitrep.corenlp.FeatureSet})
 *             CoreNLP's feature extraction, with per-word memos for the word
 *             function and the character n-grams, then Viterbi over the raw
 *             clique potentials; labels equal CoreNLP's own decoding              ({@link dev.sitrep.corenlp.ViterbiCrf})
 *  datelines  an upper-case place opening a line before a date is a place           ({@link dev.sitrep.corenlp.Datelines})
 *  document   labels made to agree across the text: the knowledge base's types,
 *             later surnames, unlabelled repeats of a name                        ({@link dev.sitrep.corenlp.DocumentConsistency},
 *                                                                                  {@link dev.sitrep.corenlp.KbTypes})
 *  spans      runs of one label become a name; CoNLL classes to Sitrep types        ({@link dev.sitrep.corenlp.SpanDecoder})
 * </pre>
 *
 * The model ships inside this module's jar: the build copies the one file it needs out of CoreNLP's
 * {@code models} jar from Maven Central; nothing is fetched at run time. When the model is missing, the
 * recognizer's priority drops below the built-in rules', which then take over.
 */
package dev.sitrep.corenlp;
