package dev.sitrep.nlp.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the tab-separated knowledge-base format (described in {@code README.md} beside the shipped files) into
 * lines checked for shape: the kind is known, the column count fits it, the id is well formed and the
 * provenance is present. Cross-references are checked later, once every file is read.
 */
final class KbParser {
    /** Columns per kind, the kind column included. */
    static final Map<String, Integer> COLUMNS = Map.of(
            "country", 7, "org", 7, "place", 7, "metonym", 7, "person", 5, "title", 4, "role", 6, "holder", 6);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private KbParser() {
    }

    static List<KbLine> parse(String file, BufferedReader in) throws IOException {
        List<KbLine> out = new ArrayList<>();
        String raw;
        int number = 0;
        while ((raw = in.readLine()) != null) {
            number++;
            if (number == 1 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] parts = raw.split("\t", -1);
            String kind = parts[0].strip();
            Integer want = COLUMNS.get(kind);
            if (want == null) {
                throw new KnowledgeBaseException(file, number, "unknown kind '" + kind + "', expected one of "
                        + String.join(", ", COLUMNS.keySet().stream().sorted().toList()));
            }
            if (parts.length != want) {
                throw new KnowledgeBaseException(file, number, "'" + kind + "' needs " + want
                        + " tab-separated columns, found " + parts.length);
            }
            List<String> cells = new ArrayList<>(want);
            for (String p : parts) {
                String c = p.strip();
                cells.add(c.equals("-") ? "" : c);
            }
            KbLine line = new KbLine(file, number, kind, cells);
            if (!ID.matcher(line.cell(1)).matches()) {
                throw line.error("bad id '" + line.cell(1) + "': lower-case letters, digits and hyphens only");
            }
            if (line.cell(want - 1).isEmpty()) {
                throw line.error("missing provenance in the last column");
            }
            out.add(line);
        }
        return out;
    }
}
