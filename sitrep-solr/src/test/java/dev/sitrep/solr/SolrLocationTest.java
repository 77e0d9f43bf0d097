package dev.sitrep.solr;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SolrLocationTest {
    @Test
    void hostsChrootAndCollection() {
        SolrLocation l = SolrLocation.parse("solr://zk1:2181,zk2:2181/solr/news");
        assertEquals(List.of("zk1:2181", "zk2:2181"), l.zkHosts());
        assertEquals(Optional.of("/solr"), l.chroot());
        assertEquals("news", l.collection());
        assertEquals("zk1:2181,zk2:2181/solr", l.zk());
        assertEquals("solr://zk1:2181,zk2:2181/solr/news", l.toString());
    }

    @Test
    void noChrootAndDeepChroot() {
        assertEquals(Optional.empty(), SolrLocation.parse("solr://zk:2181/news").chroot());
        assertEquals(Optional.of("/apps/solr"), SolrLocation.parse("solr://zk:2181/apps/solr/news").chroot());
    }

    @Test
    void initTakesTheEnsembleAndTheCollectionApart() {
        assertEquals("solr://zk1:2181/solr/news", SolrLocation.of("zk1:2181/solr", "news").toString());
        assertEquals("solr://zk1:2181/news", SolrLocation.of("zk1:2181", "news").toString());
    }

    @Test
    void aLocationWithoutCollectionOrHostSaysWhatIsMissing() {
        var e = assertThrows(IllegalArgumentException.class, () -> SolrLocation.parse("solr://zk:2181"));
        assertTrue(e.getMessage().contains("no collection"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SolrLocation.parse("solr://zk:2181/solr/"));
        assertThrows(IllegalArgumentException.class, () -> SolrLocation.parse("solr:///news"));
        assertThrows(IllegalArgumentException.class, () -> SolrLocation.parse("http://zk:2181/news"));
        assertThrows(IllegalArgumentException.class, () -> SolrLocation.parse("solr://zk:2181/bad name"));
    }
}
