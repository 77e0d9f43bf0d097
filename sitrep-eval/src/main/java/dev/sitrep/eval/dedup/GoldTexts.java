package dev.sitrep.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.eval.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The clean article texts of the public gold sets (article-extraction-benchmark bodies and WCXB dev main
 * content), read in place from {@code ../shared/data}: the originals the copy generator rewrites.
 */
final class GoldTexts {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Texts shorter than this many words are too short to tell copies from quotes of each other. */
    static final int MIN_WORDS = 80;

    private GoldTexts() {
    }

    record Text(String id, String text) {
    }

    static List<Text> load() throws IOException {
        List<Text> out = new ArrayList<>();
        Path aeb = SharedData.dataSet("article-extraction-benchmark").orElse(null);
        if (aeb != null) {
            JsonNode root = JSON.readTree(aeb.resolve("ground-truth.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                var e = it.next();
                add(out, "aeb-" + e.getKey(), e.getValue().path("articleBody").asText(""));
            }
        }
        Path wcxb = SharedData.dataSet("wcxb-articles-dev").orElse(null);
        if (wcxb != null) {
            try (Stream<Path> files = Files.list(wcxb.resolve("ground-truth"))) {
                for (Path p : files.sorted().toList()) {
                    JsonNode gt = JSON.readTree(p.toFile()).path("ground_truth");
                    add(out, "wcxb-" + p.getFileName().toString().replace(".json", ""), gt.path("main_content").asText(""));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Text::id));
        return out;
    }

    private static void add(List<Text> out, String id, String text) {
        if (text.split("\\s+").length >= MIN_WORDS) {
            out.add(new Text(id, text.strip()));
        }
    }
}
