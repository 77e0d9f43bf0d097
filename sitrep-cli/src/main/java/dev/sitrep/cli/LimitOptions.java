package dev.sitrep.cli;

import dev.sitrep.limits.Limits;
import picocli.CommandLine.Option;

/**
 * The per-document limits ({@link Limits}) as options of the commands that analyse; mixed in with
 * {@code @Mixin}. The defaults are the documented ones, far above what news pages need.
 */
final class LimitOptions {
    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "" + (Limits.DEFAULT_DOCUMENT_BYTES >> 20),
            description = "largest document, WARC record or JSON Lines line read, in MiB; larger ones are failures "
                    + "(default: ${DEFAULT-VALUE})")
    int maxDocumentMb;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_ANALYSED_CHARS,
            description = "characters of clean text analysed per article; a longer text is cut at a paragraph end "
                    + "and flagged truncated (default: ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "30",
            description = "time one document may take; a document over it fails with \"analysis stopped after N s\" "
                    + "(default: ${DEFAULT-VALUE})")
    int timeBudgetSeconds;

    /** The limits these options give. */
    Limits limits() {
        try {
            return Limits.ofOptions(maxDocumentMb, maxChars, timeBudgetSeconds);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
    }
}
