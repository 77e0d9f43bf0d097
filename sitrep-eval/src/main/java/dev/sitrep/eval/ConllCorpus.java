package dev.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file (one token per line: word, POS, chunk, NER tag; blank line ends a sentence;
 * {@code -DOCSTART-} lines separate documents) and gives each sentence as text with its gold names.
 *
 * <p>A sentence's text is its tokens joined by single spaces, and gold names are character spans of that
 * text, so a recognizer's spans can be compared exactly. Each sentence carries the number of its document, so
 * a recognizer can be given whole documents as the pipeline gives it whole articles. Tags may be IOB1 (I- throughout, B- only between
 * two adjacent names of one type) or IOB2 (B- on every first token): a name starts at a B- tag or at an I-
 * tag whose type differs from the previous token's, which reads both the same way.
 */
public final class ConllCorpus {
    /** A gold or predicted name: character span of the sentence text and CoNLL type (PER, ORG, LOC, MISC). */
    public record Span(int start, int end, String type) {
    }

    /** One sentence: its text, its gold names and the number of its document (0 before any -DOCSTART-). */
    public record Sentence(String text, int tokens, List<Span> gold, int document) {
    }

    private ConllCorpus() {
    }

    /** The sentences of a CoNLL-2003 file, in order. */
    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int document = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                flush(rows, document, out);
                document += line.startsWith("-DOCSTART-") ? 1 : 0;
            } else {
                rows.add(line.strip().split("\\s+"));
            }
        }
        flush(rows, document, out);
        return out;
    }

    private static void flush(List<String[]> rows, int document, List<Sentence> out) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        String openType = null;
        int openStart = 0;
        int prevEnd = 0;
        for (String[] row : rows) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(row[0]);
            String tag = row[row.length - 1];
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begins = type != null && (tag.startsWith("B-") || !type.equals(openType));
            if (openType != null && (type == null || begins)) {
                gold.add(new Span(openStart, prevEnd, openType));
                openType = null;
            }
            if (begins) {
                openType = type;
                openStart = start;
            }
            prevEnd = text.length();
        }
        if (openType != null) {
            gold.add(new Span(openStart, prevEnd, openType));
        }
        out.add(new Sentence(text.toString(), rows.size(), List.copyOf(gold), document));
        rows.clear();
    }
}
