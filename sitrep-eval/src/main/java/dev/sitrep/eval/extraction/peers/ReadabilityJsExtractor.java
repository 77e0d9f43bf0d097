package dev.sitrep.eval.extraction.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.eval.extraction.PageExtractor;
import dev.sitrep.eval.extraction.SelfTimed;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Mozilla Readability (the library behind Firefox Reader View) with jsdom, run by node as one long-lived
 * external process: one JSON request per line on its stdin, one JSON answer per line on its stdout. The
 * time measured per page therefore includes the pipe and JSON round trip, a few percent of jsdom's parse.
 *
 * <p>The node packages are pinned in {@code sitrep-eval/src/main/js/package.json}; install them once with
 * {@code npm ci --prefix sitrep-eval/src/main/js}.
 */
public final class ReadabilityJsExtractor implements PageExtractor, SelfTimed, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final BufferedWriter toNode;
    private final BufferedReader fromNode;
    private long lastCpuNanos;

    private ReadabilityJsExtractor(Process process) {
        this.process = process;
        this.toNode = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.fromNode = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts the runner, or says why it cannot: no node on the PATH, or the packages not installed.
     *
     * @param jsDir the folder holding {@code readability-runner.mjs} and its {@code node_modules}
     */
    public static ReadabilityJsExtractor start(Path jsDir) throws IOException {
        Path runner = jsDir.resolve("readability-runner.mjs");
        if (!Files.isDirectory(jsDir.resolve("node_modules/@mozilla/readability"))
                || !Files.isDirectory(jsDir.resolve("node_modules/jsdom"))) {
            throw new IOException("Mozilla Readability is not installed; run: npm ci --prefix " + jsDir);
        }
        Process p;
        try {
            p = new ProcessBuilder("node", runner.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("node is not on the PATH; install Node.js to compare with Mozilla Readability", e);
        }
        return new ReadabilityJsExtractor(p);
    }

    /** The runner's folder inside a checkout: {@code sitrep.home} (set by the launcher), else the working directory. */
    public static Optional<Path> defaultDir() {
        for (String base : new String[] {System.getProperty("sitrep.home"), ".", ".."}) {
            if (base == null) {
                continue;
            }
            Path dir = Path.of(base, "sitrep-eval", "src", "main", "js");
            if (Files.isRegularFile(dir.resolve("readability-runner.mjs"))) {
                return Optional.of(dir.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "readability.js";
    }

    @Override
    public synchronized String extract(String html, String url) throws IOException {
        ObjectNode req = JSON.createObjectNode();
        req.put("html", html);
        req.put("url", url == null || url.isBlank() ? "http://localhost/" : url);
        toNode.write(JSON.writeValueAsString(req));
        toNode.write('\n');
        toNode.flush();
        String line = fromNode.readLine();
        if (line == null) {
            throw new IOException("the Readability runner exited (code " + exitCode() + ")");
        }
        JsonNode answer = JSON.readTree(line);
        if (answer.hasNonNull("error")) {
            throw new IOException("Readability: " + answer.get("error").asText());
        }
        lastCpuNanos = answer.path("cpuMicros").asLong(0) * 1000;
        return answer.path("text").asText("");
    }

    @Override
    public long lastCpuNanos() {
        return lastCpuNanos;
    }

    private String exitCode() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    @Override
    public void close() {
        try {
            toNode.close();
        } catch (IOException e) {
            // The runner may already be gone; it is destroyed below either way.
        }
        process.destroy();
    }
}
