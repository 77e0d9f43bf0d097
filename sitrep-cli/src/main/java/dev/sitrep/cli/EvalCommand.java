package dev.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep eval}: the evaluation harnesses on the public gold in ../shared/data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Sitrep (and peers) on the public gold sets; prints one line per set.",
        subcommands = {dev.sitrep.eval.extraction.ExtractionEvalCommand.class})
final class EvalCommand {
}
