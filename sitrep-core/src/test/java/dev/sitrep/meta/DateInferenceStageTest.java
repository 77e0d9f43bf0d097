package dev.sitrep.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.InferredDate;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.pipeline.Draft;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dating undated articles from their text: short articles written for these tests, one kind of evidence each. */
class DateInferenceStageTest {
    private static final DateInferenceStage STAGE = new DateInferenceStage(KnowledgeBase.shipped());

    private static Article infer(String text, LocalDate reference) {
        Article a = Article.builder().source("t.txt").title("Talks in Brussels").text(text).build();
        return STAGE.apply(new Draft(a, reference, false)).article();
    }

    private static Article infer(String text) {
        return infer(text, null);
    }

    @Test
    void aDatelineWithItsYearIsTheDay() {
        Article a = infer("OSLO, 4 March 2024 (Reuters) - Ministers met to talk about ports.\n\nThey agreed on little.");
        assertEquals(LocalDate.of(2024, 3, 4), a.published());
        assertEquals(LocalDate.of(2024, 3, 4), a.publishedInferred().latest());
        assertTrue(a.publishedInferred().basis().startsWith("dateline: \"OSLO, 4 March 2024 (Reuters)\""));
    }

    @Test
    void aYearlessDatelineTakesItsYearFromATenure() {
        Article a = infer("KYIV, Mar 3 (Reuters) - US Defense Secretary Pete Hegseth visited a depot.");
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
        assertTrue(a.publishedInferred().basis().contains("tenure: Pete Hegseth"), a.publishedInferred().basis());
    }

    @Test
    void aReportedDayTakesItsYearFromTheTenureAndBoundsTheRange() {
        Article a = infer("US Defense Secretary Pete Hegseth spoke to reporters on March 3 about ammunition.\n\n"
                + "He gave no figures.");
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
        InferredDate how = a.publishedInferred();
        assertEquals(LocalDate.of(2025, 3, 3), how.earliest());
        assertEquals(LocalDate.of(2025, 3, 10), how.latest());
        assertTrue(how.basis().startsWith("text: \"on March 3\""), how.basis());
    }

    @Test
    void theLatestReportedDayWinsAndPlansDoNotCount() {
        Article a = infer("The fund was agreed on 2 May 2023. Ministers signed it on 9 May 2023.\n\n"
                + "They will meet again on 30 May 2023.");
        assertEquals(LocalDate.of(2023, 5, 9), a.published());
    }

    @Test
    void aYearlessDayTakesTheOneYearTheTextWrites() {
        Article a = infer("The port reopened on June 5 after the 2019 floods.");
        assertEquals(LocalDate.of(2019, 6, 5), a.published());
        assertTrue(a.publishedInferred().basis().contains("year 2019 from the text"));
    }

    @Test
    void aYearlessDayWithAReferenceIsTheLatestBeforeIt() {
        Article a = infer("The talks ended on December 30 without a deal.", LocalDate.of(2025, 1, 4));
        assertEquals(LocalDate.of(2024, 12, 30), a.published());
    }

    @Test
    void tenuresAloneGiveTheMiddleOfANarrowRange() {
        Article a = infer("U.K. Foreign Secretary Liz Truss and President Biden spoke about grain.");
        InferredDate how = a.publishedInferred();
        assertEquals(LocalDate.of(2021, 9, 15), how.earliest());
        assertEquals(LocalDate.of(2022, 9, 5), how.latest());
        assertEquals(LocalDate.of(2022, 3, 11), a.published());
        assertTrue(how.basis().contains("Liz Truss, UK Foreign Secretary 2021-09-15 to 2022-09-05"), how.basis());
    }

    @Test
    void anOfficeNamedAfterAsCounts() {
        Article a = infer("Joe Biden is on his first visit to Oslo as U.S. president. "
                + "Secretary General Jens Stoltenberg met him.");
        assertEquals(LocalDate.of(2021, 1, 20), a.publishedInferred().earliest());
    }

    @Test
    void noEvidenceNoDate() {
        Article a = infer("Ministers met on Tuesday to talk about ports. They agreed on little.");
        assertNull(a.published());
        assertNull(a.publishedInferred());
    }

    @Test
    void aWideRangeGivesNoDay() {
        assertNull(infer("Secretary General Jens Stoltenberg spoke about ports.").published());
    }

    @Test
    void conflictingTenuresGiveNoDate() {
        Article a = infer("US Defense Secretary Pete Hegseth and U.K. Foreign Secretary Liz Truss met on March 3.");
        assertNull(a.published());
    }

    @Test
    void anOfficeHolderInTwoSeparateTermsLeavesAYearlessDayOpen() {
        assertNull(infer("President Donald Trump said on March 3 that talks would go on.").published());
    }

    @Test
    void formerOfficesAreNoEvidence() {
        assertNull(infer("Former US president Joe Biden and former Foreign Secretary Liz Truss spoke.").published());
    }

    @Test
    void aDateThePageGaveIsKept() {
        Article a = Article.builder().source("t.txt").published(LocalDate.of(2020, 1, 1))
                .text("US Defense Secretary Pete Hegseth spoke on March 3.").build();
        Article out = STAGE.apply(new Draft(a, null, false)).article();
        assertEquals(LocalDate.of(2020, 1, 1), out.published());
        assertNull(out.publishedInferred());
    }
}
