package dev.sitrep.cli;

import dev.sitrep.watch.SourceState;
import dev.sitrep.watch.WatchState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep sources}: what the watcher knows of its sources, and finding a site's feeds and sitemaps. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "The watcher's sources: status of each, or the feeds and sitemaps of a site.",
        subcommands = {SourcesCommand.Status.class, DiscoverCommand.class})
final class SourcesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code sitrep sources status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Each source the watcher follows: last poll, next due, interval, new articles, polls "
                    + "answered unchanged, errors and the last one; each host: delay, back-off, robots.txt.")
    static final class Status implements Callable<Integer> {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
                .withZone(ZoneOffset.UTC);

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption data;

        @Mixin
        WatchDirOption watchDir;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = watchDir.dir(data.dir());
            WatchState state = WatchState.load(dir.resolve("state.json"));
            if (state.sources().isEmpty()) {
                spec.commandLine().getErr().println("sitrep: " + dir + ": no watch state yet (run sitrep watch first)");
                return ExitCodes.FAILED;
            }
            out.printf("%-60s %-20s %-20s %8s %9s %6s %9s %6s  %s%n", "source", "last poll", "next due", "interval",
                    "new last", "total", "unchanged", "errors", "last error");
            for (Map.Entry<String, SourceState> e : state.sources().entrySet()) {
                SourceState s = e.getValue();
                out.printf("%-60s %-20s %-20s %8s %9d %6d %9s %6d  %s%n", e.getKey(), time(s.lastPoll()),
                        s.nextDue() == Long.MAX_VALUE ? "with its parent" : time(s.nextDue()),
                        duration(s.interval()), s.lastNew(), s.totalNew(), s.notModified() + "/" + s.polls(),
                        s.errors(), s.lastError() == null ? "" : s.lastError());
            }
            if (!state.hosts().isEmpty()) {
                out.printf("%n%-40s %8s %-20s %8s  %s%n", "host", "delay", "back-off until", "failures", "robots.txt");
                state.hosts().forEach((host, h) -> out.printf("%-40s %8s %-20s %8d  %s%n", host,
                        duration(h.delay()), h.backOffUntil() <= 0 ? "-" : time(h.backOffUntil()), h.failures(),
                        h.robots()));
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String time(long millis) {
            return millis <= 0 ? "never" : TIME.format(Instant.ofEpochMilli(millis));
        }

        private static String duration(long millis) {
            Duration d = Duration.ofMillis(millis);
            return d.toHours() > 0 ? d.toHours() + "h" + (d.toMinutesPart() > 0 ? d.toMinutesPart() + "m" : "")
                    : d.toMinutes() > 0 ? d.toMinutes() + "m" + (d.toSecondsPart() > 0 ? d.toSecondsPart() + "s" : "")
                    : d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
        }
    }
}
