package dev.sitrep.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the demo corpus's {@code 10-crawl.warc.gz} with jwarc: a small crawl of synthetic pages written for
 * Sitrep, with the record kinds a real crawl mixes (request, 200 and 404 responses, a text resource) and a
 * page whose UTF-8 was once read as Windows-1253 ({@code β€œ} for {@code “}). Record ids and dates are fixed,
 * so the output is the same on every run ({@code DemoCorpusTest} checks the committed file against it).
 *
 * <p>Run from the repository root after {@code ./mvnw -q -pl sitrep-cli -am test-compile}:
 * {@code java -cp sitrep-cli/target/test-classes:JWARC_JAR dev.sitrep.demo.DemoWarcGenerator OUT} (JWARC_JAR
 * is jwarc's jar in the local Maven repository).
 */
public final class DemoWarcGenerator {
    static final String FILE = "10-crawl.warc.gz";

    private DemoWarcGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : FILE));
    }

    /** Writes the WARC to {@code out}, replacing it. */
    public static void write(Path out) throws IOException {
        try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            String drones = "https://www.eastern-wire.example/2025/07/12/kyiv-drone-production";
            w.write(request(drones, "2025-07-12T09:00:00Z"));
            w.write(response(drones, "2025-07-12T09:00:01Z", 200, DRONES));
            w.write(response("https://www.northern-ledger.example/europe/2025/07/14/readiness-plan",
                    "2025-07-14T12:30:00Z", 200, windows1253Mojibake(READINESS)));
            w.write(response("https://www.northern-ledger.example/europe/2025/07/14/old-link",
                    "2025-07-14T12:31:00Z", 404, NOT_FOUND));
            w.write(resource("https://www.harbour-times.example/wire/2025-07-15-lapland-exercise.txt",
                    "2025-07-15T07:45:00Z", EXERCISE));
        }
    }

    private static WarcRecord request(String uri, String date) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
                .addHeader("Host", URI.create(uri).getHost())
                .addHeader("User-Agent", "sitrep-demo-crawler/1.0")
                .build();
        return new WarcRequest.Builder(URI.create(uri)).recordId(id(uri + "#request")).date(Instant.parse(date))
                .body(http).build();
    }

    private static WarcRecord response(String uri, String date, int status, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(URI.create(uri)).recordId(id(uri)).date(Instant.parse(date)).body(http).build();
    }

    private static WarcRecord resource(String uri, String date, String text) {
        return new WarcResource.Builder(URI.create(uri)).recordId(id(uri)).date(Instant.parse(date))
                .body(MediaType.parse("text/plain; charset=utf-8"), text.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static UUID id(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text as a page shows it after its UTF-8 bytes were decoded as Windows-1253 by a lenient decoder
     * that fills the code page's gaps from Windows-1252, then Latin-1 (so {@code “} becomes {@code β€œ}, as
     * in real crawls).
     */
    static String windows1253Mojibake(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = decode(b, "windows-1253");
            if (c.equals("\uFFFD")) {
                c = decode(b, "windows-1252");
            }
            sb.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xff)) : c);
        }
        return sb.toString();
    }

    private static String decode(byte b, String charset) {
        return new String(new byte[] {b}, java.nio.charset.Charset.forName(charset));
    }

    static final String DRONES = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Kyiv and partners agree to expand drone production | Eastern Wire</title>
            <meta property="og:site_name" content="Eastern Wire">
            <meta property="article:published_time" content="2025-07-12">
            </head><body>
            <div class="cookies">We value your privacy. <button>Accept</button> <button>Reject</button></div>
            <nav>Eastern Wire · World · Markets · Energy · Podcasts</nav>
            <article>
            <h1>Kyiv and partners agree to expand drone production</h1>
            <p>Ukraine and a group of European partners agreed on Saturday to finance a larger share of Ukraine’s drone production inside the country, officials in Kyiv said.</p>
            <p>“Drones made in Ukraine reach the front line in days, not months,” President Zelenskyy said after a call with the leaders of Denmark and the Netherlands.</p>
            <p>Under the arrangement, partner governments pay Ukrainian manufacturers directly. Denmark was the first country to use the model last year.</p>
            </article>
            <ul class="related"><li>Read more: Berlin weighs faster delivery of air defence</li><li>Read more: Baltic states press for air policing</li></ul>
            <footer>© Eastern Wire 2025</footer>
            </body></html>
            """;

    static final String READINESS = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Von der Leyen outlines EU defence readiness plan | Northern Ledger</title>
            <meta property="og:site_name" content="Northern Ledger">
            <meta property="article:published_time" content="2025-07-14T11:00:00+02:00">
            </head><body>
            <header>Northern Ledger — World | Europe | Business</header>
            <article>
            <h1>Von der Leyen outlines EU defence readiness plan</h1>
            <p>European Commission President Ursula von der Leyen presented a plan on Monday to help member states buy air defence, ammunition and drones together.</p>
            <p>“Europe’s security is our shared responsibility, and we have no time to lose,” von der Leyen told the European Parliament’s defence committee.</p>
            <p>The plan relies on loans backed by the EU budget. Several governments have asked for the rules to include Ukraine’s defence industry.</p>
            </article>
            <footer>© 2025 Northern Ledger Media</footer>
            </body></html>
            """;

    static final String NOT_FOUND = """
            <!DOCTYPE html><html><head><title>Page not found</title></head>
            <body><h1>Sorry, we could not find that page.</h1><p>Try our search or go back to the home page.</p></body></html>
            """;

    static final String EXERCISE = """
            Finland and Sweden hold first joint Nato exercise in Lapland
            Harbour Times

            Finnish and Swedish troops began their first joint exercise as Nato members in northern Finland on Tuesday, with around four thousand soldiers taking part.

            A Finnish army spokesman, Colonel Jari Lehto, said the exercise would test how quickly reinforcements could cross the border between the two countries in winter conditions.

            "We train together because we would fight together," Lehto said.
            """;
}
