package dev.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample corpus bundled in {@code dev/sitrep/demo/}: short synthetic articles written for Sitrep in every
 * input format, reproducing the traps of real crawls (its README says which file shows which). A class path
 * cannot be listed portably, so {@code files.txt} names the files.
 */
final class DemoCorpus {
    static final String ROOT = "/dev/sitrep/demo/";

    private DemoCorpus() {
    }

    /** The corpus file names, in {@code files.txt} order. */
    static List<String> files() throws IOException {
        return read("files.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Copies every corpus file into {@code dir} (created) and returns {@code dir}. */
    static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : files()) {
            try (InputStream in = open(name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = DemoCorpus.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("demo corpus file missing from the build: " + ROOT + name);
        }
        return in;
    }
}
