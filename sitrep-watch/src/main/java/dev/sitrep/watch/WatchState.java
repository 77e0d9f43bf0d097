package dev.sitrep.watch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The watcher's state file: each source's validators, schedule and counts, and how far the archive has been
 * analysed into the store. It is replaced whole and atomically (written beside, forced to disk, renamed), so a
 * crash leaves either the old state or the new one, never a mix.
 *
 * @param sources  each source's state by {@link Source#key()}
 * @param analysed the archive files whose every record is in the store (their names), in order
 * @param hosts    each host's robots.txt, delay and back-off when the state was saved (for status only: a
 *                 restarted watcher asks robots.txt again)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchState(Map<String, SourceState> sources, java.util.List<String> analysed,
                         Map<String, HostState> hosts) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public WatchState {
        sources = new TreeMap<>(sources == null ? Map.of() : sources);
        analysed = analysed == null ? java.util.List.of() : java.util.List.copyOf(analysed);
        hosts = new TreeMap<>(hosts == null ? Map.of() : hosts);
    }

    public WatchState(Map<String, SourceState> sources, java.util.List<String> analysed) {
        this(sources, analysed, Map.of());
    }

    static WatchState empty() {
        return new WatchState(Map.of(), java.util.List.of());
    }

    /** Reads the state, or an empty one when there is no file yet. */
    public static WatchState load(Path file) throws IOException {
        try {
            return JSON.readValue(Files.readAllBytes(file), WatchState.class);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a watch state file (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Writes the state so that a crash at any moment leaves the old file or the new one. */
    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(this)));
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
