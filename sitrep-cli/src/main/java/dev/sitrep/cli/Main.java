package dev.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code sitrep} command. Exit codes: 0 all good; 1 some inputs failed (each named on
 * stderr in one line, the rest processed); 2 bad usage.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns messy news into a situation picture: who said what, about whom, and when.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, QuotesCommand.class, EntityCommand.class,
                TimelineCommand.class, StoriesCommand.class, ArticleCommand.class, ExportCommand.class, ServeCommand.class,
                DemoCommand.class, WatchCommand.class, SourcesCommand.class, StanceCommand.class, PositionsCommand.class, EventsCommand.class,
                dev.sitrep.solr.cli.SolrCommand.class,
                EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error writers (for tests) and returns the exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main()).setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("sitrep: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return ExitCodes.FAILED;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // What is stored stays as its last commit; say so in one line rather than a stack trace, and fail.
            err.println("sitrep: out of memory; give the JVM more heap (SITREP_JAVA_OPTS=-Xmx...) or lower the limits "
                    + "(--max-document-mb, --max-chars)");
            code = ExitCodes.FAILED;
        } catch (StackOverflowError e) {
            err.println("sitrep: stopped: input nested too deeply (stack overflow)");
            code = ExitCodes.FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }
}
