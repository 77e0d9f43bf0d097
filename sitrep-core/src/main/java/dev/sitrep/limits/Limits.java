package dev.sitrep.limits;

import java.time.Duration;

/**
 * What one document may cost, so that no page, however hostile, can exhaust memory or time. The defaults sit
 * far above anything a newsroom publishes (the longest news features run to about 20,000 words, some 130,000
 * characters; the heaviest article pages weigh a few megabytes of HTML) and far below what would hurt a
 * laptop.
 *
 * <pre>
 *  maxDocumentBytes   bytes read for one document: a file, a WARC record's body, a JSON Lines line; a larger
 *                     one is a failure naming the input and offset                         (16 MiB)
 *  maxAnalysedChars   characters of clean text an article keeps; a longer text is cut at the last paragraph
 *                     or sentence end before the limit, flagged {@code truncated}, and still analysed (300,000)
 *  maxQuotes          statements kept per article, in text order                                       (2,000)
 *  maxEntities        entities kept per article, most mentioned first                                  (2,000)
 *  timeBudget         wall-clock time one document may take in the pipeline; past it the document is a
 *                     failure, "analysis stopped after 30 s"                                       (30 s)
 * </pre>
 *
 * Every stage is linear, or capped, in the text it is given; the cut text and these caps bound the rest.
 *
 * @param maxDocumentBytes bytes read for one document or record
 * @param maxAnalysedChars characters of clean text an article keeps
 * @param maxQuotes        statements kept per article
 * @param maxEntities      entities kept per article
 * @param timeBudget       time one document may take in the pipeline
 */
public record Limits(long maxDocumentBytes, int maxAnalysedChars, int maxQuotes, int maxEntities,
                     Duration timeBudget) implements java.io.Serializable {
    public static final long DEFAULT_DOCUMENT_BYTES = 16L << 20;
    public static final int DEFAULT_ANALYSED_CHARS = 300_000;
    public static final int DEFAULT_QUOTES = 2_000;
    public static final int DEFAULT_ENTITIES = 2_000;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

    public Limits {
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("document byte limit must be between 1 and 2 GiB, not " + maxDocumentBytes);
        }
        if (maxAnalysedChars < 1 || maxQuotes < 0 || maxEntities < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, not " + timeBudget);
        }
    }

    /**
     * The limits a user sets on a command line ({@code --max-document-mb}, {@code --max-chars},
     * {@code --time-budget}), the others at their defaults.
     *
     * @throws IllegalArgumentException naming the options, when a value is outside what they accept
     */
    public static Limits ofOptions(int maxDocumentMb, int maxChars, int timeBudgetSeconds) {
        if (maxDocumentMb < 1 || maxDocumentMb > 2047) {
            throw new IllegalArgumentException("--max-document-mb must be between 1 and 2047, not " + maxDocumentMb);
        }
        if (maxChars < 1000 || timeBudgetSeconds < 1) {
            throw new IllegalArgumentException("--max-chars must be at least 1000 and --time-budget at least 1 s");
        }
        return defaults().withMaxDocumentBytes((long) maxDocumentMb << 20).withMaxAnalysedChars(maxChars)
                .withTimeBudget(Duration.ofSeconds(timeBudgetSeconds));
    }

    /** The documented defaults. */
    public static Limits defaults() {
        return new Limits(DEFAULT_DOCUMENT_BYTES, DEFAULT_ANALYSED_CHARS, DEFAULT_QUOTES, DEFAULT_ENTITIES,
                DEFAULT_TIME_BUDGET);
    }

    public Limits withMaxDocumentBytes(long v) {
        return new Limits(v, maxAnalysedChars, maxQuotes, maxEntities, timeBudget);
    }

    public Limits withMaxAnalysedChars(int v) {
        return new Limits(maxDocumentBytes, v, maxQuotes, maxEntities, timeBudget);
    }

    public Limits withMaxQuotes(int v) {
        return new Limits(maxDocumentBytes, maxAnalysedChars, v, maxEntities, timeBudget);
    }

    public Limits withMaxEntities(int v) {
        return new Limits(maxDocumentBytes, maxAnalysedChars, maxQuotes, v, timeBudget);
    }

    public Limits withTimeBudget(Duration v) {
        return new Limits(maxDocumentBytes, maxAnalysedChars, maxQuotes, maxEntities, v);
    }

    /** The byte limit in words a user reads: "16 MiB", "512 KiB". */
    public static String bytes(long n) {
        if (n >= 1 << 20 && n % (1 << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1 << 10 && n % (1 << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return n + " bytes";
    }
}
