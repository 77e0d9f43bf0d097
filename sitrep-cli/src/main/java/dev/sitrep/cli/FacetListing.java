package dev.sitrep.cli;

import dev.sitrep.query.Facets;
import dev.sitrep.server.JsonViews;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints facet counts ({@code --facets}): per field, each value with its count, most first. */
final class FacetListing {
    private FacetListing() {
    }

    static void print(PrintWriter out, Facets facets, boolean json) {
        if (json) {
            out.println(JsonViews.facets(facets));
            return;
        }
        if (facets.fields().isEmpty()) {
            out.println("(nothing matches)");
        }
        facets.fields().forEach((field, counts) -> {
            out.println(field);
            int width = counts.stream().mapToInt(c -> shown(c).length()).max().orElse(0);
            for (Facets.Count c : counts) {
                out.println(String.format(Locale.ROOT, "  %-" + width + "s  %,d", shown(c), c.count()));
            }
        });
    }

    /** The label, and the value the filter takes when it differs ("Pete Hegseth  kb:pete-hegseth"). */
    private static String shown(Facets.Count c) {
        return c.label().equals(c.value()) ? c.value() : c.label() + "  " + c.value();
    }
}
