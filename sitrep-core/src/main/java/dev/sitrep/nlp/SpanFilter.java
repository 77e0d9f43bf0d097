package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.kb.ActorKind;
import dev.sitrep.nlp.kb.Denotation;
import dev.sitrep.nlp.kb.Gazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges recognizer spans with knowledge-base matches into one ordered list of {@link Piece}s.
 *
 * <p>The knowledge base wins on the tokens it covers, so a span "US Defense Secretary Pete Hegseth" becomes a
 * country, an office phrase and a person; the recognizer keeps what the knowledge base does not know. One
 * exception: a span typed PERSON that is longer than a place name inside it is a person ("Sofia Petrova").
 * What the recognizer leaves is cleaned with data lists: junk words are trimmed off the edges ("The", "However",
 * "Mr", months, weekdays), pieces made only of junk are dropped, and a run of capitalised words in headline
 * case ("Spending Row Not A Threat To Ukraine") keeps only what the knowledge base knows.
 */
final class SpanFilter {
    private SpanFilter() {
    }

    static List<Piece> pieces(Tokens tokens, List<Gazetteer.Match> matches, List<NamedSpan> spans) {
        int n = tokens.size();
        Gazetteer.Match[] at = new Gazetteer.Match[n];
        for (Gazetteer.Match m : matches) {
            for (int t = m.from(); t < m.to(); t++) {
                at[t] = m;
            }
        }
        List<int[]> runs = new ArrayList<>();
        List<EntityType> runTypes = new ArrayList<>();
        for (NamedSpan s : spans) {
            int from = tokens.tokenAtOrAfter(s.start());
            int to = from;
            while (to < n && tokens.start(to) < s.end()) {
                to++;
            }
            if (from >= to) {
                continue;
            }
            if (s.type() == EntityType.PERSON) {
                releasePlacesInsidePerson(at, from, to);
                releaseNamesakes(tokens, at, from, to);
            }
            boolean headline = s.type() == EntityType.OTHER && headlineCase(tokens, from, to);
            if (!headline && s.type() != EntityType.GPE && s.type() != EntityType.LOC) {
                releasePlacesStartingLongerNames(tokens, at, from, to);
            }
            if (s.type() == EntityType.ORG) {
                releasePlacesEndingOrganisations(tokens, at, from, to);
            }
            int t = from;
            while (t < to) {
                if (at[t] != null) {
                    t++;
                    continue;
                }
                int r = t + 1;
                while (r < to && at[r] == null && !tokens.lineBreakBefore(r)) {
                    r++;
                }
                int a = t;
                int b = r;
                while (a < b && WordLists.JUNK.contains(tokens.key(a))) {
                    a++;
                }
                while (b > a && WordLists.JUNK.contains(tokens.key(b - 1))) {
                    b--;
                }
                boolean lowerStart = a < b && s.type() == EntityType.OTHER && !tokens.capitalised(a);
                if (a < b && !headline && !lowerStart && !numeric(tokens, a, b)) {
                    runs.add(new int[] {a, b, titleEnd(tokens, a, b, s.type())});
                    runTypes.add(s.type());
                }
                t = r;
            }
        }
        List<Piece> out = new ArrayList<>();
        Gazetteer.Match last = null;
        for (int t = 0; t < n; t++) {
            if (at[t] != null && at[t] != last) {
                last = at[t];
                out.add(new Piece(last.from(), last.to(), last.denotation(), null));
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            out.add(new Piece(r[0], r[1], null, r[2] > r[0] ? EntityType.PERSON : runTypes.get(i), r[2]));
        }
        out.sort(Comparator.comparingInt(Piece::from));
        return out;
    }

    /**
     * Where the name starts in a run that opens with a title the knowledge base does not know, its last word a
     * courtesy or rank title followed by at least two words ("Commerce Secretary Howard Lutnick"); else
     * {@code from}.
     */
    private static int titleEnd(Tokens tokens, int from, int to, EntityType type) {
        if (type != EntityType.OTHER && type != EntityType.PERSON) {
            return from;
        }
        for (int t = from; t < to - 2; t++) {
            if (WordLists.HONORIFICS.contains(tokens.word(t))) {
                return t + 1;
            }
        }
        return from;
    }

    private static void releasePlacesInsidePerson(Gazetteer.Match[] at, int from, int to) {
        for (int t = from; t < to; t++) {
            Gazetteer.Match m = at[t];
            if (m == null || m.to() - m.from() >= to - from || m.from() < from || m.to() > to) {
                continue;
            }
            boolean person = m.denotation() instanceof Denotation.Named(var a) && a.kind() == ActorKind.PERSON;
            if (!person && !(m.denotation() instanceof Denotation.Title)) {
                for (int k = m.from(); k < m.to(); k++) {
                    at[k] = null;
                }
            }
        }
    }

    /**
     * "Ivanka Trump", "Eric Trump": a person's name that ends on the surname of a knowledge-base person, with a
     * given name that none of that person's names has, names someone else. The surname's match is given back to
     * the span. A title or courtesy before the surname ("President Trump", "Mr. Trump") keeps it, and so does a
     * given name of the person's own ("Donald J. Trump").
     */
    private static void releaseNamesakes(Tokens tokens, Gazetteer.Match[] at, int from, int to) {
        Gazetteer.Match m = at[to - 1];
        if (m == null || m.to() != to || m.to() - m.from() != 1 || m.from() <= from || at[m.from() - 1] != null
                || !(m.denotation() instanceof Denotation.Named(var a)) || a.kind() != ActorKind.PERSON) {
            return;
        }
        int before = m.from() - 1;
        String given = tokens.key(before);
        if (!tokens.capitalised(before) || given.length() < 2 || WordLists.HONORIFICS.contains(tokens.word(before))
                || WordLists.FUNCTION.contains(given) || WordLists.JUNK.contains(given)
                || WordLists.TITLE_MODIFIERS.contains(given)
                || !WordLists.GIVEN_NAMES.contains(given) && before != from) {
            return;
        }
        List<String> names = new ArrayList<>(a.aliases());
        names.add(a.name());
        for (String name : names) {
            // a spelling of the person's own given name ("Vladimir" for "Volodymyr") shares its first letter
            String first = Tokens.fold(name.strip().split("[\\s.]+")[0]);
            if (!first.isEmpty() && first.charAt(0) == given.charAt(0)) {
                return;
            }
        }
        at[m.from()] = null;
    }

    /**
     * A place or people name that the recognizer's span carries on with unknown words names something else:
     * "Washington Post", "Kyiv Independent", "U.S. Army", "American Enterprise Institute". The knowledge-base
     * match is given back to the span unless the next word is junk, a courtesy title or a given name
     * ("Ukrainian Ambassador Oksana ..."). So is a place after a given name: "Michael Jordan".
     */
    private static void releasePlacesStartingLongerNames(Tokens tokens, Gazetteer.Match[] at, int from, int to) {
        for (int t = from; t < to; t++) {
            Gazetteer.Match m = at[t];
            if (m == null || m.from() != t || m.from() < from || m.to() > to || !place(m.denotation())) {
                continue;
            }
            if (m.from() > from && at[m.from() - 1] == null
                    && WordLists.GIVEN_NAMES.contains(tokens.key(m.from() - 1))) {
                release(at, m);
                continue;
            }
            if (m.to() >= to || at[m.to()] != null) {
                continue;
            }
            String next = tokens.key(m.to());
            if (WordLists.JUNK.contains(next) || WordLists.GIVEN_NAMES.contains(next)
                    || WordLists.HONORIFICS.contains(tokens.word(m.to())) || !tokens.capitalised(m.to())
                    || !tokens.attachedToPrevious(m.to())) {
                continue;
            }
            release(at, m);
        }
    }

    /**
     * "Statistics Canada", "Air Canada", "Hydro-Québec Ontario": an organisation the recognizer found whose name ends
     * on a known place after capitalised words the knowledge base does not know is that organisation, not the place.
     */
    private static void releasePlacesEndingOrganisations(Tokens tokens, Gazetteer.Match[] at, int from, int to) {
        Gazetteer.Match m = at[to - 1];
        if (m == null || m.to() != to || m.from() <= from || !place(m.denotation()) || at[m.from() - 1] != null
                || !tokens.capitalised(m.from() - 1) || !tokens.attachedToPrevious(m.from())
                || WordLists.JUNK.contains(tokens.key(m.from() - 1)) || WordLists.FUNCTION.contains(tokens.key(m.from() - 1))) {
            return;
        }
        release(at, m);
    }

    private static void release(Gazetteer.Match[] at, Gazetteer.Match m) {
        for (int k = m.from(); k < m.to(); k++) {
            at[k] = null;
        }
    }

    private static boolean place(Denotation d) {
        return switch (d) {
            case Denotation.Capital c -> true;
            case Denotation.Named(var a) -> a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.CITY
                    || a.kind() == ActorKind.PEOPLE || a.kind() == ActorKind.PLACE;
            case Denotation.Title t -> false;
        };
    }

    /**
     * Three or more capitalised words with a capitalised function word inside, once junk at the front is set
     * aside ("Spending Row Not A Threat To Ukraine" is headline case; "In February The Guardian" is not).
     */
    private static boolean headlineCase(Tokens tokens, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        int first = from;
        while (first < to && WordLists.JUNK.contains(tokens.key(first))) {
            first++;
        }
        for (int t = first + 1; t < to; t++) {
            if (tokens.capitalised(t) && WordLists.FUNCTION.contains(tokens.key(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean numeric(Tokens tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!tokens.key(t).chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
