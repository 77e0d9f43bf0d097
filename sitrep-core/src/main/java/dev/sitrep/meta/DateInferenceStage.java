package dev.sitrep.meta;

import dev.sitrep.clean.Paragraphs;
import dev.sitrep.model.Article;
import dev.sitrep.nlp.TenureEvidence;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;

/**
 * Dates the articles that markup, container, listing and text left undated, by inference ({@link DateInference})
 * from the text's datelines, reported days and the tenures of the office holders it names. Runs right after
 * {@link MetadataStage}, so that the entity stage resolves office phrases ("the defence secretary") on the
 * inferred day. Never touches a date that is already set; marks what it sets as inferred.
 */
public final class DateInferenceStage implements Stage {
    private final TenureEvidence tenures;

    public DateInferenceStage(KnowledgeBase kb) {
        this.tenures = new TenureEvidence(kb);
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Draft apply(Draft draft) {
        Article a = draft.article();
        if (a.published() != null) {
            return draft;
        }
        String withTitle = a.title() == null ? a.text() : a.title() + "\n\n" + a.text();
        return DateInference.infer(Paragraphs.split(a.text()), tenures.find(withTitle), draft.referenceDate())
                .map(d -> draft.withArticle(a.toBuilder().published(d.day(), d.how()).build()))
                .orElse(draft);
    }
}
