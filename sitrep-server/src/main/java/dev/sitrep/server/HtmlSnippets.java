package dev.sitrep.server;

import dev.sitrep.query.HitMarks;

/**
 * Snippets safe to put into a web page: the highlighter marks matches with two private-use characters, then
 * everything is HTML-escaped and only those marks become {@code <mark>} tags. Marking with the tags directly
 * would leave the article's own {@code <} and {@code &} unescaped.
 */
final class HtmlSnippets {
    /** Private-use code points: news text has no business containing them. */
    static final HitMarks MARKS = new HitMarks("\uE000", "\uE001");

    private HtmlSnippets() {
    }

    static String toHtml(String snippet) {
        StringBuilder sb = new StringBuilder(snippet.length() + 32);
        snippet.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case 0xE000 -> sb.append("<mark>");
                case 0xE001 -> sb.append("</mark>");
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
