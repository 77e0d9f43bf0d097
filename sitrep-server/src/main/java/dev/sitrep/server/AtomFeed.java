package dev.sitrep.server;

import dev.sitrep.model.Article;
import dev.sitrep.query.SearchHit;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A search as an Atom feed (RFC 4287): its newest articles, newest first, so that any feed reader that follows the
 * feed's address sees what is new since it last looked (readers remember entries by their id). The feed's id is made
 * from the search's parameters, an entry's from the article's id: both stay the same from one reading to the next.
 * Written with the JDK's StAX writer, which escapes every piece of article text.
 */
final class AtomFeed {
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AtomFeed() {
    }

    /**
     * The feed of {@code hits} (newest first) for a search with {@code parameters}, its links made absolute from
     * {@code base} (the address the request came to, e.g. {@code http://host:8080}); undated articles carry the
     * feed's own date.
     */
    static String of(Map<String, String> parameters, List<SearchHit> hits, String base) {
        Map<String, String> sorted = new TreeMap<>(parameters);
        String query = query(sorted);
        LocalDate newest = hits.stream().map(h -> h.article().published()).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "id", "urn:sitrep:search:" + Integer.toHexString(query.hashCode()) + ":" + query.length());
            text(x, "title", "Sitrep: " + (sorted.getOrDefault("q", "").isBlank() ? "every article" : sorted.get("q"))
                    + describe(sorted));
            text(x, "updated", time(newest));
            link(x, "self", base + "/api/feed" + (query.isEmpty() ? "" : "?" + query), CONTENT_TYPE.split(";")[0]);
            link(x, "alternate", base + "/#/search" + (query.isEmpty() ? "" : "?" + query), "text/html");
            text(x, "generator", "Sitrep");
            for (SearchHit hit : hits) {
                Article a = hit.article();
                x.writeStartElement("entry");
                text(x, "id", "urn:sitrep:article:" + a.id());
                text(x, "title", a.title() == null || a.title().isBlank() ? "untitled article" : a.title());
                text(x, "updated", time(a.published() != null ? a.published() : newest));
                if (a.published() != null) {
                    text(x, "published", time(a.published()));
                }
                x.writeStartElement("author");
                text(x, "name", a.author() != null && !a.author().isBlank() ? a.author()
                        : a.publisher() != null ? a.publisher() : "unknown");
                x.writeEndElement();
                if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
                    link(x, "alternate", a.url(), "text/html");
                }
                link(x, "related", base + "/#/article/" + URLEncoder.encode(a.id(), StandardCharsets.UTF_8), "text/html");
                x.writeStartElement("summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(xmlChars(hit.snippet() == null ? "" : hit.snippet()));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the feed", e);
        }
        return out.toString();
    }

    /** " (from 2025-01-01, publisher Politico)": the filters beside the words, for the feed's title. */
    private static String describe(Map<String, String> p) {
        StringBuilder b = new StringBuilder();
        p.forEach((k, v) -> {
            if (!k.equals("q") && !v.isBlank()) {
                b.append(b.isEmpty() ? " (" : ", ").append(k).append(' ').append(v);
            }
        });
        return b.isEmpty() ? "" : b.append(')').toString();
    }

    private static String query(Map<String, String> p) {
        StringBuilder b = new StringBuilder();
        p.forEach((k, v) -> {
            if (!v.isBlank()) {
                b.append(b.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }

    private static String time(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC).format(RFC3339);
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(xmlChars(value));
        x.writeEndElement();
    }

    /**
     * The text without what XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF), which
     * a crawled page can hold and the writer would pass through into a feed no reader can parse.
     */
    static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", xmlChars(href));
        x.writeAttribute("type", type);
    }
}
