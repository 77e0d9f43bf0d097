package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep events --sentences} on synthetic sentences and an unreadable input (the store listing: {@link EventsListingTest}). */
class EventsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void oneObjectPerSentence() throws IOException {
        Path in = Files.writeString(dir.resolve("s.txt"), """
                Ruritania threatened Freedonia with sanctions.

                The weather in Freedonia was mild.
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("events", "--sentences", in.toString());
        assertEquals(0, run.exit(), run.err());
        var lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode e = first.get("events").get(0);
        assertEquals("THREATEN", e.get("type").asText());
        assertEquals("1312", e.get("cameo").asText());
        assertEquals("Ruritania", e.get("source").get(0).get("text").asText());
        assertEquals(0, e.get("source").get(0).get("start").asInt());
        assertEquals("Freedonia", e.get("target").get(0).get("text").asText());
        assertEquals("threatened Freedonia with sanctions", e.get("cue").get("text").asText());
        assertEquals(0, JSON.readTree(lines.get(1)).get("events").size());
    }

    @Test
    void aMissingFileIsNamedAndTheRestRead() throws IOException {
        Path in = Files.writeString(dir.resolve("s.txt"), "Ruritania expelled two Freedonian diplomats.\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("events", "--sentences", dir.resolve("nope.txt").toString(), in.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.out().lines().count());
        assertEquals(true, run.err().contains("nope.txt: no such file"), run.err());
    }
}
