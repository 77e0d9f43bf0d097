package dev.sitrep.positions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a bundled file of this package; a missing or unreadable one is a packaging error and fails loudly. */
final class Resources {
    /** Reads a file's text into a value. */
    interface Parser<T> {
        T parse(Reader in) throws IOException;
    }

    private Resources() {
    }

    static <T> T read(String name, Parser<T> parser) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/sitrep/positions/" + name);
            }
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/sitrep/positions/" + name, e);
        }
    }
}
