package dev.sitrep.webtest;

import dev.sitrep.cli.DemoCorpusCopy;
import dev.sitrep.ingest.Ingestion;
import dev.sitrep.ingest.SourceReader;
import dev.sitrep.pipeline.Pipeline;
import dev.sitrep.pipeline.PipelineOptions;
import dev.sitrep.query.KnowledgeBaseRoles;
import dev.sitrep.query.StoreSearch;
import dev.sitrep.server.SitrepServer;
import dev.sitrep.store.ArticleStore;
import dev.sitrep.store.search.LuceneStoreSearch;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Sitrep server on an ephemeral port over a real store holding the demo corpus plus {@code hostile.jsonl},
 * a synthetic article whose text and title carry markup that must show as text and never run.
 */
final class DemoSite implements Closeable {
    private final SitrepServer server;

    private DemoSite(SitrepServer server) {
        this.server = server;
    }

    static DemoSite start(Path work) throws IOException {
        Path corpus = DemoCorpusCopy.into(work.resolve("corpus"));
        Path hostile = work.resolve("hostile.jsonl");
        try (InputStream in = DemoSite.class.getResourceAsStream("hostile.jsonl")) {
            Files.copy(in, hostile);
        }
        Path dir = work.resolve("store");
        List<String> failures = new ArrayList<>();
        Ingestion ingestion = new Ingestion(new SourceReader(), new Pipeline(PipelineOptions.builder().build()), 2);
        try (ArticleStore store = ArticleStore.open(dir)) {
            ingestion.run(List.of(corpus.toString(), hostile.toString()), store, f -> failures.add(String.valueOf(f)));
        }
        if (!failures.isEmpty()) {
            throw new IOException("the demo corpus did not ingest cleanly: " + failures);
        }
        return new DemoSite(SitrepServer.start(LuceneStoreSearch.open(dir), new InetSocketAddress("127.0.0.1", 0),
                KnowledgeBaseRoles.shipped()));
    }

    /** The page's address, e.g. {@code http://127.0.0.1:41234/}. */
    String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
