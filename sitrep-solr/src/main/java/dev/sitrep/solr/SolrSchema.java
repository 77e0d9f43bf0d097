package dev.sitrep.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Sitrep's configset for SolrCloud, shipped in this jar ({@code dev/sitrep/solr/configset/}): {@code schema.xml}
 * (the store's fields, mirroring the embedded index), {@code solrconfig.xml}, and the embedded store's word lists.
 * The schema's name is the schema version, {@value #NAME}: a collection whose schema has another name was made by
 * another Sitrep, and is refused with the steps to migrate rather than queried with fields it may not have.
 */
public final class SolrSchema {
    /** The schema version; the configset is uploaded under this name. */
    public static final String NAME = "sitrep-3";
    /** The files of the configset, relative to its folder. */
    static final List<String> FILES = List.of("solrconfig.xml", "schema.xml", "spelling-variants.txt",
            "topic-synonyms.txt");
    private static final String FOLDER = "configset/";

    private SolrSchema() {
    }

    /** The configset as a zip, as Solr's configset upload takes it. */
    public static byte[] zip() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String f : FILES) {
                    zip.putNextEntry(new ZipEntry(f));
                    zip.write(read(f));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file of the configset. */
    public static byte[] read(String file) throws IOException {
        try (InputStream in = SolrSchema.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("the configset file " + file + " is missing from this build");
            }
            return in.readAllBytes();
        }
    }

    /** Refuses a collection whose schema is not this version's, saying how to move its articles over. */
    static void check(SolrLocation location, String schemaName) throws IOException {
        if (NAME.equals(schemaName)) {
            return;
        }
        String to = location.collection() + "-" + NAME;
        throw new IOException(location + ": the collection was created with schema \"" + schemaName
                + "\" and this Sitrep needs \"" + NAME + "\"; it is left as it is. To migrate, create a collection "
                + "with this version's schema and load the articles into it: sitrep solr init --zk " + location.zk()
                + " --collection " + to + ", then sitrep solr load --store " + SolrLocation.of(location.zk(), to)
                + " with the inputs or the Spark job's output (or sitrep ingest them), then use --store "
                + SolrLocation.of(location.zk(), to));
    }
}
