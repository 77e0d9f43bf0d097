package dev.sitrep.meta.html;

import org.jsoup.parser.Parser;

/** Text as markup hands it over in attributes and JSON: entities decoded (twice-escaped ones too), spaces collapsed. */
final class Markup {
    private Markup() {
    }

    /** {@code s} with HTML entities decoded, whitespace runs made one space, stripped; "" for null. */
    static String unescape(String s) {
        if (s == null) {
            return "";
        }
        String t = s;
        // CMSs escape once for the template and once for the attribute: "&amp;#8211;" is an en dash
        for (int i = 0; i < 2 && t.indexOf('&') >= 0; i++) {
            t = Parser.unescapeEntities(t, false);
        }
        return t.replaceAll("\\s+", " ").strip();
    }
}
