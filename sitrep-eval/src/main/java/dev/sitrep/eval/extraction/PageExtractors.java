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
        register("boilerpipe", dev.sitrep.eval.extraction.peers.BoilerpipeExtractor::new);
        register("readability4j", dev.sitrep.eval.extraction.peers.Readability4jExtractor::new);
        register("readability.js", PageExtractors::readabilityJs);
    }

    /** Mozilla Readability in node; fails with the reason (node or its packages missing) when it cannot start. */
    private static PageExtractor readabilityJs() {
        try {
            return dev.sitrep.eval.extraction.peers.ReadabilityJsExtractor.start(
                    dev.sitrep.eval.extraction.peers.Peers.jsDir());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("readability.js cannot run: " + e.getMessage(), e);
        }
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
