package dev.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds real WARC and WARC.gz bytes with jwarc's own writer, for tests. */
public final class WarcFixtures {
    public static final Instant DATE = Instant.parse("2025-03-04T10:15:30Z");

    private WarcFixtures() {
    }

    /** A response record: HTTP 200 with the given content type and body. */
    public static WarcRecord response(String uri, String contentType, byte[] body) {
        return response(uri, 200, contentType, body);
    }

    public static WarcRecord response(String uri, int status, String contentType, byte[] body) {
        try {
            HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                    .body(MediaType.parse(contentType), body).build();
            return new WarcResponse.Builder(URI.create(uri)).date(DATE).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WarcRecord resource(String uri, String contentType, String body) {
        return new WarcResource.Builder(URI.create(uri)).date(DATE)
                .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build();
    }

    public static WarcRecord request(String uri) {
        try {
            HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getPath()).build();
            return new WarcRequest.Builder(URI.create(uri)).date(DATE).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] html(String title, String paragraph) {
        return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + paragraph + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** The records written one after another, gzip-compressed per record when {@code gzip}. */
    public static byte[] warc(boolean gzip, WarcRecord... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Byte offset of the {@code n}th (0-based) occurrence of {@code needle}. */
    public static int indexOf(byte[] haystack, String needle, int n) {
        byte[] nb = needle.getBytes(StandardCharsets.ISO_8859_1);
        int seen = 0;
        outer:
        for (int i = 0; i + nb.length <= haystack.length; i++) {
            for (int j = 0; j < nb.length; j++) {
                if (haystack[i + j] != nb[j]) {
                    continue outer;
                }
            }
            if (seen++ == n) {
                return i;
            }
        }
        return -1;
    }
}
