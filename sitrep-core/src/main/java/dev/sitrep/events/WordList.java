package dev.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a bundled list: one entry a line, {@code #} starts a comment, blank lines skipped. A missing or unreadable
 * list is a packaging error and fails loudly.
 */
final class WordList {
    private WordList() {
    }

    /** The lines of the resource at {@code path} (absolute, from the class path root), trimmed. */
    static List<String> lines(String path) {
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The lower-case entries under the heading {@code [section]} of a sectioned list. */
    static List<String> section(List<String> lines, String section) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            if (l.startsWith("[")) {
                in = l.equals("[" + section + "]");
            } else if (in) {
                for (String w : l.split("\\s+")) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
