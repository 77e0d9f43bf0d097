package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.positions.StanceModel;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep stance --learn} and {@code --head}: a stance head for a user's own issue, learnt from sentences
 * labelled for it (written for Sitrep), then used to judge; and the one-line errors of bad labels and heads.
 */
class StanceLearningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LABELLED = """
            supports\tThe council must build the tram line to the harbour without delay.
            supports\tA new tram line would finally connect the eastern estates to the centre.
            supports\tBusiness leaders backed the tram plan, saying it would bring shoppers downtown.
            supports\tThe mayor vowed to fund the tramway in next year's budget.
            supports\tCommuters deserve a fast light rail link, and the tram delivers it.
            supports\tBuilding the tram is the best investment the city can make this decade.
            supports\tResidents signed a petition demanding the tram extension be approved.
            supports\tThe tram would cut car traffic on the bridge by a third, engineers found.
            supports\tGreen councillors said the light rail line is long overdue.
            supports\tThe tram scheme will create hundreds of jobs and cleaner air.
            opposes\tThe tram line is a vanity project the city cannot afford.
            opposes\tShopkeepers fear years of roadworks for a tram nobody asked for.
            opposes\tThe council should scrap the tram and buy more buses instead.
            opposes\tCritics called the tramway a waste of money that will never pay for itself.
            opposes\tThe light rail plan was shelved after costs doubled, and rightly so.
            opposes\tTaxpayers will be paying for this tram fiasco for thirty years.
            opposes\tThe opposition vowed to cancel the tram contract if it wins.
            opposes\tA tram through the old town would wreck its narrow streets.
            opposes\tThe tram's cost estimates are wildly optimistic, auditors warned.
            opposes\tBuses can do everything the tram promises for a tenth of the price.
            neither\tThe tram consultation closes on Friday.
            neither\tA public meeting on the tram route will be held in the library.
            neither\tThe tram depot would sit beside the old gasworks, the plans show.
            neither\tCouncillors will debate the tram report next month.
            neither\tThe light rail route has three proposed stops in the west.
            neither\tThe tram plan was first floated in 2009.
            neither\tEngineers surveyed the ground along the tram corridor last week.
            neither\tThe tramway would run on overhead wires, the documents say.
            neither\tA model of the tram was shown at the town hall exhibition.
            neither\tThe light rail study was carried out by an outside consultancy.
            """;

    @TempDir
    Path dir;
    Path issues;

    @BeforeEach
    void issuesFile() throws IOException {
        issues = Files.writeString(dir.resolve("issues.txt"), """
                issue: The city should build the tram line
                id: tram
                about: tram, tramway, light rail
                claim: build, extend, fund, approve
                counter: scrap, cancel, shelve
                """, StandardCharsets.UTF_8);
    }

    @Test
    void aHeadLearntFromLabelledSentencesJudgesTheIssue() throws IOException {
        Path labelled = Files.writeString(dir.resolve("labelled.tsv"), LABELLED, StandardCharsets.UTF_8);
        Path head = dir.resolve("tram.tsv");
        CliRun learn = CliRun.of("stance", "--issues", issues.toString(), "--issue", "tram", "--learn",
                labelled.toString(), "--write-head", head.toString());
        assertEquals(0, learn.exit(), learn.err());
        assertTrue(learn.out().contains("learnt from 30 labelled sentences (30 bear on the issue)"), learn.out());
        StanceModel model = StanceModel.read(new StringReader(Files.readString(head)));
        assertEquals(List.of("e5-small-v2-q", "bge-small-en-v15-q"), model.encoders());
        assertTrue(model.weights().keySet().stream().anyMatch(k -> k.startsWith("embed:bge-small-en-v15-q:")));

        Path sentences = Files.writeString(dir.resolve("s.txt"), """
                The council must build the tram line to the harbour without delay.
                The tram line is a vanity project the city cannot afford.
                The tram consultation closes on Friday.
                The bakery opened at nine.
                """, StandardCharsets.UTF_8);
        CliRun judged = CliRun.of("stance", "--issues", issues.toString(), "--issue", "tram", "--head", head.toString(),
                sentences.toString());
        assertEquals(0, judged.exit(), judged.err());
        List<String> stances = judged.out().lines().map(StanceLearningTest::stance).toList();
        assertEquals(List.of("supports", "opposes", "neither", "neither"), stances);
    }

    @Test
    void badLabelsAndTooFewSentencesAreNamedInOneLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "supports\tThe tram is great.\nagrees\tThe tram.\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("stance", "--issues", issues.toString(), "--issue", "tram", "--learn", bad.toString(),
                "--write-head", dir.resolve("h.tsv").toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals("sitrep: " + bad + ": line 2: expected supports, opposes or neither, a tab, and the sentence",
                run.err().strip());

        Path few = Files.writeString(dir.resolve("few.tsv"), "supports\tBuild the tram now.\nopposes\tScrap the tram.\n",
                StandardCharsets.UTF_8);
        CliRun short_ = CliRun.of("stance", "--issues", issues.toString(), "--issue", "tram", "--learn", few.toString(),
                "--write-head", dir.resolve("h.tsv").toString());
        assertEquals(ExitCodes.FAILED, short_.exit());
        assertTrue(short_.err().contains("2 of the 2 labelled sentences bear on the issue"), short_.err());
        assertTrue(Files.notExists(dir.resolve("h.tsv")));
    }

    @Test
    void aFileThatIsNoHeadIsRefused() throws IOException {
        Path notHead = Files.writeString(dir.resolve("model.tsv"), "bias\t0\t0\t1\n", StandardCharsets.UTF_8);
        Path s = Files.writeString(dir.resolve("s.txt"), "Build the tram.\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("stance", "--issues", issues.toString(), "--issue", "tram", "--head", notHead.toString(),
                s.toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals("sitrep: " + notHead + ": not a stance head (no \"# encoders:\" line)", run.err().strip());
        CliRun usage = CliRun.of("stance", "--issue", "tram", "--learn", notHead.toString());
        assertEquals(ExitCodes.USAGE, usage.exit());
    }

    private static String stance(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return n.get("stance").asText();
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
