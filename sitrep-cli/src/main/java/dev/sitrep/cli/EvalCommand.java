package dev.sitrep.cli;

import dev.sitrep.eval.DatesEval;
import dev.sitrep.eval.MetadataEval;
import picocli.CommandLine.Command;

/** {@code sitrep eval}: the evaluation harnesses on the public gold in ../shared/data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Sitrep (and peers) on the public gold sets; prints one line per set.",
        subcommands = {DatesEval.class, MetadataEval.class})
final class EvalCommand {
}
