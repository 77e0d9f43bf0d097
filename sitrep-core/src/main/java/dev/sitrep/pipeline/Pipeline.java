package dev.sitrep.pipeline;

import dev.sitrep.clean.TextCleaner;
import dev.sitrep.decode.Decoded;
import dev.sitrep.decode.Decoder;
import dev.sitrep.decode.UndecodableException;
import dev.sitrep.extract.Extraction;
import dev.sitrep.extract.HtmlExtractor;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.ingest.ReadFailure;
import dev.sitrep.ingest.SourceItem;
import dev.sitrep.limits.Deadline;
import dev.sitrep.limits.Limits;
import dev.sitrep.events.EventStage;
import dev.sitrep.meta.DateInferenceStage;
import dev.sitrep.meta.DateParsing;
import dev.sitrep.meta.HtmlMetadataReader;
import dev.sitrep.meta.MetadataStage;
import dev.sitrep.meta.PageMetadata;
import dev.sitrep.model.Article;
import dev.sitrep.model.ArticleIds;
import dev.sitrep.model.Flag;
import dev.sitrep.nlp.EntityRecognizers;
import dev.sitrep.nlp.EntityStage;
import dev.sitrep.positions.StanceStage;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.quotes.QuoteStage;
import dev.sitrep.split.AggregateSplitter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The analysis cascade, from raw bytes to articles with entities and quotes.
 *
 * <pre>
 *  decode    bytes to text: BOM, declared charset, meta charset, UTF-8 check, else Windows-1252;
 *            then mojibake repair of text that was mis-decoded upstream       ({@link Decoder})
 *  extract   HTML only: the page is parsed once; metadata is read from the markup
 *            ({@link HtmlMetadataReader}), then the main text extracted       ({@link HtmlExtractor})
 *            plain text passes through as it is
 *  split     tag and listing pages become one draft per article, and so do
 *            the whole articles an HTML page stacks below its first          ({@link AggregateSplitter})
 *  clean     line-level boilerplate, repeated paragraphs, warning flags       ({@link TextCleaner})
 *  metadata  title, publisher, author, date, language from the text, filling
 *            what markup and container did not give                           ({@link MetadataStage})
 *  dates     a day inferred for what is still undated: dateline, reported
 *            days, office tenures; marked as inferred                      ({@link DateInferenceStage})
 *  entities  names, canonical actors, knowledge base                          ({@link EntityStage})
 *  quotes    direct, indirect and block quotes with their speakers            ({@link QuoteStage})
 *  stances   each statement's stance toward the default issues it speaks to  ({@link StanceStage})
 *  events    who did what to whom, sentence by sentence, actors on the day    ({@link EventStage})
 * </pre>
 *
 * An article left with no text after cleaning is dropped silently: an empty listing page is not an error.
 * A document that cannot be decoded becomes a {@link Result.Failed}. Instances are thread-safe.
 *
 * <p>Every document is bounded ({@link Limits}): extracted text longer than {@link Limits#maxAnalysedChars()}
 * is cut at a paragraph or sentence end and flagged {@link Flag#TRUNCATED} before the stages run, a title is
 * cut at {@value #MAX_TITLE_CHARS} characters, quotes and entities are capped per article, and the whole
 * document runs under a {@link Deadline} of {@link Limits#timeBudget()} that the stages' loops check. Whatever
 * a stage throws, {@code Error}s included, fails that document alone with a one-line reason naming it; its
 * articles are handed on all together or not at all, so a store never holds half a document.
 */
public final class Pipeline {
    private final PipelineOptions options;
    private final Decoder decoder = new Decoder();
    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final AggregateSplitter splitter = new AggregateSplitter();
    private final List<Stage> stages;
    /** Characters of a title kept: a headline is a line, not a page (some pages put their text in the title). */
    static final int MAX_TITLE_CHARS = 1_000;

    public Pipeline(PipelineOptions options) {
        this.options = options;
        KnowledgeBase kb = knowledgeBase(options);
        List<Stage> s = new ArrayList<>(List.of(new TextCleaner(), new MetadataStage(), new DateInferenceStage(kb)));
        if (!options.textOnly()) {
            s.add(new EntityStage(options.recognizer() != null ? options.recognizer() : EntityRecognizers.best(), kb));
            s.add(new QuoteStage());
            s.add(new StanceStage());
            s.add(new EventStage(kb));
        }
        this.stages = List.copyOf(s);
    }

    /** The shipped knowledge base with the user's files over it; a bad file is a bad argument. */
    private static KnowledgeBase knowledgeBase(PipelineOptions options) {
        try {
            return KnowledgeBase.load(options.knowledgeFiles());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot use knowledge file: " + e.getMessage(), e);
        }
    }

    /** The article with at most the limits' quotes (in order) and entities (most mentioned first). */
    private Article capped(Article a) {
        Limits limits = options.limits();
        Article.Builder b = null;
        if (a.quotes().size() > limits.maxQuotes()) {
            b = a.toBuilder().quotes(List.copyOf(a.quotes().subList(0, limits.maxQuotes())));
        }
        if (a.entities().size() > limits.maxEntities()) {
            List<dev.sitrep.model.Entity> most = new ArrayList<>(a.entities());
            most.sort(java.util.Comparator.comparingInt(dev.sitrep.model.Entity::mentions).reversed());
            java.util.Set<dev.sitrep.model.Entity> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            kept.addAll(most.subList(0, limits.maxEntities()));
            b = (b == null ? a.toBuilder() : b).entities(a.entities().stream().filter(kept::contains).toList());
        }
        return b == null ? a : b.build();
    }

    public PipelineOptions options() {
        return options;
    }

    /** The stages after splitting, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * Analyses one item and hands every resulting article, or the failure, to {@code sink}. Never throws: a
     * failure of any kind is a {@link Result.Failed} naming the document.
     */
    public void analyze(SourceItem item, Consumer<? super Result> sink) {
        switch (item) {
            case ReadFailure f -> sink.accept(new Result.Failed(f));
            case RawDocument doc -> analyzeBounded(doc).forEach(sink);
        }
    }

    /** Every result of one document, or its one failure; the stages run under the document's deadline. */
    private List<Result> analyzeBounded(RawDocument doc) {
        List<Result> out = new ArrayList<>();
        String[] stage = {"decode"};
        try (Deadline ignored = Deadline.start(options.limits().timeBudget())) {
            analyzeDocument(doc, out::add, stage);
            return out;
        } catch (Throwable e) { // NOPMD: a document must never take the batch down, whatever it makes a stage do
            return List.of(new Result.Failed(ReadFailure.of(doc.source(), Failures.describe(e, stage[0]))));
        }
    }

    /** Every result of one item, as a list. */
    public List<Result> analyze(SourceItem item) {
        List<Result> out = new ArrayList<>();
        analyze(item, out::add);
        return out;
    }

    private void analyzeDocument(RawDocument doc, Consumer<? super Result> sink, String[] stage) {
        Decoded decoded;
        try {
            decoded = decoder.decode(doc);
        } catch (UndecodableException e) {
            sink.accept(new Result.Failed(ReadFailure.at(doc.source(), e.offset(), e.getMessage())));
            return;
        }
        Article.Builder b = Article.builder().source(doc.source()).flags(decoded.flags());
        PageMetadata meta = new PageMetadata(doc.title(), null, null, DateParsing.parseIsoPrefix(doc.published()),
                doc.url(), null, null);
        String text;
        List<Extraction.Stacked> stacked = List.of();
        if (decoded.html()) {
            stage[0] = "extract";
            Deadline.check();
            Document page = Jsoup.parse(decoded.text(), doc.url() == null ? "" : doc.url());
            Deadline.check();
            meta = meta.orElse(metadataReader.read(page, doc.url()));
            Deadline.check();
            Extraction x = extractor.extract(page);
            text = x.text();
            stacked = x.following();
            if (x.boilerplateRemoved()) {
                b.flag(Flag.BOILERPLATE_REMOVED);
            }
        } else {
            text = decoded.text();
        }
        String cut = Truncation.cut(text, options.limits().maxAnalysedChars());
        if (cut.length() < text.length()) {
            b.flag(Flag.TRUNCATED);
        }
        b.text(cut);
        b.url(meta.url()).title(Truncation.cut(meta.title(), MAX_TITLE_CHARS)).publisher(meta.publisher()).author(meta.author())
                .published(meta.published()).language(meta.language()).section(meta.section());
        LocalDate reference = options.asOf();
        if (doc.fetched() != null) {
            reference = LocalDate.ofInstant(doc.fetched(), ZoneOffset.UTC);
        }
        Draft first = new Draft(b.build(), reference, decoded.html());
        stage[0] = "split";
        Deadline.check();
        List<Draft> drafts = new ArrayList<>(splitter.split(first));
        for (Draft d : splitter.stacked(first, stacked)) {
            String full = d.article().text();
            String part = Truncation.cut(full, options.limits().maxAnalysedChars());
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            flags.addAll(d.article().flags());
            flags.remove(Flag.TRUNCATED); // the first article's, not this one's
            if (part.length() < full.length()) {
                flags.add(Flag.TRUNCATED);
            }
            drafts.add(d.withArticle(d.article().toBuilder().text(part).flags(flags).build()));
        }
        for (Draft d : drafts) {
            for (Stage s : stages) {
                stage[0] = s.name();
                Deadline.check();
                d = s.apply(d);
            }
            Article a = capped(d.article());
            if (a.text().isBlank()) {
                continue;
            }
            if (a.published() == null && doc.fetched() != null) {
                a = a.toBuilder().published(reference).build();
            }
            sink.accept(new Result.Analyzed(a.toBuilder().id(ArticleIds.of(a.text())).build()));
        }
    }
}
