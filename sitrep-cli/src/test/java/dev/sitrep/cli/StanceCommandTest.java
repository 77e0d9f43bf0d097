package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep stance} on synthetic sentences, a user's issues file and unreadable inputs. */
class StanceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void oneObjectPerSentence() throws IOException {
        Path in = Files.writeString(dir.resolve("sentences.txt"), """
                Global warming is a hoax dreamt up by alarmists.

                Climate change is a grave threat to farmers.
                The bakery opened at nine.
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("stance", "--issue", "Climate change is a serious concern", in.toString());
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> out = lines(run.out());
        assertEquals(3, out.size());
        assertEquals("Global warming is a hoax dreamt up by alarmists.", out.get(0).get("sentence").asText());
        assertEquals("Climate change is a serious concern", out.get(0).get("issue").asText());
        assertEquals(List.of("opposes", "supports", "neither"),
                out.stream().map(n -> n.get("stance").asText()).toList());
        assertTrue(out.get(0).get("evidence").toString().contains("hoax"), out.get(0).toString());
        assertEquals(0, out.get(2).get("evidence").size());
    }

    @Test
    void anIssueFromTheUsersFile() throws IOException {
        Path issues = Files.writeString(dir.resolve("issues.txt"),
                "issue: Canada should buy submarines\nid: subs\nabout: canada, ottawa\nabout: submarines, submarine\n"
                        + "claim: buy, purchase, acquire\n", StandardCharsets.UTF_8);
        Path in = Files.writeString(dir.resolve("s.txt"), "Ottawa will never buy those submarines.\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("stance", "--issues", issues.toString(), "--issue", "subs", in.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode o = lines(run.out()).get(0);
        assertEquals("Canada should buy submarines", o.get("issue").asText());
        assertEquals("opposes", o.get("stance").asText());
    }

    @Test
    void unreadableInputsAreNamedAndTheRestIsRead() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Russia must lose this war.\n", StandardCharsets.UTF_8);
        Path binary = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3});
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("stance", "--issue", "russia-defeat", missing.toString(), binary.toString(),
                good.toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        List<String> errors = run.err().lines().toList();
        assertEquals(List.of("sitrep: " + missing + ": no such file", "sitrep: " + binary + ": not UTF-8 text"),
                errors);
        assertEquals("supports", lines(run.out()).get(0).get("stance").asText());
    }

    @Test
    void missingIssueIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("stance", "x.txt").exit());
    }
}
