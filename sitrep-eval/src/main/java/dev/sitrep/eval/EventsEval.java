package dev.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventCoder;
import dev.sitrep.events.Mention;
import dev.sitrep.events.PloverType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval events}: scores the event coder on the PLOVER gold standard records
 * ({@code ../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt}: one sentence each, with its PLOVER kind, source and
 * target actors), read in place and never copied into the project.
 *
 * <p>Rows: every record with a sentence (the DOCUMENT record is skipped), numbered from 0 in file order; even
 * numbers are the train part, on which the cues were tuned, odd numbers the held part. Each sentence is coded on
 * its own and the <em>first</em> event the coder gives is compared with the record; a sentence with no event is
 * wrong on kind and has no source and no target.
 *
 * <ul>
 *   <li>Kind: right when the first event's kind is the record's (DEMAND read as REQUEST and DISAPPROVE as
 *       ACCUSE, the later names of the same categories; no other kinds are merged).</li>
 *   <li>Source: the record's actors are the non-blank {@code actorText}s of its {@code source} list (a missing,
 *       empty or bare-string field gives none). When it has none, the source is right when the event has no
 *       source (or there is no event). Otherwise it is right when some source of the event shares a content word
 *       with some of the record's actor texts: words are compared in lower case, as runs of letters and digits,
 *       leaving out function words ("the", "of", "and", ...). Target: the same with {@code target}.</li>
 *   <li>Strict source and target, printed beside: the same, but an actor is right only when one text contains
 *       the other (in lower case), so "Israeli army" for "Israeli army bulldozers" counts and "Israeli" for
 *       "Israeli army" does too, while "Palestinian police" for "Palestinian armed groups" does not.</li>
 * </ul>
 * Source and target are scored on every row, whatever the kind.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event coding on the PLOVER gold records: kind, source and target accuracy on train, held and all.")
public final class EventsEval implements Callable<Integer> {
    static final String FILE = "PLOVER_GSR_CAMEO.txt";
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "at",
            "for", "to", "s", "its", "their", "his", "her", "from", "by", "with");

    @Option(names = "--misses", paramLabel = "N", description = "print N train rows scored wrong (held stays unseen)")
    int misses;

    /** A gold row: its number, sentence, kind and actor texts. */
    record Row(int index, String sentence, PloverType gold, List<String> sources, List<String> targets) {
        boolean train() {
            return index % 2 == 0;
        }
    }

    /** The figures of one part of the rows. */
    public record Scores(String part, int rows, double type, double source, double target, double strictSource,
            double strictTarget, double coded) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "events plover-gsr %s: rows=%d type=%.3f source=%.3f target=%.3f"
                    + " (strict source=%.3f target=%.3f; rows with an event=%.3f)", part, rows, type, source, target,
                    strictSource, strictTarget, coded);
        }
    }

    @Override
    public Integer call() throws IOException {
        Optional<Path> file = gold();
        if (file.isEmpty()) {
            System.err.println("sitrep eval events: ../shared/data/plover-gsr/" + FILE + " not found (set SITREP_SHARED)");
            return 1;
        }
        List<Row> rows = read(file.get());
        score(rows).forEach(System.out::println);
        System.out.println("commonest kind errors (gold -> coded, all rows):");
        confusions(rows).entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-28s %d%n", e.getKey(), e.getValue()));
        rows.stream().filter(Row::train).map(EventsEval::miss).filter(m -> m != null).limit(misses)
                .forEach(System.out::println);
        return 0;
    }

    /** The gold file, when the shared data is there. */
    public static Optional<Path> gold() {
        return SharedData.dataSet("plover-gsr").map(p -> p.resolve(FILE)).filter(Files::isRegularFile);
    }

    /** The coder's scores on the train part, the held part and all rows of {@code file}. */
    public static List<Scores> score(Path file) throws IOException {
        return score(read(file));
    }

    static List<Scores> score(List<Row> rows) {
        return List.of(scores("train", rows.stream().filter(Row::train).toList()),
                scores("held", rows.stream().filter(r -> !r.train()).toList()), scores("all", rows));
    }

    static List<Row> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Row> out = new ArrayList<>();
        for (JsonNode r : root) {
            String event = r.path("event").asText("");
            String text = r.path("text").asText("");
            if (event.equals("DOCUMENT") || text.isBlank()) {
                continue;
            }
            out.add(new Row(out.size(), text.strip(), PloverType.ofName(event), actors(r.get("source")),
                    actors(r.get("target"))));
        }
        return out;
    }

    private static List<String> actors(JsonNode field) {
        List<String> out = new ArrayList<>();
        if (field != null && field.isArray()) {
            for (JsonNode a : field) {
                String t = a.path("actorText").asText("").strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static Scores scores(String part, List<Row> rows) {
        // kind, source, target, strict source, strict target, coded at all
        int[] right = new int[6];
        for (Row r : rows) {
            Event e = first(r);
            List<Mention> s = e == null ? List.of() : e.sources();
            List<Mention> t = e == null ? List.of() : e.targets();
            boolean[] marks = {e != null && e.type() == r.gold(), right(s, r.sources(), false),
                right(t, r.targets(), false), right(s, r.sources(), true), right(t, r.targets(), true), e != null};
            for (int k = 0; k < marks.length; k++) {
                right[k] += marks[k] ? 1 : 0;
            }
        }
        double n = Math.max(1, rows.size());
        return new Scores(part, rows.size(), right[0] / n, right[1] / n, right[2] / n, right[3] / n, right[4] / n,
                right[5] / n);
    }

    private static Event first(Row r) {
        List<Event> events = EventCoder.defaults().code(r.sentence());
        return events.isEmpty() ? null : events.get(0);
    }

    /** Whether the coded actors are right for the gold actor texts, as the class javadoc defines. */
    static boolean right(List<Mention> coded, List<String> gold, boolean strict) {
        if (gold.isEmpty()) {
            return coded.isEmpty();
        }
        for (Mention m : coded) {
            for (String g : gold) {
                if (strict ? contains(m.text(), g) : shareWord(m.text(), g)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).strip();
        String y = b.toLowerCase(Locale.ROOT).strip();
        return x.contains(y) || y.contains(x);
    }

    private static boolean shareWord(String a, String b) {
        Set<String> words = words(a);
        words.retainAll(words(b));
        return !words.isEmpty();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, Integer> confusions(List<Row> rows) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Row r : rows) {
            Event e = first(r);
            if (e == null || e.type() != r.gold()) {
                out.merge(r.gold() + " -> " + (e == null ? "none" : e.type()), 1, Integer::sum);
            }
        }
        return out;
    }

    /** A train row coded wrong in kind, source or target, as one tab-separated line; null when all right. */
    private static String miss(Row r) {
        Event e = first(r);
        List<Mention> s = e == null ? List.of() : e.sources();
        List<Mention> t = e == null ? List.of() : e.targets();
        boolean ok = e != null && e.type() == r.gold() && right(s, r.sources(), false) && right(t, r.targets(), false);
        if (ok) {
            return null;
        }
        return String.join("\t", "#" + r.index(), r.gold() + (e == null ? "/none" : "/" + e.type() + "[" + e.cue().text() + "]"),
                "src " + r.sources() + " -> " + s.stream().map(Mention::text).toList(),
                "tgt " + r.targets() + " -> " + t.stream().map(Mention::text).toList(), r.sentence());
    }
}
