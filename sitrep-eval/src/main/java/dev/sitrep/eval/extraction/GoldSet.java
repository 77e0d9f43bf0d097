package dev.sitrep.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.eval.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The two main-text gold sets in ../shared/data, read in place.
 *
 * <ul>
 *   <li>{@link #AEB}: article-extraction-benchmark, {@code html/<id>.html.gz} and {@code ground-truth.json}
 *       ({@code {id: {articleBody, url}}}), scored with shingles;</li>
 *   <li>{@link #WCXB}: the WCXB dev article pages, {@code html/NNNN.html.gz} and
 *       {@code ground-truth/NNNN.json} ({@code ground_truth.main_content}), scored with word bags.</li>
 * </ul>
 */
public enum GoldSet {
    AEB("aeb", "article-extraction-benchmark"),
    WCXB("wcxb", "wcxb-articles-dev");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    private final String key;
    private final String folder;

    GoldSet(String key, String folder) {
        this.key = key;
        this.folder = folder;
    }

    /** The short name used on the command line and in reports. */
    public String key() {
        return key;
    }

    /** The set's folder, when ../shared/data is present. */
    public Optional<Path> location() {
        return SharedData.dataSet(folder);
    }

    /** The score of one page under this set's rule. */
    public PageScore score(String id, String gold, String predicted) {
        return this == AEB ? Scoring.shingleScore(id, gold, predicted) : Scoring.wordScore(id, gold, predicted);
    }

    /**
     * The set's pages in id order, at most {@code limit} of them (0 for all).
     *
     * @throws IllegalStateException when the set is not present
     */
    public List<GoldPage> load(int limit) {
        Path dir = location().orElseThrow(() -> new IllegalStateException(
                "gold set " + folder + " not found: expected ../shared/data/" + folder));
        try {
            return this == AEB ? loadAeb(dir, limit) : loadWcxb(dir, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GoldPage> loadAeb(Path dir, int limit) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            sorted.put(id, truth.get(id));
        }
        List<GoldPage> pages = new ArrayList<>();
        for (var e : sorted.entrySet()) {
            if (limit > 0 && pages.size() >= limit) {
                break;
            }
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            pages.add(new GoldPage(e.getKey(), e.getValue().path("url").asText(null), readHtml(html),
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }

    private static List<GoldPage> loadWcxb(Path dir, int limit) throws IOException {
        List<Path> truths;
        try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
            truths = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<GoldPage> pages = new ArrayList<>();
        for (Path t : truths) {
            if (limit > 0 && pages.size() >= limit) {
                break;
            }
            String id = t.getFileName().toString().replace(".json", "");
            JsonNode node = JSON.readTree(t.toFile());
            Path html = dir.resolve("html").resolve(id + ".html.gz");
            pages.add(new GoldPage(id, node.path("url").asText(null), readHtml(html),
                    node.path("ground_truth").path("main_content").asText("")));
        }
        return pages;
    }

    /** Gunzips a page and decodes it with the charset its markup declares, else UTF-8. */
    static String readHtml(Path gz) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            bytes = in.readAllBytes();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                cs = Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                // an unknown label: UTF-8 is the best guess for pages of this age
            }
        }
        return new String(bytes, cs);
    }
}
