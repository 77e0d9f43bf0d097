package dev.sitrep.listing;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the entries of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 1.0 feed from bytes already fetched.
 *
 * <p>Written by hand on the JDK's StAX reader rather than taken from crawler-commons: its feed support keeps only
 * an item's link and pubDate and does not read RSS 1.0, while Sitrep wants titles, ids and the dates of all three
 * formats.
 *
 * <p>The cascade, in order:
 * <ol>
 *   <li>bytes to text: byte-order mark, XML declaration, Content-Type charset, UTF-8 ({@link XmlCharset}); an
 *       unknown charset is read as UTF-8 and noted as the problem;</li>
 *   <li>a page that starts like HTML is refused at once: "not a feed (HTML page)";</li>
 *   <li>the root element names the format ({@code rss}, {@code RDF}, {@code feed}); any other root is refused;</li>
 *   <li>items ({@code item}; in RSS 1.0 they are siblings of the channel) or entries ({@code entry}) are read
 *       one by one, only their direct children counting; an item without a usable http(s) link (the link, a
 *       permalink guid, the rdf:about) is skipped;</li>
 *   <li>reading stops at the entry limit, or at the first XML error, and what was read before stays.</li>
 * </ol>
 *
 * <p>The XML reader is hardened: no DTD, no external entities, no entity expansion, so a billion-laughs document
 * or an entity naming a local file ends as a problem instead of a blow-up or a leak. {@link #parse} never throws
 * for bad input; a parser is immutable and may be shared between threads.
 */
public final class FeedParser {
    /** How many entries a feed yields by default; a feed is a recent window, not an archive. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    private static final int MAX_TEXT = 8192;

    private final int maxEntries;

    /** A parser keeping at most {@link #DEFAULT_MAX_ENTRIES} entries. */
    public FeedParser() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /** A parser keeping at most {@code maxEntries} entries (at least one). */
    public FeedParser(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * The entries of a feed.
     *
     * @param base        the address the feed was fetched from, against which relative links resolve
     * @param body        the bytes as fetched (after any Content-Encoding was undone)
     * @param contentType the Content-Type header, or null when there was none
     */
    public Feed parse(URI base, byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return Feed.failed("empty body");
        }
        XmlCharset.Decoded decoded = XmlCharset.decode(body, contentType);
        String text = stripLeading(decoded.text());
        if (looksLikeHtml(text)) {
            return Feed.failed("not a feed (HTML page)");
        }
        XMLStreamReader xml = null;
        Walk walk = new Walk(base);
        try {
            xml = factory().createXMLStreamReader(new StringReader(text));
            walk.run(xml);
        } catch (XMLStreamException e) {
            walk.problem = malformed(e.getLocation(), e.getMessage());
        } catch (RuntimeException e) {
            // The JDK reader throws unchecked exceptions on some broken inputs; they mean the same as a parse error.
            walk.problem = malformed(location(xml), Problems.of(e));
        } finally {
            close(xml);
        }
        Optional<String> problem = Optional.ofNullable(walk.problem).or(decoded::problem);
        return new Feed(walk.format, walk.entries, problem);
    }

    /** One pass over one document: the state of reading it. */
    private final class Walk {
        private final URI base;
        private final List<Entry> entries = new ArrayList<>();
        private Feed.Format format = Feed.Format.NONE;
        private String problem;

        Walk(URI base) {
            this.base = base;
        }

        void run(XMLStreamReader xml) throws XMLStreamException {
            int depth = 0;
            FeedItem item = null;
            int itemDepth = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (depth == 1) {
                        format = root(name);
                        if (format == Feed.Format.NONE) {
                            problem = name.equalsIgnoreCase("html") ? "not a feed (HTML page)"
                                    : "not a feed (root element <" + Problems.oneLine(name) + ">)";
                            return;
                        }
                    } else if (item == null && opensItem(name)) {
                        item = new FeedItem();
                        itemDepth = depth;
                        item.about(attribute(xml, "about"));
                    } else if (item != null && depth == itemDepth + 1) {
                        field(xml, item, name);
                        depth--; // field() consumed the end tag
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (item != null && depth == itemDepth) {
                        item.toEntry(base).ifPresent(entries::add);
                        item = null;
                        if (entries.size() >= maxEntries && hasMoreItems(xml)) {
                            problem = "more than " + maxEntries + " entries; kept the first " + maxEntries;
                            return;
                        }
                    }
                    depth--;
                }
            }
        }

        /** Whether anything follows: a feed of exactly the limit is not cut short. Cheap, as nothing is kept. */
        private boolean hasMoreItems(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && opensItem(xml.getLocalName())) {
                    return true;
                }
            }
            return false;
        }

        private boolean opensItem(String name) {
            return format == Feed.Format.ATOM ? name.equals("entry") : name.equals("item");
        }

        private void field(XMLStreamReader xml, FeedItem item, String name) throws XMLStreamException {
            switch (name) {
                case "link" -> {
                    String href = attribute(xml, "href");
                    String rel = attribute(xml, "rel");
                    item.link(href, rel, text(xml));
                }
                case "guid" -> {
                    String permalink = attribute(xml, "isPermaLink");
                    item.guid(text(xml), permalink);
                }
                case "id" -> item.id(text(xml));
                case "title" -> item.title(text(xml));
                case "pubDate", "date", "published", "issued", "created" -> item.published(text(xml));
                case "updated", "modified" -> item.updated(text(xml));
                default -> text(xml); // skipped, with all it contains
            }
        }
    }

    private static Feed.Format root(String name) {
        return switch (name) {
            case "rss" -> Feed.Format.RSS;
            case "RDF" -> Feed.Format.RDF;
            case "feed" -> Feed.Format.ATOM;
            default -> Feed.Format.NONE;
        };
    }

    /**
     * The text inside the current element, child elements included, up to its end tag, which is consumed. Only the
     * first {@value #MAX_TEXT} characters are kept, so a huge description costs time but no memory.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (b.length() < MAX_TEXT) {
                        int room = MAX_TEXT - b.length();
                        int len = Math.min(room, xml.getTextLength());
                        b.append(xml.getTextCharacters(), xml.getTextStart(), len);
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("document ends inside an element",
                        xml.getLocation());
                default -> {
                }
            }
        }
        return b.toString();
    }

    /** An attribute by local name, whatever its namespace ({@code rdf:about}, plain {@code href}). */
    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static XMLInputFactory factory() {
        // The JDK's own reader, whatever else the class path offers, so that the settings below mean what they say.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    private static String malformed(Location at, String message) {
        String m = message == null ? "" : message;
        int i = m.indexOf("Message:");
        if (i >= 0) {
            m = m.substring(i + "Message:".length());
        }
        String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber() + ":"
                + at.getColumnNumber();
        return "malformed XML" + where + ": " + Problems.oneLine(m);
    }

    private static Location location(XMLStreamReader xml) {
        try {
            return xml == null ? null : xml.getLocation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing a reader over a string releases nothing; its failure cannot change the result.
            }
        }
    }

    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return text.substring(i);
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 256)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (!head.startsWith("<?xml") && (head.startsWith("<head") || head.startsWith("<body")));
    }
}
