package dev.sitrep.nlp;

import dev.sitrep.limits.Deadline;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.kb.Actor;
import dev.sitrep.nlp.kb.Denotation;
import dev.sitrep.nlp.kb.Gazetteer;
import dev.sitrep.nlp.kb.KnowledgeBase;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors of an article and groups their mentions into canonical entities.
 *
 * <pre>
 *  tokens      words with offsets and folded keys                                ({@link Tokens})
 *  gazetteer   every knowledge-base name, alias, demonym, capital and office
 *              phrase, longest first                                             ({@link Gazetteer})
 *  recognizer  names from the plugged-in recognizer; the knowledge base wins on
 *              the words it knows, junk and headline fragments are dropped       ({@link SpanFilter})
 *  titles      office phrases with their qualifier and name, resolved to the
 *              holder on the article's date                                      ({@link TitleResolver})
 *  names       the rest: knowledge-base actors (a capital after "in" is the city,
 *              otherwise its government), unknown names, "Mr"/"Dr" kept in span
 *  entities    mentions grouped: same actor, surname to full name                ({@link Canonicalizer})
 * </pre>
 *
 * The article's date is {@link Article#published()}, else the draft's reference date (crawl date); with
 * neither, a title alone resolves only to someone who ever held the office and is named in the article, or to
 * an office that one person ever held. Every mention of an entity, title and surname forms included, is one of
 * its {@code spans}, so later stages can find speakers by offset; spans never overlap, so a qualifier inside a
 * title ("US" in "US defence secretary Pete Hegseth") belongs to the title's mention, not to the country.
 * Thread-safe; never throws on strange text.
 */
public final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;
    private final KnowledgeBase kb;

    /** A stage over the shipped knowledge base. */
    public EntityStage(EntityRecognizer recognizer) {
        this(recognizer, KnowledgeBase.shipped());
    }

    public EntityStage(EntityRecognizer recognizer, KnowledgeBase kb) {
        this.recognizer = recognizer;
        this.kb = kb;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Draft apply(Draft draft) {
        Article article = draft.article();
        LocalDate date = article.published() != null ? article.published() : draft.referenceDate();
        List<Entity> entities = entities(article.text(), date);
        return draft.withArticle(article.toBuilder().entities(entities).build());
    }

    /** The entities of {@code text} as of {@code date} (null when unknown). */
    public List<Entity> entities(String text, LocalDate date) {
        Tokens tokens = Tokens.of(text);
        List<Piece> pieces = SpanFilter.pieces(tokens, kb.gazetteer().findAll(tokens), recognizer.recognize(text));
        TitleResolver titles = new TitleResolver(kb, tokens, date, namedPeople(tokens, pieces));
        boolean[] consumed = new boolean[pieces.size()];
        List<Reference> refs = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            if (!consumed[k] && pieces.get(k).isTitle()) {
                Reference r = titles.resolve(pieces, k, consumed);
                if (r != null) {
                    refs.add(r);
                }
            }
        }
        Deadline.check();
        for (int k = 0; k < pieces.size(); k++) {
            if (!consumed[k]) {
                Reference r = reference(tokens, pieces.get(k));
                if (r != null) {
                    refs.add(withHonorific(tokens, r, pieces.get(k)));
                }
            }
        }
        refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Deadline.check();
        return new Canonicalizer(kb, tokens, date).entities(refs);
    }

    /** Knowledge-base people named in the text, and those whose surname appears alone: context for titles. */
    private Set<String> namedPeople(Tokens tokens, List<Piece> pieces) {
        Set<String> ids = new HashSet<>();
        for (Piece p : pieces) {
            if (p.kb() instanceof Denotation.Named(var a) && p.isKnownPerson()) {
                ids.add(a.id());
            } else if (!p.known()) {
                for (Actor a : kb.personsWithSurname(tokens.key(p.to() - 1))) {
                    ids.add(a.id());
                }
            }
        }
        return ids;
    }

    private Reference reference(Tokens tokens, Piece p) {
        int start = tokens.start(p.from());
        int end = tokens.abbreviationEnd(p.to() - 1);
        String surface = tokens.text().substring(start, end);
        return switch (p.kb()) {
            case Denotation.Named(var a) -> known(start, end, a, surface);
            case Denotation.Capital(var city, var government) ->
                    known(start, end, place(tokens, p) ? city : government, surface);
            case Denotation.Title t -> null;
            case null -> p.titled() ? titledName(tokens, p, start, end)
                    : new Reference(start, end, null, null, p.type(), surface,
                            p.type() == EntityType.PERSON || givenName(tokens, p), List.of(surface));
        };
    }

    /** "Commerce Secretary Howard Lutnick": one mention of the person, the title kept as an alias. */
    private static Reference titledName(Tokens tokens, Piece p, int start, int end) {
        String title = tokens.span(p.from(), p.nameFrom());
        String name = tokens.text().substring(tokens.start(p.nameFrom()), end);
        return new Reference(start, end, null, null, EntityType.PERSON, name, true, List.of(title, name));
    }

    private static Reference known(int start, int end, Actor a, String surface) {
        return new Reference(start, end, a.id(), a.name(), a.type(), null, a.type() == EntityType.PERSON,
                List.of(surface));
    }

    private boolean givenName(Tokens tokens, Piece p) {
        String first = tokens.key(p.from());
        return p.to() - p.from() >= 2 && (kb.isGivenName(first) || WordLists.GIVEN_NAMES.contains(first));
    }

    /** A capital is the city after a locative word ("in Moscow") or as a dateline ("MOSCOW, March 3 —"). */
    private static boolean place(Tokens tokens, Piece p) {
        return afterLocative(tokens, p.from()) || dateline(tokens, p);
    }

    private static boolean dateline(Tokens tokens, Piece p) {
        if (!tokens.startsParagraph(p.from())) {
            return false;
        }
        String text = tokens.text();
        int i = tokens.end(p.to() - 1);
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && "—–-,(".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean afterLocative(Tokens tokens, int t) {
        return t > 0 && tokens.sameParagraphAsPrevious(t) && WordLists.LOCATIVES.contains(tokens.key(t - 1));
    }

    /** "Mr Hegseth", "Dr. Smith": the courtesy title joins the span of a person or of an unknown name. */
    private static Reference withHonorific(Tokens tokens, Reference r, Piece p) {
        int t = p.from();
        if (t == 0 || p.titled() || !(r.type() == EntityType.PERSON || !r.known())) {
            return r;
        }
        String gap = tokens.gapBefore(t);
        boolean joined = gap.equals(" ") || gap.equals(". ") || gap.equals("\u00a0");
        if (!joined || !WordLists.HONORIFICS.contains(tokens.word(t - 1))) {
            return r;
        }
        int start = tokens.start(t - 1);
        return r.withStart(start, tokens.text().substring(start, r.end()));
    }
}
