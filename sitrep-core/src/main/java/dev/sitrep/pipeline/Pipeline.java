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
import dev.sitrep.meta.DateParsing;
import dev.sitrep.meta.HtmlMetadataReader;
import dev.sitrep.meta.MetadataStage;
import dev.sitrep.meta.PageMetadata;
import dev.sitrep.model.Article;
import dev.sitrep.model.ArticleIds;
import dev.sitrep.model.Flag;
import dev.sitrep.nlp.EntityRecognizers;
import dev.sitrep.nlp.EntityStage;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.quotes.QuoteStage;
import dev.sitrep.split.AggregateSplitter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
 *  split     tag and listing pages become one draft per article               ({@link AggregateSplitter})
 *  clean     line-level boilerplate, repeated paragraphs, warning flags       ({@link TextCleaner})
 *  metadata  title, publisher, author, date, language from the text, filling
 *            what markup and container did not give                           ({@link MetadataStage})
 *  entities  names, canonical actors, knowledge base                          ({@link EntityStage})
 *  quotes    direct, indirect and block quotes with their speakers            ({@link QuoteStage})
 * </pre>
 *
 * An article left with no text after cleaning is dropped silently: an empty listing page is not an error.
 * A document that cannot be decoded becomes a {@link Result.Failed}. Instances are thread-safe.
 */
public final class Pipeline {
    private final PipelineOptions options;
    private final Decoder decoder = new Decoder();
    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final AggregateSplitter splitter = new AggregateSplitter();
    private final List<Stage> stages;

    public Pipeline(PipelineOptions options) {
        this.options = options;
        List<Stage> s = new ArrayList<>(List.of(new TextCleaner(), new MetadataStage()));
        if (!options.textOnly()) {
            s.add(new EntityStage(options.recognizer() != null ? options.recognizer() : EntityRecognizers.best(),
                    knowledgeBase(options)));
            s.add(new QuoteStage());
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

    public PipelineOptions options() {
        return options;
    }

    /** The stages after splitting, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** Analyses one item and hands every resulting article, or the failure, to {@code sink}. */
    public void analyze(SourceItem item, Consumer<? super Result> sink) {
        switch (item) {
            case ReadFailure f -> sink.accept(new Result.Failed(f));
            case RawDocument doc -> analyzeDocument(doc, sink);
        }
    }

    /** Every result of one item, as a list. */
    public List<Result> analyze(SourceItem item) {
        List<Result> out = new ArrayList<>();
        analyze(item, out::add);
        return out;
    }

    private void analyzeDocument(RawDocument doc, Consumer<? super Result> sink) {
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
        if (decoded.html()) {
            Document page = Jsoup.parse(decoded.text(), doc.url() == null ? "" : doc.url());
            meta = meta.orElse(metadataReader.read(page, doc.url()));
            Extraction x = extractor.extract(page);
            b.text(x.text());
            if (x.boilerplateRemoved()) {
                b.flag(Flag.BOILERPLATE_REMOVED);
            }
        } else {
            b.text(decoded.text());
        }
        b.url(meta.url()).title(meta.title()).publisher(meta.publisher()).author(meta.author())
                .published(meta.published()).language(meta.language()).section(meta.section());
        LocalDate reference = options.asOf();
        if (doc.fetched() != null) {
            reference = LocalDate.ofInstant(doc.fetched(), ZoneOffset.UTC);
        }
        Draft first = new Draft(b.build(), reference, decoded.html());
        List<Draft> drafts = splitter.split(first);
        for (Draft d : drafts) {
            for (Stage stage : stages) {
                d = stage.apply(d);
            }
            Article a = d.article();
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
