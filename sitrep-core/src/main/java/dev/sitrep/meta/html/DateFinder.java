package dev.sitrep.meta.html;

import dev.sitrep.meta.DateParsing;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The publication day of a page, by a cascade from the most to the least trusted source; the first step
 * that yields a plausible day (1995 to the reference date) wins:
 *
 * <ol>
 *   <li>a complete day in the URL ({@link UrlDates}): editors rarely re-date a permalink;</li>
 *   <li>JSON-LD {@code datePublished} ({@link JsonLd});</li>
 *   <li>meta tags listed as "published" in {@code date-meta-keys.tsv}, in that order;</li>
 *   <li>JSON-LD dates of a video or web page node rather than an article;</li>
 *   <li>{@code <time>} elements and {@code itemprop=datePublished} markup, publication before others;</li>
 *   <li>short elements whose class or id is named like a date or byline ({@code date-markers.txt}),
 *       in page order, skipping those that announce an update;</li>
 *   <li>modification dates (meta and JSON-LD), when nothing says when the page first appeared;</li>
 *   <li>the first date written in the page's visible text, near the top.</li>
 * </ol>
 *
 * Ambiguous numeric dates (03/04/2025) read month-first only for US English pages. Machine-readable
 * timestamps in UTC count on the day they fell on in the publisher's zone ({@link PublisherZone}), when the
 * page says which country it comes from.
 */
public final class DateFinder {
    private static final List<String> PUBLISHED_KEYS = keys("published");
    private static final List<String> MODIFIED_KEYS = keys("modified");
    private static final Evaluator TIME = QueryParser.parse("time, [itemprop=datePublished], [itemprop=dateCreated]");
    private static final Pattern UPDATE = Pattern.compile(
            "(?iu)updat|modif|edited|aktualisiert|atualizad|actualizad|обновл|оновл|mis à jour|güncelleme");
    private static final Evaluator MARKED = markedElements();
    private static final int MAX_MARKED = 400;
    private static final int MAX_TEXT_CHARS = 60_000;
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i)\\bphoto\\b|\\bvia [A-Z]|/[A-Z]{2,}\\b|\\bREUTERS\\b|\\bAFP\\b|Getty");

    /** A day and the step of the cascade that gave it ("url", "json-ld", "meta:KEY", "time", "marked", ...). */
    public record Dated(LocalDate day, String source) {
        static final Dated NONE = new Dated(null, "none");
    }

    private DateFinder() {
    }

    /** The publication day and where it came from; {@link Dated#NONE} when no source gives a plausible one. */
    public static Dated find(Document doc, String url, MetaTags meta, JsonLd.Facts ld, String lang,
                             LocalDate reference) {
        boolean monthFirst = lang != null && lang.toLowerCase(Locale.ROOT).matches("en(-us)?");
        ZoneId zone = PublisherZone.of(url);
        LocalDate d = UrlDates.day(url);
        if (ok(d, reference)) {
            return new Dated(d, "url");
        }
        d = machine(ld.published(), monthFirst, zone);
        if (ok(d, reference)) {
            return new Dated(d, "json-ld");
        }
        for (String key : PUBLISHED_KEYS) {
            d = machine(meta.get(key), monthFirst, zone);
            if (ok(d, reference)) {
                return new Dated(d, "meta:" + key);
            }
        }
        d = machine(ld.otherPublished(), monthFirst, zone);
        if (ok(d, reference)) {
            return new Dated(d, "json-ld:other");
        }
        d = fromTimeElements(doc, monthFirst, zone, reference);
        if (d != null) {
            return new Dated(d, "time");
        }
        d = fromMarkedElements(doc, monthFirst, reference);
        if (d != null) {
            return new Dated(d, "marked");
        }
        d = machine(ld.modified(), monthFirst, zone);
        if (ok(d, reference)) {
            return new Dated(d, "json-ld:modified");
        }
        for (String key : MODIFIED_KEYS) {
            d = machine(meta.get(key), monthFirst, zone);
            if (ok(d, reference)) {
                return new Dated(d, "meta:" + key);
            }
        }
        d = fromText(doc, monthFirst, reference);
        return d != null ? new Dated(d, "text") : Dated.NONE;
    }

    private static LocalDate fromTimeElements(Document doc, boolean monthFirst, ZoneId zone, LocalDate reference) {
        LocalDate fallback = null;
        for (Element e : doc.select(TIME)) {
            String raw = attr(e, "datetime", "content");
            LocalDate d = raw != null ? machine(raw, monthFirst, zone) : DateParsing.parse(e.text(), monthFirst);
            if (!ok(d, reference)) {
                continue;
            }
            String cls = (e.className() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (e.hasAttr("pubdate") || cls.contains("publish") || cls.contains("created")) {
                return d;
            }
            if (fallback == null && !UPDATE.matcher(cls).find()) {
                fallback = d;
            }
        }
        return fallback;
    }

    private static LocalDate fromMarkedElements(Document doc, boolean monthFirst, LocalDate reference) {
        int seen = 0;
        for (Element e : doc.select(MARKED)) {
            if (++seen > MAX_MARKED) {
                break;
            }
            String text = e.text();
            if (text.length() > 120 || text.length() < 6) {
                continue;
            }
            if (UPDATE.matcher(text).find() || UPDATE.matcher(e.className()).find()) {
                continue;
            }
            LocalDate d = DateParsing.parse(text, monthFirst);
            if (ok(d, reference)) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate fromText(Document doc, boolean monthFirst, LocalDate reference) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        body = withoutCaptions(body);
        String text = body.text();
        if (text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, MAX_TEXT_CHARS);
        }
        for (DateParsing.Found f : DateParsing.findAll(text, monthFirst, 50)) {
            if (ok(f.date(), reference)) {
                return f.date();
            }
        }
        return null;
    }

    /**
     * The body without photo captions, whose dates are when the picture was taken ("FILE PHOTO: … January 16, 2020.
     * Name/Pool via REUTERS"): figure captions, elements classed as captions or credits, and blocks that hold an image
     * and their own sentence about it.
     */
    private static Element withoutCaptions(Element body) {
        Element copy = body.clone();
        copy.select("figcaption, [class*=caption]").remove();
        for (Element img : copy.select("img")) {
            Element parent = img.parent();
            String own = parent == null ? "" : parent.ownText();
            if (parent != copy && own.split("\\s+").length > 5 && PHOTO_CREDIT.matcher(own).find()) {
                parent.remove();
            }
        }
        return copy;
    }

    /** A machine-readable date; a UTC timestamp counts on the day it was where the page was published. */
    private static LocalDate machine(String raw, boolean monthFirst, ZoneId zone) {
        LocalDate local = UtcTimestamps.localDay(raw, zone);
        return local != null ? local : DateParsing.parse(raw, monthFirst);
    }

    private static String attr(Element e, String... names) {
        for (String n : names) {
            String v = e.attr(n);
            if (!v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static boolean ok(LocalDate d, LocalDate reference) {
        return DateParsing.plausible(d, reference);
    }

    private static List<String> keys(String kind) {
        List<String> out = new ArrayList<>();
        for (String line : ResourceLines.load("date-meta-keys.tsv")) {
            String[] cols = line.split("\t");
            if (cols[0].equals(kind)) {
                out.add(cols[1]);
            }
        }
        return List.copyOf(out);
    }

    private static Evaluator markedElements() {
        // the markers are plain words and hyphens, safe inside the selector's regex
        String alt = String.join("|", ResourceLines.load("date-markers.txt"));
        return QueryParser.parse("[class~=(?i)(" + alt + ")], [id~=(?i)(" + alt + ")]");
    }
}
