package dev.sitrep.meta.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files of the metadata stage: UTF-8 text, one entry a line, {@code #} starts a comment line
 * (the first comment of each file names its provenance), blank lines are skipped.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The entries of {@code dev/sitrep/meta/<name>}, stripped, in file order. */
    public static List<String> load(String name) {
        String path = "/dev/sitrep/meta/" + name;
        try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
