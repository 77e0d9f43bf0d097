package dev.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A generated news corpus for {@link CrashEval}: short dispatches on a dozen running stories over a month,
 * each a text file with a headline, an outlet line, a date line and a few sentences drawn from its story's
 * vocabulary, and one in eight a republished copy of an earlier dispatch under another outlet, so that copy
 * and story decisions have something to decide. Deterministic for a seed.
 */
final class CrashCorpus {
    private static final List<List<String>> STORIES = List.of(
            List.of("air", "defence", "Patriot", "batteries", "Kyiv", "interceptors", "missiles"),
            List.of("NATO", "summit", "Hague", "spending", "pledge", "allies", "percent"),
            List.of("grain", "corridor", "Odesa", "ships", "exports", "Black", "Sea"),
            List.of("sanctions", "package", "oil", "price", "cap", "tankers", "shadow"),
            List.of("ceasefire", "talks", "Istanbul", "delegations", "prisoners", "exchange", "memorandum"),
            List.of("reassurance", "force", "European", "troops", "coalition", "willing", "deployment"),
            List.of("drone", "factory", "production", "Ukrainian", "manufacturers", "contracts", "Denmark"),
            List.of("energy", "grid", "strikes", "power", "stations", "blackouts", "winter"),
            List.of("Baltic", "cable", "sabotage", "investigation", "anchor", "Finland", "Estonia"),
            List.of("tariffs", "trade", "Brussels", "Washington", "steel", "retaliation", "negotiators"),
            List.of("frozen", "assets", "Euroclear", "loan", "reparations", "Belgium", "windfall"),
            List.of("election", "Romania", "runoff", "candidate", "court", "annulled", "campaign"));
    private static final List<String> COMMON = List.of("officials", "said", "on", "the", "in", "a", "new", "report",
            "according", "to", "week", "government", "statement", "minister", "plans", "after", "talks");
    private static final List<String> OUTLETS = List.of("Northern Ledger", "Harbour Times", "Eastern Wire",
            "Capital Gazette", "Morning Dispatch");

    private CrashCorpus() {
    }

    /** Writes {@code n} articles into {@code dir} and returns it. */
    static Path write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        String[] texts = new String[n];
        LocalDate start = LocalDate.of(2025, 6, 1);
        for (int i = 0; i < n; i++) {
            String body;
            String title;
            if (i > 8 && r.nextInt(8) == 0) {
                int of = r.nextInt(i);
                body = texts[of] + " Additional reporting by the " + OUTLETS.get(r.nextInt(OUTLETS.size())) + " desk.";
                title = "Republished: " + body.substring(0, body.indexOf('.'));
            } else {
                List<String> story = STORIES.get(r.nextInt(STORIES.size()));
                StringBuilder b = new StringBuilder();
                for (int s = 0; s < 4 + r.nextInt(4); s++) {
                    for (int w = 0; w < 10 + r.nextInt(10); w++) {
                        List<String> pool = r.nextInt(3) == 0 ? COMMON : story;
                        b.append(w == 0 ? "" : " ").append(pool.get(r.nextInt(pool.size())));
                    }
                    b.append(" number ").append(i).append('-').append(s).append(". ");
                }
                body = Character.toUpperCase(b.charAt(0)) + b.substring(1).strip();
                title = story.get(r.nextInt(story.size())) + " " + story.get(r.nextInt(story.size())) + " update " + i;
            }
            texts[i] = body;
            LocalDate day = start.plusDays(i * 30L / n);
            String file = "%s\n%s\n%s\n\n%s\n".formatted(title, OUTLETS.get(r.nextInt(OUTLETS.size())), day, body);
            Files.writeString(dir.resolve("a%05d.txt".formatted(i)), file);
        }
        return dir;
    }
}
