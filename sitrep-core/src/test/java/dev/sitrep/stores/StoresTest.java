package dev.sitrep.stores;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class StoresTest {
    @Test
    void foldersAreLocalAndSchemesAreRemote() {
        assertFalse(Stores.isRemote("sitrep-data"));
        assertFalse(Stores.isRemote("/var/lib/sitrep"));
        assertFalse(Stores.isRemote("C:\\data"));
        assertTrue(Stores.isRemote("solr://zk:2181/solr/news"));
    }

    @Test
    void aLocationNoModuleAnswersSaysWhatToAdd() {
        // The core alone has no store module: the message names the kind of location and what serves it.
        var solr = assertThrows(IllegalArgumentException.class, () -> Stores.openSearch("solr://zk:2181/news"));
        assertTrue(solr.getMessage().contains("sitrep-solr"), solr.getMessage());
        var other = assertThrows(IllegalArgumentException.class, () -> Stores.openWriter("es://host/x", 10));
        assertTrue(other.getMessage().startsWith("es://host/x: no store of this kind"), other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Stores.openWriter("folder", 0));
    }
}
