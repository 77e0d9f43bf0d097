package dev.sitrep.positions;

import dev.sitrep.limits.Deadline;
import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Quote.IssueStance;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges every statement of an article against the default issues of the beat ({@link Issues#defaults()}): for
 * each issue a statement speaks to ({@link Issue#onPoint}), the speaker's stance and the words that carry it, as
 * {@link StanceDetector} gives them. A statement that speaks to no issue keeps an empty list. Propositions a user
 * writes are judged when asked ({@link Positions}); these are the ones every article carries.
 */
public final class StanceStage implements Stage {
    private final List<Issue> issues;
    private final StanceDetector detector;

    public StanceStage() {
        this(Issues.defaults(), StanceDetector.defaults());
    }

    StanceStage(List<Issue> issues, StanceDetector detector) {
        this.issues = List.copyOf(issues);
        this.detector = detector;
    }

    @Override
    public String name() {
        return "stances";
    }

    @Override
    public Draft apply(Draft draft) {
        Article a = draft.article();
        if (a.quotes().isEmpty()) {
            return draft;
        }
        List<Quote> judged = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            Deadline.check();
            judged.add(q.withStances(stances(q.text())));
        }
        return draft.withArticle(a.toBuilder().quotes(judged).build());
    }

    /** The stances of a statement toward the issues it speaks to, in the issues' order. */
    public List<IssueStance> stances(String statement) {
        List<IssueStance> out = new ArrayList<>();
        List<Words.Token> tokens = Words.tokens(statement);
        for (Issue issue : issues) {
            if (issue.onPoint(tokens, statement)) {
                StanceDetector.Judgement j = detector.judge(tokens, statement, issue);
                out.add(new IssueStance(issue.id(), j.stance().label(), j.evidence()));
            }
        }
        return out;
    }
}
