package dev.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR attribution files (brat standoff): {@code T} lines are Source, Cue and Content spans with
 * character offsets (several fragments joined by ";"), {@code E} lines tie them into one attribution.
 */
final class BratAttributions {
    /** A span of the article text, by character offsets. */
    record Span(int start, int end) {
    }

    /** One annotated attribution; {@code source} is empty when the annotator marked no source. */
    record Attribution(List<Span> content, String contentText, List<Span> source, String sourceText, String cue) {
    }

    private record Text(List<Span> spans, String text) {
    }

    private BratAttributions() {
    }

    static List<Attribution> read(Path ann) throws IOException {
        Map<String, Text> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 2 && cols[0].startsWith("T")) {
                String def = cols[1];
                int sp = def.indexOf(' ');
                List<Span> list = new ArrayList<>();
                for (String frag : def.substring(sp + 1).split(";")) {
                    String[] se = frag.trim().split(" ");
                    list.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                spans.put(cols[0], new Text(list, cols.length > 2 ? cols[2] : ""));
            } else if (cols.length >= 2 && cols[0].startsWith("E")) {
                Map<String, String> roles = new HashMap<>();
                for (String r : cols[1].trim().split(" ")) {
                    int c = r.indexOf(':');
                    if (c > 0) {
                        roles.put(r.substring(0, c), r.substring(c + 1));
                    }
                }
                events.add(roles);
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (Map<String, String> e : events) {
            Text content = spans.get(e.get("Content"));
            if (content == null) {
                continue;
            }
            Text source = spans.get(e.get("Source"));
            Text cue = spans.get(e.get("Cue"));
            out.add(new Attribution(content.spans(), content.text(), source == null ? List.of() : source.spans(),
                    source == null ? "" : source.text(), cue == null ? "" : cue.text()));
        }
        return out;
    }
}
