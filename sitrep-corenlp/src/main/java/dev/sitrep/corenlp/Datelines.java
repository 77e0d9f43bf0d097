package dev.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels the place of a dateline: an upper-case run of at most three words opening a line (a longer one is a
 * headline), followed by a date, or by a comma,
 * at most three capitalised words (the region or country) and a date: "NEW YORK 1996-08-30", "GRONINGEN ,
 * Netherlands 1996-08-30", "KYIV, March 3". The CRF, which sees upper case mostly in headlines, often calls
 * such a place an organisation or misses it. A run the knowledge base knows as an organisation ("UNITED
 * NATIONS") keeps that type; a weekday is no place ("FRIDAY , AUGUST 30"). Stateless and thread-safe.
 */
final class Datelines {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Words of the place and of the region after it: "RIO DE JANEIRO", "NEW YORK , New York". */
    private static final int MAX_WORDS = 3;

    private final KbTypes kb;

    Datelines(KbTypes kb) {
        this.kb = kb;
    }

    /** Relabels, in place, the dateline place of a labelled sentence, if it opens with one. */
    void apply(List<CoreLabel> sentence) {
        int end = 0;
        while (end < sentence.size() && upperCase(sentence.get(end).word())
                && !WEEKDAYS.contains(sentence.get(end).word().toLowerCase(Locale.ROOT))) {
            end++;
        }
        if (end == 0 || end > MAX_WORDS || !dateFollows(sentence, end)) {
            return;
        }
        StringBuilder name = new StringBuilder();
        for (int t = 0; t < end; t++) {
            name.append(t > 0 ? " " : "").append(sentence.get(t).word());
        }
        String cls = kb.classOf(name.toString(), "LOCATION").filter(c -> c.equals("ORGANIZATION")).orElse("LOCATION");
        for (int t = 0; t < end; t++) {
            sentence.get(t).set(CoreAnnotations.AnswerAnnotation.class, cls);
        }
        if (end < sentence.size() && cls.equals(DocumentConsistency.classOf(sentence.get(end)))) {
            sentence.get(end).set(CoreAnnotations.AnswerAnnotation.class, "B-" + cls);
        }
    }

    private static boolean dateFollows(List<CoreLabel> sentence, int t) {
        if (t < sentence.size() && date(sentence.get(t).word())) {
            return true;
        }
        if (t >= sentence.size() || !sentence.get(t).word().equals(",")) {
            return false;
        }
        for (int k = t + 1; k < sentence.size() && k <= t + 1 + MAX_WORDS; k++) {
            String w = sentence.get(k).word();
            if (date(w)) {
                return true;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static boolean date(String word) {
        return ISO_DATE.matcher(word).matches() || MONTHS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Two or more letters, all upper case (hyphens and apostrophes allowed): "WIGAN", "AL-RAM". */
    private static boolean upperCase(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return letters >= 2;
    }
}
