package dev.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.watch.SourcesFile.SourcesException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourcesFileTest {
    private static final String GOOD = """
            user_agent: "Sitrep/0.1 (+mailto:desk@example.org)"
            defaults: {interval: 10m, delay: 7s}
            sites:
              - name: example-news
                feeds: [https://www.example-news.com/feed.xml]
                sitemaps: [https://www.example-news.com/news-sitemap.xml]
                front_pages: [https://www.example-news.com/]
                deny: ['/video/']
                allow: ['/20\\d\\d/']
                interval: 5m
              - name: wire
                feeds: [http://wire.example/atom.xml]
            """;

    @Test
    void readsSitesDefaultsAndOverrides() throws SourcesException {
        SourcesFile f = SourcesFile.parse("sources.yaml", GOOD);
        assertEquals(2, f.sites().size());
        SourcesFile.Site news = f.site("example-news");
        assertEquals(Duration.ofMinutes(5), f.interval(news));
        assertEquals(Duration.ofSeconds(7), f.delay(news));
        assertEquals(Duration.ofMinutes(10), f.interval(f.site("wire")));
        assertEquals(Duration.ofHours(24), f.defaults().maxInterval());
        assertEquals(3, news.sources().size());
        assertTrue(news.admits("https://www.example-news.com/2026/12/05/allies"));
        assertFalse(news.admits("https://www.example-news.com/video/2026/clip"));
        assertFalse(news.admits("https://www.example-news.com/about"));
    }

    @Test
    void writesWhatItReads() throws SourcesException {
        SourcesFile f = SourcesFile.parse("a", GOOD);
        assertEquals(f.toYaml(), SourcesFile.parse("b", f.toYaml()).toYaml());
    }

    @Test
    void refusesAUserAgentWithoutContact() {
        SourcesException e = assertThrows(SourcesException.class, () -> SourcesFile.parse("s.yaml",
                GOOD.replace("Sitrep/0.1 (+mailto:desk@example.org)", "Sitrep/0.1")));
        assertTrue(e.getMessage().startsWith("s.yaml: user_agent \"Sitrep/0.1\" names no contact"), e.getMessage());
        e = assertThrows(SourcesException.class, () -> SourcesFile.parse("s.yaml", "sites: []"));
        assertTrue(e.getMessage().contains("user_agent is required"), e.getMessage());
    }

    @Test
    void namesTheLineOfAnUnknownKeyAndBadValues() {
        SourcesException e = assertThrows(SourcesException.class, () -> SourcesFile.parse("s.yaml",
                GOOD.replace("    interval: 5m", "    intervall: 5m")));
        assertTrue(e.getMessage().matches("s\\.yaml: line \\d+: unknown key 'intervall'.*"), e.getMessage());
        e = assertThrows(SourcesException.class, () -> SourcesFile.parse("s.yaml",
                GOOD.replace("http://wire.example/atom.xml", "ftp://wire.example/atom.xml")));
        assertTrue(e.getMessage().contains("site wire: feeds: not an http(s) URL"), e.getMessage());
        e = assertThrows(SourcesException.class, () -> SourcesFile.parse("s.yaml", GOOD.replace("5m", "soon")));
        assertTrue(e.getMessage().contains("'soon' is not a duration"), e.getMessage());
        e = assertThrows(SourcesException.class, () -> SourcesFile.parse("s.yaml", GOOD.replace("name: wire",
                "name: example-news")));
        assertTrue(e.getMessage().contains("used twice"), e.getMessage());
    }
}
