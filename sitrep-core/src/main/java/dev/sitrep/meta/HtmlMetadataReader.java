package dev.sitrep.meta;

import dev.sitrep.meta.html.Authors;
import dev.sitrep.meta.html.DateFinder;
import dev.sitrep.meta.html.JsonLd;
import dev.sitrep.meta.html.MetaTags;
import dev.sitrep.meta.html.PageFields;
import dev.sitrep.meta.html.PublisherNames;
import dev.sitrep.meta.html.Titles;
import dev.sitrep.meta.html.UrlDates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Metadata from a page's markup. Runs on the freshly parsed page, before main-text extraction changes it,
 * and never throws. Each field is taken from the first source that has it, in order of trust:
 *
 * <pre>
 *  title      JSON-LD headline, og:title, twitter:title, Dublin Core title, {@code <title>}, the first h1;
 *             the site name or a short section appended or prepended removed; the printed h1 instead
 *             when it shares a quarter of its words with that title               ({@link Titles})
 *  publisher  og:site_name, JSON-LD publisher.name, JSON-LD WebSite name, application-name,
 *             else a name for the host                                              ({@link PublisherNames})
 *  author     JSON-LD author(s) (by @id too), author meta tags (author, article:author, parsely-author,
 *             dc.creator, citation_author, ...), the Twitter "Written by" label, rel=author and
 *             itemprop=author markup, a labelled byline in the text, byline elements; "By" and job
 *             titles dropped, lists split, URLs and dates rejected; the site's own name or an account
 *             name only when no person is named                                    ({@link Authors})
 *  published  URL day, JSON-LD datePublished, published meta tags, {@code <time>}, date-like elements,
 *             modification dates, the first date in the visible text                 ({@link DateFinder})
 *  url        {@code <link rel=canonical>}, og:url, JSON-LD url, else the fetch URL
 *  language   {@code <html lang>}, JSON-LD inLanguage, og:locale, content-language meta
 *  section    article:section, parsely-section
 * </pre>
 *
 * Dates after the reference day (today unless given) or before 1995 are rejected as implausible.
 * Instances are stateless and thread-safe.
 */
public final class HtmlMetadataReader {

    /** The metadata of {@code doc}, fetched from {@code url} (may be null), judged against today. */
    public PageMetadata read(Document doc, String url) {
        return read(doc, url, LocalDate.now(ZoneOffset.UTC));
    }

    /** The metadata of {@code doc}; dates later than {@code reference} are not believed. */
    public PageMetadata read(Document doc, String url, LocalDate reference) {
        MetaTags meta = MetaTags.of(doc);
        JsonLd.Facts ld = JsonLd.read(doc);
        PageFields fields = new PageFields(doc, meta, ld);
        String site = fields.siteName();
        String publisher = site != null ? site : PublisherNames.forUrl(url != null ? url : fields.canonicalUrl());
        String title = Titles.choose(Titles.clean(fields.rawTitle(), publisher),
                Titles.cleanHeadline(fields.headline(), publisher), publisher);
        List<String> authors = fields.authors(publisher);
        String lang = fields.language();
        // the address the page was fetched from, or the one it names as its own when that one carries the day
        String dated = url == null || UrlDates.day(url) == null && UrlDates.day(fields.canonicalUrl()) != null
                ? fields.canonicalUrl() : url;
        LocalDate published = DateFinder.find(doc, dated != null ? dated : url, meta, ld, lang, reference).day();
        return new PageMetadata(title, publisher, Authors.join(authors), published,
                fields.canonicalUrl() != null ? fields.canonicalUrl() : url, lang, fields.section());
    }
}
