package dev.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests on the local Hadoop file system: globs, folders, relative lines, comments and lines naming nothing. */
class ManifestTest {

    @Test
    void linesExpandInOrderAndWhatNamesNothingIsAFailure(@TempDir Path dir) throws Exception {
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        Files.writeString(crawl.resolve("b.warc.gz"), "x");
        Files.writeString(crawl.resolve("a.warc.gz"), "x");
        Files.writeString(crawl.resolve("_SUCCESS"), "");
        Files.writeString(crawl.resolve(".hidden.warc.gz"), "x");
        Path feeds = Files.createDirectories(dir.resolve("feeds/2025"));
        Files.writeString(feeds.resolve("june.jsonl"), "{}");
        Path manifest = dir.resolve("inputs.txt");
        Files.writeString(manifest, "# June's crawl\n\ncrawl/*.warc.gz\n" + dir.resolve("feeds") + "\nnot-there.warc\n");

        Manifest.Listing listing = Manifest.read(manifest.toString(), new Configuration());

        List<String> sources = listing.files().stream().map(InputFile::source).toList();
        assertEquals(List.of(crawl.resolve("a.warc.gz").toString(), crawl.resolve("b.warc.gz").toString(),
                feeds.resolve("june.jsonl").toString()), sources);
        assertEquals(List.of(0, 1, 2), listing.files().stream().map(InputFile::index).toList());
        assertEquals(1, listing.failures().size());
        assertEquals("not-there.warc: no such file", listing.failures().get(0).failure());
        assertEquals(Item.seq(3, 0), listing.failures().get(0).seq());
    }
}
