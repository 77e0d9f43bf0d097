package dev.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.ingest.MediaKind;
import dev.sitrep.ingest.RawDocument;
import dev.sitrep.limits.Limits;
import dev.sitrep.model.Article;
import dev.sitrep.model.Flag;
import dev.sitrep.nlp.EntityRecognizer;
import dev.sitrep.nlp.NamedSpan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every document is bounded: long texts are cut and flagged, slow ones stop at their budget, and nothing a stage throws escapes. */
class PipelineLimitsTest {

    private static RawDocument text(String name, String text) {
        return RawDocument.ofFile(name, text.getBytes(StandardCharsets.UTF_8), MediaKind.TEXT);
    }

    /** A recognizer that runs {@code act} on every text, to make the entity stage slow or throw on demand. */
    private static EntityRecognizer recognizer(Function<String, List<NamedSpan>> act) {
        return new EntityRecognizer() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public List<NamedSpan> recognize(String text) {
                return act.apply(text);
            }
        };
    }

    private static Pipeline pipeline(Limits limits, Function<String, List<NamedSpan>> act) {
        return new Pipeline(PipelineOptions.builder().limits(limits).recognizer(recognizer(act)).build());
    }

    private static String failure(List<Result> results) {
        assertEquals(1, results.size(), results.toString());
        return assertInstanceOf(Result.Failed.class, results.get(0)).failure().describe();
    }

    @Test
    void aTextOverTheLimitIsCutAtAParagraphEndFlaggedAndStillAnalysed() {
        StringBuilder b = new StringBuilder("Allies weigh air defence\n\n");
        for (int i = 0; b.length() < 12_000; i++) {
            b.append("Paragraph ").append(i).append(": \"We will deliver more systems,\" the minister said on Monday.\n\n");
        }
        Pipeline p = new Pipeline(PipelineOptions.builder().limits(Limits.defaults().withMaxAnalysedChars(5_000)).build());
        Article a = assertInstanceOf(Result.Analyzed.class, p.analyze(text("long.txt", b.toString())).get(0)).article();
        assertTrue(a.text().length() <= 5_000, "cut to the limit: " + a.text().length());
        assertTrue(a.text().length() > 2_500, "most of what fits is kept");
        assertTrue(a.text().endsWith("Monday."), "cut at a paragraph end: ..." + a.text().substring(a.text().length() - 40));
        assertTrue(a.flags().contains(Flag.TRUNCATED));
        assertFalse(a.quotes().isEmpty(), "the cut text is analysed");
        assertTrue(a.quotes().stream().allMatch(q -> q.end() <= a.text().length()));
        assertEquals("truncated", Flag.TRUNCATED.label());
    }

    @Test
    void aTextWithinTheLimitIsNotFlagged() {
        Article a = assertInstanceOf(Result.Analyzed.class, new Pipeline(PipelineOptions.defaults())
                .analyze(text("short.txt", "Allies meet\n\nMinisters met in Brussels on Thursday.")).get(0)).article();
        assertFalse(a.flags().contains(Flag.TRUNCATED));
    }

    @Test
    void aDocumentOverItsTimeBudgetFailsNamedAndTheNextOneRuns() {
        Pipeline p = pipeline(Limits.defaults().withTimeBudget(Duration.ofMillis(100)), t -> {
            if (t.contains("slow")) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of();
        });
        String line = failure(p.analyze(text("feed.jsonl:7", "Title\n\nA slow document about talks in Geneva.")));
        assertEquals("feed.jsonl:7: analysis stopped after 100 ms (in entities; see --time-budget)", line);
        assertInstanceOf(Result.Analyzed.class, p.analyze(text("b.txt", "Title\n\nA quick one about talks in Geneva.")).get(0));
    }

    @Test
    void anErrorInAStageFailsThatDocumentAloneWithOneLine() {
        Pipeline p = pipeline(Limits.defaults(), t -> {
            if (t.contains("overflow")) {
                throw new StackOverflowError();
            }
            if (t.contains("memory")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (t.contains("bug")) {
                throw new IllegalStateException("index 3 out of\nbounds");
            }
            return List.of();
        });
        assertEquals("crawl.warc#120: analysis failed in entities: structure nested too deeply (stack overflow)",
                failure(p.analyze(text("crawl.warc#120", "T\n\nThis overflow article."))));
        assertTrue(failure(p.analyze(text("a.txt", "T\n\nThis memory article.")))
                .startsWith("a.txt: out of memory while analysing (in entities)"));
        String bug = failure(p.analyze(text("b.txt", "T\n\nThis bug article.")));
        assertTrue(bug.startsWith("b.txt: analysis failed in entities: java.lang.IllegalStateException: index 3 out of bounds"), bug);
        assertFalse(bug.contains("\n"));
        assertInstanceOf(Result.Analyzed.class, p.analyze(text("c.txt", "T\n\nThis fine article.")).get(0));
    }

    @Test
    void aTaskThatDiedIsWordedAsThePipelineWordsItsOwnFailures() {
        IllegalStateException boom = new IllegalStateException("boom");
        int line = boom.getStackTrace()[0].getLineNumber();
        assertEquals("x.warc#9: analysis failed in the pipeline: java.lang.IllegalStateException: boom (at "
                        + "PipelineLimitsTest.aTaskThatDiedIsWordedAsThePipelineWordsItsOwnFailures:" + line + ")",
                Result.Failed.of("x.warc#9", boom).failure().describe());
    }

    @Test
    void quotesAndEntitiesAreCappedPerArticle() {
        StringBuilder b = new StringBuilder("Talks\n\n");
        for (int i = 0; i < 40; i++) {
            b.append("\"We want talks number ").append(i).append(",\" said Anna Berg").append((char) ('a' + i % 26))
                    .append(" of Organisation").append(i).append(".\n\n");
        }
        Pipeline p = new Pipeline(PipelineOptions.builder()
                .limits(Limits.defaults().withMaxQuotes(5).withMaxEntities(7)).build());
        Article a = assertInstanceOf(Result.Analyzed.class, p.analyze(text("many.txt", b.toString())).get(0)).article();
        assertEquals(5, a.quotes().size());
        assertEquals(7, a.entities().size());
        assertTrue(a.quotes().get(0).text().contains("number 0"), "the first statements are kept");
    }

    @Test
    void truncationPrefersParagraphThenSentenceThenSpace() {
        assertEquals("one two.", Truncation.cut("one two.\n\nthree four five six", 14));
        assertEquals("First one.", Truncation.cut("First one. Second one here", 18));
        assertEquals("alpha beta", Truncation.cut("alpha beta gamma delta", 13));
        assertEquals("aaaaaaaaaa", Truncation.cut("a".repeat(50), 10));
        String emoji = "ab" + "\uD83D\uDE00".repeat(10);
        String cut = Truncation.cut(emoji, 5);
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 1)), "no half of a surrogate pair");
    }
}
