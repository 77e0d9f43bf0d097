package dev.sitrep.extract;

import dev.sitrep.extract.Extraction.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text of an HTML page: the article's own paragraphs, headings, lists, block quotes and tables, without
 * navigation, related-story lists, comments, share bars, banners, bylines and photo credits. The page is
 * read, never changed. Instances are stateless and thread-safe.
 *
 * <h2>The cascade</h2>
 * <ol>
 *   <li><b>Measure.</b> One walk counts the text and link text of every element ({@link PageStats}); a second
 *       marks the chrome ({@link Chrome}): hidden elements, {@code nav}/{@code aside}/{@code header}/
 *       {@code footer}/{@code form}, chrome ARIA roles, and elements whose class or id say "comments",
 *       "share", "related", "newsletter", "cookie"... (resource lists, see {@link Hints}).</li>
 *   <li><b>Semantic container.</b> {@code itemprop=articleBody}, an article-body class or id, the largest
 *       {@code article}, {@code main} ({@link SemanticContainers}).</li>
 *   <li><b>Content scoring.</b> Candidate containers scored by the paragraphs they hold, their commas, link
 *       density and class hints, joined by their prose siblings ({@link ContentScorer}). The semantic
 *       container is kept unless scoring finds at least twice as much text
 *       ({@value #SEMANTIC_SHARE} of it).</li>
 *   <li><b>Lenient retry.</b> When both give less than {@value #MIN_CHARS} characters, steps 2 and 3 run
 *       again with class and id hints switched off: some sites name their story "widget" or "promo".</li>
 *   <li><b>JSON-LD.</b> When the page declares an {@code articleBody} more than twice as long as what the
 *       markup gave (paywalled pages ship the whole story there), that text is used.</li>
 *   <li><b>Whole body.</b> Last resort: the body's text outside structural chrome and link lists.</li>
 * </ol>
 * Every step writes text the same way ({@link BlockWriter}): one paragraph per block, headings and list
 * items each their own paragraph, table rows as lines. A page that stacks whole articles one below the other
 * (the next op-ed under the first, each with its own headline and byline: {@link StackedArticles}) keeps the
 * first as its text and hands the others on as {@link Extraction#following()}. Finally widget lines
 * ("Advertisement", "Share this article", photo credits) are dropped, as are a leading title heading and headings left dangling at the
 * end (the "Related stories" over a removed list). Paragraphs are separated by a blank line.
 */
public final class HtmlExtractor {
    static final int MIN_CHARS = 250;
    static final double SEMANTIC_SHARE = 0.5;
    /** Characters of running text each of two stacked articles needs for the page to be split between them. */
    static final int MIN_ARTICLE_CHARS = 800;
    private final Hints hints = Hints.DEFAULT;

    /** The main text, paragraphs separated by a blank line, and the step that found it. */
    public Extraction extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return new Extraction("", false, Method.EMPTY);
        }
        PageStats stats = new PageStats(body);
        Set<Element> chrome = Chrome.find(body, stats, hints, Chrome.Mode.STRICT);
        Candidate best = bestOf(body, chrome, stats, false);
        if (best.chars() < MIN_CHARS) {
            Set<Element> lenient = Chrome.find(body, stats, hints, Chrome.Mode.LENIENT);
            Candidate retry = bestOf(body, lenient, stats, true);
            if (retry.chars() > best.chars()) {
                best = retry;
            }
        }
        Optional<String> jsonLd = JsonLdBody.find(doc);
        if (jsonLd.isPresent() && jsonLd.get().length() > 2 * best.chars()) {
            best = new Candidate(fromJsonLd(jsonLd.get()), Method.JSON_LD, List.of(), Set.of());
        }
        if (best.chars() < MIN_CHARS) {
            Set<Element> structural = Chrome.find(body, stats, hints, Chrome.Mode.LENIENT);
            Candidate whole = new Candidate(BlockWriter.write(List.of(body), structural, stats), Method.BODY,
                    List.of(body), structural);
            if (whole.chars() > best.chars()) {
                best = whole;
            }
        }
        List<Extraction.Stacked> following = new ArrayList<>();
        List<Block> main = stacked(best, body, stats, doc, following);
        List<String> paragraphs = finish(main, doc);
        if (paragraphs.isEmpty()) {
            return new Extraction("", stats.text(body) > 0, Method.EMPTY);
        }
        return new Extraction(String.join("\n\n", paragraphs), true, best.method(), following);
    }

    /**
     * The blocks of the page's first article; the articles stacked below it ({@link StackedArticles}) go to
     * {@code following}. A cut is kept only where the text on both sides reads as a complete article.
     */
    private List<Block> stacked(Candidate best, Element body, PageStats stats, Document doc,
            List<Extraction.Stacked> following) {
        if (best.roots().isEmpty()) {
            return best.blocks();
        }
        List<StackedArticles.Head> heads = StackedArticles.following(body, stats);
        if (heads.isEmpty()) {
            return best.blocks();
        }
        Map<Element, StackedArticles.Head> byMarker = new IdentityHashMap<>();
        heads.forEach(h -> byMarker.put(h.marker(), h));
        List<BlockWriter.Cut> cuts = new ArrayList<>();
        List<Block> blocks = BlockWriter.write(best.roots(), best.chrome(), stats, byMarker.keySet(), cuts);
        List<Block> main = null;
        int from = 0;
        StackedArticles.Head head = null;
        for (BlockWriter.Cut cut : cuts) {
            List<Block> part = blocks.subList(from, cut.block());
            List<Block> rest = blocks.subList(cut.block(), blocks.size());
            if (prose(part) < MIN_ARTICLE_CHARS || prose(rest) < MIN_ARTICLE_CHARS) {
                continue;
            }
            main = addArticle(main, part, head, doc, following);
            from = cut.block();
            head = byMarker.get(cut.marker());
        }
        if (main == null) {
            return best.blocks();
        }
        addArticle(main, blocks.subList(from, blocks.size()), head, doc, following);
        return main;
    }

    /**
     * The first article's blocks: {@code part} when it is the first, else {@code main}, {@code part} going to
     * {@code following} under its head.
     */
    private List<Block> addArticle(List<Block> main, List<Block> part, StackedArticles.Head head, Document doc,
            List<Extraction.Stacked> following) {
        if (main == null) {
            return part;
        }
        List<Block> own = new ArrayList<>(part);
        own.removeIf(b -> b.kind() == Block.Kind.HEADING && b.text().strip().equalsIgnoreCase(head.headline()));
        List<String> paragraphs = finish(own, doc);
        if (!paragraphs.isEmpty()) {
            following.add(new Extraction.Stacked(head.headline(), head.author(), String.join("\n\n", paragraphs)));
        }
        return main;
    }

    /** Characters of running text (paragraphs and quotes) in {@code blocks}. */
    private static int prose(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.QUOTE ? b.text().length() : 0;
        }
        return n;
    }

    /** The semantic container or the scored one, whichever the rule in the class comment prefers. */
    private Candidate bestOf(Element body, Set<Element> chrome, PageStats stats, boolean lenient) {
        SemanticContainers.Found semantic = SemanticContainers.find(body, chrome, stats, hints);
        List<Element> scoredRoots = ContentScorer.find(body, chrome, stats, hints);
        Candidate scored = new Candidate(BlockWriter.write(scoredRoots, chrome, stats),
                lenient ? Method.LENIENT : Method.SCORED, scoredRoots, chrome);
        if (semantic.roots().isEmpty()) {
            return scored;
        }
        Candidate named = new Candidate(BlockWriter.write(semantic.roots(), chrome, stats),
                lenient ? Method.LENIENT : Method.SEMANTIC, semantic.roots(), chrome);
        return named.chars() >= SEMANTIC_SHARE * scored.chars() ? named : scored;
    }

    private static List<Block> fromJsonLd(String text) {
        if (text.indexOf('<') >= 0 && text.indexOf('>') > 0) {
            Element body = Jsoup.parseBodyFragment(text).body();
            return BlockWriter.write(List.of(body), Set.of(), new PageStats(body));
        }
        List<Block> out = new ArrayList<>();
        for (String p : text.split("\\s*\\R\\s*")) {
            if (!p.isBlank()) {
                out.add(new Block(p.strip(), Block.Kind.PARAGRAPH));
            }
        }
        return out;
    }

    /** Drops widget lines, title headings and dangling headings; returns the paragraphs' text. */
    private List<String> finish(List<Block> blocks, Document doc) {
        String title = doc.title().toLowerCase(Locale.ROOT);
        Element og = doc.selectFirst("meta[property=og:title]");
        String ogTitle = og == null ? "" : og.attr("content").toLowerCase(Locale.ROOT);
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (hints.boilerplateLine(b.text())) {
                continue;
            }
            if (b.kind() == Block.Kind.HEADING && isTitle(b.text(), title, ogTitle)) {
                continue;
            }
            kept.add(b);
        }
        while (!kept.isEmpty() && kept.getLast().kind() == Block.Kind.HEADING) {
            kept.removeLast();
        }
        return kept.stream().map(Block::text).toList();
    }

    private static boolean isTitle(String heading, String title, String ogTitle) {
        String h = heading.toLowerCase(Locale.ROOT).strip();
        return h.length() >= 10 && (title.contains(h) || ogTitle.contains(h));
    }

    /** One candidate extraction, its step, and the roots and chrome it was written from (none for JSON-LD). */
    private record Candidate(List<Block> blocks, Method method, List<Element> roots, Set<Element> chrome) {
        int chars() {
            int n = 0;
            for (Block b : blocks) {
                n += b.text().length();
            }
            return n;
        }
    }
}
