package dev.sitrep.solr;

import static org.junit.jupiter.api.Assertions.*;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Flag;
import dev.sitrep.model.Quote;
import dev.sitrep.model.QuoteKind;
import dev.sitrep.stores.Collation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class SolrSchemaTest {
    private static final Pattern FIELD = Pattern.compile("<field name=\"([^\"]+)\"");

    @Test
    void theConfigsetZipHoldsEveryFileAndTheWordListsOfTheEmbeddedStore() throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(SolrSchema.zip()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertTrue(zip.readAllBytes().length > 0, e.getName());
            }
        }
        assertEquals(Set.copyOf(SolrSchema.FILES), names);
        String schema = new String(SolrSchema.read("schema.xml"), StandardCharsets.UTF_8);
        assertTrue(schema.contains("<schema name=\"" + SolrSchema.NAME + "\""), "the schema's name is its version");
        assertTrue(new String(SolrSchema.read("topic-synonyms.txt"), StandardCharsets.UTF_8).contains("accession"));
    }

    @Test
    void everyFieldSitrepSendsIsDeclared() throws IOException {
        Set<String> declared = new HashSet<>();
        Matcher m = FIELD.matcher(new String(SolrSchema.read("schema.xml"), StandardCharsets.UTF_8));
        while (m.find()) {
            declared.add(m.group(1));
        }
        Set<String> sent = new HashSet<>();
        for (SolrInputDocument d : SolrDocuments.of(article(), null, new Collation.Arrival(7, true))) {
            sent.addAll(d.getFieldNames());
        }
        sent.removeAll(declared);
        assertEquals(Set.of(), sent, "fields sent but not in schema.xml");
    }

    @Test
    void anArticleAndItsEntitiesAndQuotesShareTheRoutingPrefix() {
        List<SolrInputDocument> docs = SolrDocuments.of(article(), null, Collation.Arrival.UNKNOWN);
        assertEquals(List.of("a%21b!a", "a%21b!e0", "a%21b!q0"),
                docs.stream().map(d -> d.getFieldValue(SolrFields.ID)).toList());
        docs.forEach(d -> assertEquals("a!b", d.getFieldValue("article")));
        assertEquals("true", docs.get(0).getFieldValue("original"));
        assertEquals("a!b", docs.get(2).getFieldValue("copy_group"));
    }

    private static Article article() {
        String text = "Marta Vell said: \"We hold the bridge.\" The council met.";
        return Article.builder().id("a!b").title("Bridge held").publisher("Harbour Post").text(text)
                .published(LocalDate.of(2025, 3, 2)).language("en").url("https://example.org/a").flag(Flag.values()[0])
                .entities(List.of(new Entity("kb:marta-vell", "Marta Vell", EntityType.PERSON, List.of("Vell"), 1,
                        List.of())))
                .quotes(List.of(new Quote("We hold the bridge.", "Marta Vell", "kb:marta-vell", "said",
                        QuoteKind.DIRECT, text.indexOf("We"), text.indexOf("\" The"))))
                .story("s1").build();
    }
}
