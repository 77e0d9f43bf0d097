package dev.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loads a list of regular expressions from a resource beside this class: one per line, {@code #} starts a
 * comment line (the first says where the list comes from), blank lines are ignored. The lines are joined
 * into one alternation and compiled once.
 */
final class PatternList {
    private PatternList() {
    }

    /** The lines of {@code name} as one pattern; {@code wrap} formats the alternation (e.g. anchors). */
    static Pattern load(String name, String wrap, int flags) {
        List<String> lines = lines(name);
        String alternation = String.join("|", lines.stream().map(l -> "(?:" + l + ")").toList());
        return Pattern.compile(wrap.formatted(alternation), flags);
    }

    static List<String> lines(String name) {
        InputStream in = PatternList.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource missing from the build: dev/sitrep/extract/" + name);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
