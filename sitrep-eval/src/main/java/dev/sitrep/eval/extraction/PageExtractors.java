package dev.sitrep.eval.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The extractors the harness knows by name; a peer plugs in with one {@link #register} line here. */
public final class PageExtractors {
    private static final Map<String, Supplier<PageExtractor>> KNOWN = new LinkedHashMap<>();

    static {
        register("sitrep", SitrepPageExtractor::new);
    }

    private PageExtractors() {
    }

    static void register(String name, Supplier<PageExtractor> factory) {
        KNOWN.put(name, factory);
    }

    /** The registered names, in registration order. */
    public static Set<String> names() {
        return KNOWN.keySet();
    }

    /**
     * A fresh extractor by name.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static PageExtractor create(String name) {
        Supplier<PageExtractor> f = KNOWN.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown extractor '" + name + "'; known: " + names());
        }
        return f.get();
    }
}
