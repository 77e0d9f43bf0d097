package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.model.Article;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A search as an Atom feed, newest first, parsed as a feed reader parses it; and {@code sort=newest} on the API. */
class FeedTest {
    @TempDir
    static Path dir;
    static SitrepServer server;
    static Http http;

    private static Article article(String id, String day, String title, String text) {
        return Article.builder().id(id).source("fixture:" + id).url("https://news.example/" + id).title(title)
                .publisher("Harbour Times").published(day == null ? null : LocalDate.parse(day)).language("en").text(text)
                .build();
    }

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixtures.serve(dir, List.of(
                article("f1", "2025-03-02", "Convoy sets out", "The grain convoy left Marsk for the harbour."),
                article("f2", "2025-03-09", "Convoy <b>arrives</b> & unloads", "The grain convoy reached the harbour \u0001 on Sunday."),
                article("f3", "2025-03-05", "Convoy delayed by storm", "A storm held the grain convoy, convoy crews said, convoy convoy."),
                article("f4", null, "Convoy history", "An undated piece on the grain convoy."),
                article("f5", "2025-03-10", "Budget talks", "Ministers argued over the budget.")));
        http = Http.to(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aSearchAsAnAtomFeedNewestFirst() throws Exception {
        HttpResponse<String> r = http.get("/api/feed?q=convoy");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertTrue(text(root, "title").contains("convoy"));
        assertEquals("2025-03-09T00:00:00Z", text(root, "updated"), "the newest entry's day");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(text((Element) entries.item(i), "id"));
        }
        assertEquals(List.of("urn:sitrep:article:f2", "urn:sitrep:article:f3", "urn:sitrep:article:f1",
                "urn:sitrep:article:f4"), ids, "newest first, undated last, the other topic left out");
        Element first = (Element) entries.item(0);
        assertEquals("Convoy <b>arrives</b> & unloads", text(first, "title"), "markup in a title is text");
        assertFalse(text(first, "summary").contains("\u0001"), "what XML cannot carry is left out");
        assertEquals(text(root, "id"), text(parse(http.get("/api/feed?q=convoy").body()), "id"), "a feed keeps its id");
        assertEquals(400, http.get("/api/feed?q=(").statusCode());
    }

    @Test
    void searchNewestFirst() throws Exception {
        JsonNode newest = http.json("/api/search?q=convoy&sort=newest");
        List<String> ids = new ArrayList<>();
        newest.get("items").forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(List.of("f2", "f3", "f1", "f4"), ids);
        JsonNode best = http.json("/api/search?q=convoy");
        assertEquals("f3", best.get("items").get(0).get("id").asText(), "best first by default");
        assertEquals("sort", Http.body(http.get("/api/search?q=convoy&sort=oldest")).get("parameter").asText());
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", child).item(0).getTextContent();
    }
}
