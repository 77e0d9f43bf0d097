package dev.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a press release's trailer begins: the company profile ("About Acme Corp." followed by "Acme Corp. is
 * …"), the forward-looking statements disclaimer, the media contacts and the "###" end mark that every release of
 * one company repeats word for word ({@code press-release-trailers.txt}). Copy detection leaves the trailer out, so
 * two releases sharing 150 words of boilerplate and nothing else are not copies of each other.
 *
 * <p>The trailer starts at the first paragraph after the first that opens one and leaves at most
 * {@value #MAX_TRAILER_WORDS} words after it; the text is not changed. A text with none of the markers' literal
 * anchors is passed over without a regex, as most news has none. Thread-safe.
 */
public final class PressReleaseTrailer {
    private static final Pattern OPENING = Pattern.compile(String.join("|", ResourceLines.load(
            PressReleaseTrailer.class, "press-release-trailers.txt").stream().map(p -> "(?:" + p + ")").toList()),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    /** "About Acme Corp." or "About the Acme Group:": the name's first word is captured. */
    private static final Pattern ABOUT =
            Pattern.compile("(?:About|ABOUT)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}&'’-]*)");
    /** Literal pieces at least one marker holds; a text without any has no trailer. */
    private static final String[] ANCHORS = {"###", "About", "ABOUT", "orward", "ORWARD", "ontact", "ONTACT", "- 30",
        "-30", "afe harbo", "AFE HARBO", "autionary", "AUTIONARY", "nquiries", "NQUIRIES", "istorical", "ISTORICAL"};
    /** Words a trailer has at most: a longer run after a marker is a section of the text ("About the author …"). */
    private static final int MAX_TRAILER_WORDS = 600;
    /** Words an "About" heading has at most, up to its line end or colon. */
    private static final int HEADING_WORDS = 8;
    /** Words after the "About" heading within which the company's name must come again. */
    private static final int ABOUT_REACH = 12;

    private PressReleaseTrailer() {
    }

    /** Offset of the trailer's first character, or {@code text.length()} when the text has no trailer. */
    public static int start(CharSequence text) {
        String s = text.toString();
        if (!anchored(s)) {
            return s.length();
        }
        Matcher opening = OPENING.matcher(s);
        Matcher about = ABOUT.matcher(s);
        for (int p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) {
            int at = p + 1;
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            if (at == s.length()) {
                break;
            }
            boolean marker = opening.region(at, s.length()).lookingAt()
                    || about.region(at, s.length()).lookingAt() && profile(s, about.group(1), about.end());
            if (marker && Paragraphs.words(s.substring(at)) <= MAX_TRAILER_WORDS) {
                return at;
            }
            p = at;
        }
        return s.length();
    }

    private static boolean anchored(String s) {
        for (String a : ANCHORS) {
            if (s.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an "About" heading opens a company profile: the heading ends (line end, colon or dash) within
     * {@value #HEADING_WORDS} words and the company's name comes again soon after it ("About Acme Corp." then
     * "Acme Corp. is a …"), unlike a paragraph that merely starts with "About".
     */
    private static boolean profile(String s, String name, int from) {
        int i = from;
        int words = 0;
        for (boolean inWord = false; i < s.length() && "\n:—–|".indexOf(s.charAt(i)) < 0; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        if (words > HEADING_WORDS) {
            return false;
        }
        words = 0;
        for (boolean inWord = false; i < s.length() && words <= ABOUT_REACH; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                words++;
                int after = i + name.length();
                if (s.startsWith(name, i) && (after == s.length() || !Character.isLetterOrDigit(s.charAt(after)))) {
                    return true;
                }
            }
            inWord = letter;
        }
        return false;
    }
}
