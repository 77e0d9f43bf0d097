package dev.sitrep.nlp;

import dev.sitrep.nlp.kb.KnowledgeBase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput harness for the entity stage, not a test: prints the median time per article of the whole stage
 * and, as a peer measured in the same run, of the rule recognizer alone (the stage's own work is the
 * difference). Times are the thread's CPU time, which a machine shared with other builds inflates far less
 * than wall time. Articles: a synthetic 800-word one, plus every {@code .txt} in the folder given as argument.
 *
 * <pre>
 * ./mvnw -q -B -pl sitrep-core -am test-compile
 * java -cp sitrep-core/target/classes:sitrep-core/target/test-classes dev.sitrep.nlp.EntityStageBenchmark ../shared/seeds
 * </pre>
 */
public final class EntityStageBenchmark {
    private static final String[] SENTENCES = {
        "US defence secretary Pete Hegseth told reporters in Brussels that Europe must take the lead.",
        "Mr Hegseth said Washington would not send troops to Ukraine after any ceasefire.",
        "The Kremlin said on Wednesday that Moscow was ready for talks, according to spokesman Dmitry Peskov.",
        "John Healey, the UK Defence Secretary, hosted the Ukraine Defence Contact Group in London.",
        "Nato Secretary General Mark Rutte urged members to spend more, while Zelenskyy thanked the alliance.",
        "Analysts at the Atlantic Council in Washington said the shift left Kyiv exposed.",
        "German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone on Tuesday.",
        "The defence secretary later flew to Warsaw to meet Polish officials and soldiers.",
        "Canadian defence minister Bill Blair said Canada would stay the course.",
        "Russian Foreign Minister Sergei Lavrov accused the West of prolonging the war.",
    };

    private EntityStageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> articles = new ArrayList<>();
        articles.add(new String[] {"synthetic-800", synthetic(800)});
        if (args.length > 0) {
            try (Stream<Path> files = Files.list(Path.of(args[0]))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    articles.add(new String[] {p.getFileName().toString(), Files.readString(p)});
                }
            }
        }
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.shipped();
        System.out.printf("knowledge base loaded in %.0f ms: %s%n", (System.nanoTime() - t0) / 1e6, kb.stats());
        RuleRecognizer rules = new RuleRecognizer();
        EntityStage stage = new EntityStage(rules, kb);
        LocalDate date = LocalDate.of(2025, 2, 13);
        for (String[] a : articles) {
            String text = a[1];
            double whole = median(() -> stage.entities(text, date));
            double peer = median(() -> rules.recognize(text));
            System.out.printf(
                    "%-28s %5d words  entity stage %.3f ms CPU  rule recognizer alone %.3f ms CPU  entities %d%n",
                    a[0], text.split("\\s+").length, whole, peer, stage.entities(text, date).size());
        }
    }

    private static String synthetic(int words) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; n < words; i++) {
            String s = SENTENCES[i % SENTENCES.length];
            sb.append(s).append(i % 4 == 3 ? "\n\n" : " ");
            n += s.split(" ").length;
        }
        return sb.toString();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Median CPU milliseconds of 21 batches of 50 runs, after 500 warm-up runs. */
    private static double median(Runnable r) {
        for (int i = 0; i < 500; i++) {
            r.run();
        }
        double[] batch = new double[21];
        for (int b = 0; b < batch.length; b++) {
            long t = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < 50; i++) {
                r.run();
            }
            batch[b] = (THREADS.getCurrentThreadCpuTime() - t) / 1e6 / 50;
        }
        Arrays.sort(batch);
        return batch[batch.length / 2];
    }
}
