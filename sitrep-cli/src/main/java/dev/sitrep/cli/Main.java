package dev.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code sitrep} command. Exit codes: 0 all good; 1 some inputs failed (each named on
 * stderr in one line, the rest processed); 2 bad usage.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns messy news into a situation picture: who said what, about whom, and when.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, DemoCommand.class,
                EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("sitrep: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }
}
