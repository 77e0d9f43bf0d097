package dev.sitrep.cli;

import picocli.CommandLine.Command;

/** {@code sitrep eval}: the evaluation harnesses on the public gold in ../shared/data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Sitrep (and peers) on the public gold sets; prints one line per set.",
        subcommands = {
            dev.sitrep.eval.DatesEval.class,
            dev.sitrep.eval.dedup.DedupEval.class,
            dev.sitrep.eval.EventsEval.class,
            dev.sitrep.eval.extraction.ExtractionEvalCommand.class,
            dev.sitrep.eval.FlagsEval.class,
            dev.sitrep.eval.hostile.HostileEval.class,
            dev.sitrep.eval.MetadataEval.class,
            CrashEval.class,
            LatencyEval.class,
            WatchEval.class,
            dev.sitrep.eval.MojibakeEval.class,
            dev.sitrep.eval.NerEval.class,
            dev.sitrep.eval.QuotesEval.class,
            dev.sitrep.eval.SpeakersEval.class,
            dev.sitrep.eval.SpeedEval.class,
            dev.sitrep.eval.StanceEval.class,
        })
final class EvalCommand {
}
