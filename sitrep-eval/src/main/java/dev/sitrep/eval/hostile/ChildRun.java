package dev.sitrep.eval.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command in its own process, with its output in files (a pipe that nobody drains would stall a
 * child that writes a lot), a wall-clock limit after which it and its children are killed, and its peak
 * resident memory, polled from {@code /proc/<pid>/status} (VmHWM, a high-water mark, so the last reading is
 * the peak up to then; zero where /proc is not there).
 *
 * @param exit     the exit code, or -1 when the run was killed at the limit
 * @param wall     time from start to exit (or to the kill)
 * @param cpu      processor time the process used, as last read (a busy machine stretches wall time, not this)
 * @param peakRssKb peak resident memory in KiB, as last read
 * @param timedOut whether the limit was reached
 */
record ChildRun(int exit, Duration wall, Duration cpu, long peakRssKb, boolean timedOut) {
    private static final long POLL_MS = 25;

    static ChildRun run(List<String> command, Path stdout, Path stderr, Duration limit)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        long peak = 0;
        Duration cpu = Duration.ZERO;
        boolean timedOut = false;
        while (!p.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, vmHwmKb(p.pid()));
            cpu = p.info().totalCpuDuration().orElse(cpu);
            if (System.nanoTime() - start > limit.toNanos()) {
                timedOut = true;
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                break;
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new ChildRun(timedOut ? -1 : p.exitValue(), wall, cpu, peak, timedOut);
    }

    private static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited, or there is no /proc: keep the last reading
        }
        return 0;
    }
}
