package dev.sitrep.query;

/** The one-line snippet of a search hit, the same whichever store found it. */
public final class Snippets {
    /** Snippets longer than this are cut at a word boundary: one line of a terminal report. */
    public static final int SNIPPET_CHARS = 320;

    private Snippets() {
    }

    /** Whitespace runs (paragraph breaks included) become one space; long passages are cut at a word. */
    public static String oneLine(String s, HitMarks marks) {
        String line = s.replaceAll("\\s+", " ").strip();
        if (line.length() <= SNIPPET_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SNIPPET_CHARS);
        String head = line.substring(0, cut > 0 ? cut : SNIPPET_CHARS);
        // A cut inside a marked match would leave a terminal bold to the end of the screen.
        if (count(head, marks.pre()) > count(head, marks.post())) {
            head += marks.post();
        }
        return head + " …";
    }

    private static int count(String s, String mark) {
        int n = 0;
        for (int i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }
}
