package dev.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's knowledge files reach the entity stage through {@link PipelineOptions}. */
class PipelineKnowledgeFilesTest {
    @TempDir
    Path dir;

    private static final String TEXT = """
            Warsaw, 3 March 2025

            The Polish defence ministry spokeswoman said on Monday that the exercise would go ahead. US defence
            secretary Pete Hegseth is expected to attend.
            """;

    private static RawDocument doc() {
        return new RawDocument("note.txt", TEXT.getBytes(StandardCharsets.UTF_8), MediaKind.TEXT, "UTF-8", null,
                null, null, "2025-03-03");
    }

    @Test
    void extraFactsResolveTitles() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.tsv"), String.join("\n",
                "person\tanna-kowalczyk\tAnna Kowalczyk\t-\tmy notes",
                "role\tpl-mod-spokesperson\tPolish Defence Ministry Spokesperson\tpoland\t"
                        + "Polish defence ministry spokeswoman\tmy notes",
                "holder\tpl-mod-spokesperson\tanna-kowalczyk\t2025-01\t-\tmy notes") + "\n");
        Pipeline p = new Pipeline(PipelineOptions.builder().knowledgeFiles(List.of(mine)).build());
        Article a = ((Result.Analyzed) p.analyze(doc()).get(0)).article();
        List<String> ids = a.entities().stream().map(Entity::id).toList();
        assertTrue(ids.contains("kb:anna-kowalczyk"), ids.toString());
        assertTrue(ids.contains("kb:pete-hegseth"), ids.toString());
    }

    @Test
    void aBadKnowledgeFileIsABadArgumentNamingFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "person\tx\tX\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(PipelineOptions.builder().knowledgeFiles(List.of(bad)).build()));
        assertTrue(e.getMessage().contains(bad + ":1:"), e.getMessage());
    }

    @Test
    void withoutExtraFilesTheShippedKnowledgeBaseIsUsed() {
        Article a = ((Result.Analyzed) new Pipeline(PipelineOptions.defaults()).analyze(doc()).get(0)).article();
        Entity h = a.entities().stream().filter(e -> e.id().equals("kb:pete-hegseth")).findFirst().orElseThrow();
        assertEquals("Pete Hegseth", h.name());
    }
}
