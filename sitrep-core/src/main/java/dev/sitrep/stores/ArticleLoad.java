package dev.sitrep.stores;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Stores articles that were analysed already: files of the JSON Lines contract ({@link ArticleJson}), one article
 * per line, as {@code sitrep analyze} and the Spark job write them, gzip or not, folders walked in name order.
 * Nothing is analysed again; the store decides copies and stories as for any article it takes. A line that is not an
 * article is named (file and line) and skipped; a file that cannot be read is named and the others are still read.
 */
public final class ArticleLoad {
    /**
     * What a load did.
     *
     * @param articles       articles read
     * @param stored         of those, newly stored
     * @param alreadyPresent of those, already in the store (or earlier in this load)
     * @param failed         lines or files that could not be read
     */
    public record Summary(int articles, int stored, int alreadyPresent, int failed) {
        /** One line for stderr. */
        public String describe() {
            return "read %d article%s: %d stored, %d already present, %d failed".formatted(articles,
                    articles == 1 ? "" : "s", stored, alreadyPresent, failed);
        }
    }

    private ArticleLoad() {
    }

    /** Loads every article of {@code inputs} into {@code store}; each failure, one line, goes to {@code onFailure}. */
    public static Summary load(List<Path> inputs, StoreWriter store, Consumer<String> onFailure) throws IOException {
        int[] counts = new int[4];
        for (Path file : files(inputs, onFailure, counts)) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
                int n = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Article a;
                    try {
                        a = ArticleJson.fromLine(line);
                    } catch (IOException | RuntimeException e) {
                        counts[3]++;
                        onFailure.accept(file + ":" + n + ": not an article: " + oneLine(e.getMessage()));
                        continue;
                    }
                    if (a.id() == null) {
                        counts[3]++;
                        onFailure.accept(file + ":" + n + ": the article has no id");
                        continue;
                    }
                    counts[0]++;
                    counts[store.add(a) ? 1 : 2]++;
                }
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                counts[3]++;
                onFailure.accept(file + ": cut short (" + oneLine(e.getMessage()) + "); the lines before were stored");
            }
        }
        store.commit();
        return new Summary(counts[0], counts[1], counts[2], counts[3]);
    }

    /** The files to read: each file given, and the files of each folder (hidden ones and markers left out). */
    private static List<Path> files(List<Path> inputs, Consumer<String> onFailure, int[] counts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith(".")
                                    && !p.getFileName().toString().startsWith("_"))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                counts[3]++;
                onFailure.accept(in + ": no such file or folder");
            }
        }
        return files;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
