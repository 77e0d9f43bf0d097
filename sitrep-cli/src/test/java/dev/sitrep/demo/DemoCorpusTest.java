package dev.sitrep.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled corpus is complete, documented, and its WARC is what the generator makes. */
class DemoCorpusTest {
    private static final String ROOT = "/dev/sitrep/demo/";

    @TempDir
    Path tmp;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoCorpusTest.class.getResourceAsStream(ROOT + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static List<String> files() throws IOException {
        return new String(resource("files.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    @Test
    void everyListedFileExistsAndHasAProvenanceLine() throws IOException {
        String readme = new String(resource("README.md"), StandardCharsets.UTF_8);
        List<String> files = files();
        assertTrue(files.size() >= 10, files.toString());
        for (String f : files) {
            assertTrue(resource(f).length > 0, f);
            assertTrue(readme.contains("- `" + f + "` — written for Sitrep;"), "README line for " + f);
        }
    }

    @Test
    void committedWarcIsTheGeneratorsOutput() throws IOException {
        Path fresh = tmp.resolve(DemoWarcGenerator.FILE);
        DemoWarcGenerator.write(fresh);
        assertArrayEquals(Files.readAllBytes(fresh), resource(DemoWarcGenerator.FILE),
                "regenerate with DemoWarcGenerator and commit the result");
    }
}
