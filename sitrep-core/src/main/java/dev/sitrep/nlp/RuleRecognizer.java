package dev.sitrep.nlp;

import dev.sitrep.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dependency-free recognizer, the fallback when no statistical one is on the class path: runs of
 * capitalised words, a lone one only when it does not start a sentence. Cue words from
 * {@code rule-recognizer-cues.txt} type some of them: a title before the name ("President", "Ms") makes a
 * PERSON and is cut off the span; an organisation head noun at its end ("Ministry", "Party") makes an ORG.
 * The rest is {@link EntityType#OTHER}, for the entity stage's knowledge base to retype. Thread-safe.
 */
public final class RuleRecognizer implements EntityRecognizer {
    private static final Pattern CAPS = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    private static final Set<String> TITLES = new HashSet<>();
    private static final Set<String> ORG_WORDS = new HashSet<>();

    static {
        loadCues();
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public int priority() {
        return -100;
    }

    @Override
    public List<NamedSpan> recognize(String text) {
        List<NamedSpan> out = new ArrayList<>();
        Matcher m = CAPS.matcher(text);
        while (m.find()) {
            int start = m.start();
            String run = m.group();
            if (!run.contains(" ") && (sentenceStart(text, start) || TITLES.contains(run))) {
                continue;
            }
            if (ORG_WORDS.contains(lastWord(run))) {
                out.add(new NamedSpan(start, m.end(), run, EntityType.ORG));
                continue;
            }
            boolean titled = TITLES.contains(previousWord(text, start));
            // Leading titles belong to the office, not the name: "Prime Minister Keir Starmer" names Keir Starmer.
            Matcher w = WORD.matcher(text).region(start, m.end());
            while (w.find() && TITLES.contains(w.group()) && w.end() < m.end()) {
                titled = true;
                start = w.end();
                while (Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            String name = text.substring(start, m.end());
            EntityType type = titled ? EntityType.PERSON : EntityType.OTHER;
            out.add(new NamedSpan(start, m.end(), name, type));
        }
        return out;
    }

    private static String lastWord(String run) {
        return run.substring(run.lastIndexOf(' ') + 1);
    }

    private static String previousWord(String text, int pos) {
        int end = pos;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end);
    }

    private static boolean sentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '“' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
    }

    private static void loadCues() {
        try (InputStream in = RuleRecognizer.class.getResourceAsStream("rule-recognizer-cues.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && parts[0].equals("title")) {
                    TITLES.add(parts[1]);
                } else if (parts.length == 2 && parts[0].equals("org")) {
                    ORG_WORDS.add(parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
