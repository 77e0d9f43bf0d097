package dev.sitrep.spark.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes pages as CC-NEWS-style WARC.gz files (one gzip member per record) with jwarc's writer. */
public final class WarcFiles {
    /** The fetch time of every record written: a fixed instant, so runs are repeatable. */
    public static final Instant FETCHED = Instant.parse("2025-06-02T08:00:00Z");

    private final Path dir;

    public WarcFiles(Path dir) {
        this.dir = dir;
    }

    /** A fetched page: its address and the HTML bytes the server sent. */
    public record Page(String url, byte[] html) {
    }

    /** Writes {@code pages} as one WARC.gz named {@code name} in the folder and returns its path. */
    public Path write(String name, List<Page> pages) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, pages);
        }
        return file;
    }

    /** The WARC.gz bytes of {@code pages}. */
    public byte[] bytes(List<Page> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, pages);
        return out.toByteArray();
    }

    private static void write(OutputStream out, List<Page> pages) throws IOException {
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            for (Page p : pages) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html"), p.html()).build();
                writer.write(new WarcResponse.Builder(URI.create(p.url())).date(FETCHED).body(http).build());
            }
        }
    }
}
