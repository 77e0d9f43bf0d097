package dev.sitrep.solr.it;

import dev.sitrep.stores.StoreProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The embedded store in the same JVM as a SolrCloud cluster. The store needs Lucene 10, Solr 9 runs on Lucene 9, and
 * one class path cannot hold both: the store (its jar or classes, named by the system property
 * {@code sitrep.embedded.store}) and its Lucene jars (copied by the build into the folder named by
 * {@code sitrep.embedded.lucene}) are loaded here by a class loader of their own. Lucene and the store
 * ({@code org.apache.lucene.}, {@code dev.sitrep.store.}: classes, resources and Lucene's service files) come from
 * those jars only, not merely first: a Lucene 10 class missing there must not be found among Solr's Lucene 9, nor a
 * codec that Lucene 9's service files name. Everything else, Sitrep's core above all, comes from the test class
 * path, so that the embedded store answers with the very {@code dev.sitrep.query} records the Solr store answers
 * with, and the two can be compared with {@code equals}.
 */
final class EmbeddedStoreLoader extends URLClassLoader {
    /** The embedded store's jar, or its classes folder in a build that stops before packaging. */
    static final String STORE_PROPERTY = "sitrep.embedded.store";
    /** Where the build copies the embedded store's Lucene. */
    static final String LUCENE_PROPERTY = "sitrep.embedded.lucene";

    private static final String[] OWN_CLASSES = {"org.apache.lucene.", "dev.sitrep.store."};
    private static final String[] OWN_RESOURCES = {"org/apache/lucene/", "dev/sitrep/store/",
            "META-INF/services/org.apache.lucene."};

    static {
        registerAsParallelCapable();
    }

    private static volatile EmbeddedStoreLoader shared;

    private EmbeddedStoreLoader(URL[] jars, ClassLoader parent) {
        super("sitrep-embedded-store", jars, parent);
    }

    /** The loader over the copied jars, made once per JVM (Lucene's classes are big; one copy of them will do). */
    static EmbeddedStoreLoader shared() {
        EmbeddedStoreLoader l = shared;
        if (l == null) {
            synchronized (EmbeddedStoreLoader.class) {
                l = shared;
                if (l == null) {
                    l = new EmbeddedStoreLoader(jars(), EmbeddedStoreLoader.class.getClassLoader());
                    shared = l;
                }
            }
        }
        return l;
    }

    /** The embedded store's {@link StoreProvider}, found as the CLI finds it: through its service file. */
    static StoreProvider provider() {
        for (StoreProvider p : ServiceLoader.load(StoreProvider.class, shared())) {
            if (p.getClass().getClassLoader() == shared()) {
                return p;
            }
        }
        throw new IllegalStateException("no StoreProvider in " + List.of(shared().getURLs()));
    }

    private static URL[] jars() {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(Path.of(property(STORE_PROPERTY)).toUri().toURL());
            String lucene = property(LUCENE_PROPERTY);
            try (Stream<Path> files = Files.list(Path.of(lucene))) {
                for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(lucene + ": no Lucene jars for the embedded store", e);
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        if (urls.stream().noneMatch(u -> u.getPath().contains("/lucene-core-"))) {
            throw new IllegalStateException("no lucene-core among " + urls);
        }
        return urls.toArray(URL[]::new);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("-D" + name + " is not set: run the tests through Maven, which finds the "
                    + "embedded store and copies Lucene 10 for it (maven-dependency-plugin, sitrep-solr-it/pom.xml)");
        }
        return value;
    }

    private static boolean own(String name, String[] prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!own(name, OWN_CLASSES)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        return own(name, OWN_RESOURCES) ? findResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return own(name, OWN_RESOURCES) ? findResources(name) : super.getResources(name);
    }
}
