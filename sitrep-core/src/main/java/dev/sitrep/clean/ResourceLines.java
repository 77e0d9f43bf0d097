package dev.sitrep.clean;

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
 * Reads the pattern files that Sitrep's text stages keep as data: UTF-8, one entry per line, lines starting with
 * {@code #} (the provenance line among them) and blank lines ignored.
 *
 * <p>A missing resource is a packaging error, not a property of the input, so it fails loudly.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The entries of resource {@code name}, resolved against {@code anchor}'s package. */
    public static List<String> load(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The entries of a regex file compiled case-insensitively (Unicode-aware), in file order. */
    public static List<Pattern> patterns(Class<?> anchor, String name) {
        return load(anchor, name).stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** One alternation of whole-line regexes, so a line is tested with a single match. */
    public static Pattern wholeLine(Class<?> anchor, String name) {
        String alternation = String.join("|", load(anchor, name).stream().map(p -> "(?:" + p + ")").toList());
        return Pattern.compile("^(?:" + alternation + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
