package dev.sitrep.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the synthetic articles the sites publish, on Sitrep's beat (NATO, Ukraine, relations between the
 * United States and Europe), from the vocabulary in {@code newsroom.txt}.
 *
 * <p>Each paragraph is built from sentences drawn at random, with random speakers, places and figures, and is
 * grown until it holds at least {@link #MIN_PARAGRAPH_WORDS} words. Two articles therefore share templates but
 * hardly ever a paragraph, which is what a consumer that deduplicates by text similarity needs: variants of one
 * article are identical, distinct articles are not near-duplicates.
 */
final class Newsroom {
    static final int MIN_PARAGRAPH_WORDS = 40;
    static final List<String> SECTIONS = List.of("world", "europe", "defence", "politics", "economy");
    static final List<String> TAGS = List.of("nato", "ukraine", "russia", "eu", "united-states", "sanctions",
            "air-defence", "diplomacy", "baltics");

    private static final Map<String, List<String>> WORDS = load();
    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+)}");

    /** An article before it has a site, a URL and a date. */
    record Draft(String title, String author, String section, List<String> tags, List<String> paragraphs) {
    }

    private Newsroom() {
    }

    static Draft write(Random random) {
        String title = expand("{headline}", random);
        String author = expand("{person}", random);
        String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
        Set<String> tags = new LinkedHashSet<>();
        int tagCount = 2 + random.nextInt(2);
        while (tags.size() < tagCount) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(paragraph(random, "lead", "detail"));
        paragraphs.add(paragraph(random, "quote-sentence", "detail"));
        paragraphs.add(paragraph(random, "background", "detail"));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            paragraphs.add(paragraph(random, random.nextBoolean() ? "quote-sentence" : "detail", "background"));
        }
        return new Draft(title, author, section, List.copyOf(tags), paragraphs);
    }

    private static String paragraph(Random random, String opening, String filler) {
        StringBuilder text = new StringBuilder(expand("{" + opening + "}", random));
        while (words(text) < MIN_PARAGRAPH_WORDS) {
            text.append(' ').append(expand("{" + filler + "}", random));
        }
        return text.toString();
    }

    private static int words(CharSequence text) {
        return text.toString().split("\\s+").length;
    }

    /** Replaces every {@code {slot}} by a random choice, recursively (the vocabulary is shallow). */
    static String expand(String template, Random random) {
        String text = template;
        for (int depth = 0; depth < 8 && text.indexOf('{') >= 0; depth++) {
            Matcher m = SLOT.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(choose(m.group(1), random)));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return capitalise(text);
    }

    private static String choose(String slot, Random random) {
        return switch (slot) {
            case "num" -> Integer.toString(2 + random.nextInt(60));
            case "big" -> Integer.toString(100 + random.nextInt(4900));
            case "pct" -> (1 + random.nextInt(4)) + "." + random.nextInt(10);
            case "empty" -> "";
            default -> {
                List<String> choices = WORDS.get(slot);
                if (choices == null) {
                    throw new IllegalStateException("newsroom.txt has no list [" + slot + "]");
                }
                yield choices.get(random.nextInt(choices.size()));
            }
        };
    }

    /** A sentence that starts with a country ("the Netherlands") starts with a capital. */
    private static String capitalise(String s) {
        if (s.startsWith("the ")) {
            return "The " + s.substring(4);
        }
        return s;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> lists = new HashMap<>();
        try (InputStream in = Newsroom.class.getResourceAsStream("newsroom.txt")) {
            if (in == null) {
                throw new IllegalStateException("newsroom.txt is missing from the simulator's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = new ArrayList<>();
                    lists.put(line.substring(1, line.length() - 1), current);
                } else if (current != null) {
                    current.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's newsroom.txt", e);
        }
        lists.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(lists);
    }
}
