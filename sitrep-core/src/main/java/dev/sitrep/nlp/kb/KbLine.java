package dev.sitrep.nlp.kb;

import java.util.List;

/**
 * One parsed line of a knowledge-base file, with where it came from for error messages.
 *
 * @param file   the file as named to the loader
 * @param number 1-based line number
 * @param kind   the first column: country, org, metonym, person, title, role or holder
 * @param cells  all columns, {@code kind} included, "-" already turned into ""
 */
record KbLine(String file, int number, String kind, List<String> cells) {

    String cell(int i) {
        return cells.get(i);
    }

    /** A "|"-separated cell as a list, without empty items. */
    List<String> list(int i) {
        String c = cells.get(i);
        if (c.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(c.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    KnowledgeBaseException error(String problem) {
        return new KnowledgeBaseException(file, number, problem);
    }
}
