package dev.sitrep.cli;

import dev.sitrep.query.Overview;
import dev.sitrep.query.Page;
import dev.sitrep.query.QuoteHit;
import dev.sitrep.query.QuoteRequest;
import dev.sitrep.query.StoreSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The short situation report {@code sitrep demo} prints from a store: articles by publisher and by date, the
 * most mentioned entities, quotes grouped by speaker, and the commands to go further. It shows whatever the
 * analysis stages found; nothing here is specific to the demo corpus.
 */
final class SituationReport {
    static final int TOP_ENTITIES = 10;
    static final int QUOTES = 40;

    private SituationReport() {
    }

    /** Prints the report; {@code keptStore} is the store folder when it outlives the command, else null. */
    static void print(PrintWriter out, StoreSearch store, Path keptStore) throws IOException {
        Overview o = store.overview(TOP_ENTITIES);
        // The listing reads every quote of a small store, so its total counts each copied statement exactly once.
        Page<QuoteHit> quotes = store.quotes(QuoteRequest.all(QUOTES), 0);
        out.println(headline(o, quotes.total()));
        out.println();
        out.println("Articles by publisher");
        int width = o.byPublisher().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Integer> e : o.byPublisher().entrySet()) {
            out.printf("  %-" + width + "s  %d%n", e.getKey(), e.getValue());
        }
        out.println();
        out.println("Articles by date");
        for (Map.Entry<LocalDate, Integer> e : o.byDate().entrySet()) {
            out.printf("  %s  %-10s %d%n", e.getKey(), "#".repeat(Math.min(e.getValue(), 10)), e.getValue());
        }
        if (o.undated() > 0) {
            out.printf("  %-10s  %-10s %d%n", "undated", "#".repeat(Math.min(o.undated(), 10)), o.undated());
        }
        out.println();
        out.println("Most mentioned");
        if (o.topEntities().isEmpty()) {
            out.println("  (no entities recognised)");
        }
        for (Overview.EntityCount e : o.topEntities()) {
            out.printf("  %-28s %-7s %d article%s, %d mention%s%n", e.name(), e.type(), e.articles(),
                    e.articles() == 1 ? "" : "s", e.mentions(), e.mentions() == 1 ? "" : "s");
        }
        out.println();
        out.println("Who said what (newest first)");
        if (quotes.items().isEmpty()) {
            out.println("  (no quotes found)");
        }
        QuoteListing.printGrouped(out, quotes.items(), "  ");
        out.println();
        goFurther(out, keptStore);
    }

    private static String headline(Overview o, long statements) {
        // byDate is in date order: the first key and the last one bound the period.
        String span = o.byDate().keySet().stream().reduce((first, last) -> last)
                .map(last -> ", " + o.byDate().keySet().iterator().next() + " to " + last).orElse("");
        long collapsed = o.quotes() - statements;
        String said = plural((int) statements, "statement")
                + (collapsed > 0 ? " (" + collapsed + (collapsed == 1 ? " copy" : " copies") + " collapsed)" : "");
        return "Situation report: %s from %s, %s%s".formatted(plural(o.articles(), "article"),
                plural(o.byPublisher().size(), "publisher"), said, span);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void goFurther(PrintWriter out, Path keptStore) {
        String data = keptStore == null ? "" : " --data " + keptStore;
        out.println("How to go further");
        if (keptStore == null) {
            out.println("  ./sitrep demo --data demo-store                      keep this store to query it");
        }
        out.println("  ./sitrep search \"air defence\" --from 2025-06-01" + data);
        out.println("  ./sitrep search 'Zelensky AND \"air defence\"' --json" + data);
        out.println("  ./sitrep quotes --about \"air defence\"" + data);
        out.println("  ./sitrep quotes --speaker Rutte --from 2025-06-01" + data);
        out.println("  ./sitrep stories" + data);
        out.println("  ./sitrep ingest YOUR-CRAWL/ news.warc.gz feed.jsonl  your own data, into ./sitrep-data");
        out.println("  ./sitrep analyze page.html                           one JSON object per article, no store");
    }
}
