package dev.sitrep.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client that reaches the simulated sites through the simulator as its proxy, following no redirects. */
final class SimHttp {
    final HttpClient client;

    SimHttp(NewsSimulator sim) {
        client = HttpClient.newBuilder().proxy(sim.proxy()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<byte[]> get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("User-Agent", "sitrep-test/1");
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(String url) {
        HttpResponse<byte[]> r = get(url);
        if (r.statusCode() != 200) {
            throw new AssertionError(url + " answered " + r.statusCode());
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
