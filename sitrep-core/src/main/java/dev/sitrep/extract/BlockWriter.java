package dev.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the subtree of a content root into {@link Block}s: headings, list items and paragraphs each their own
 * block, data tables as one block with a line per row (cells separated by {@code " | "}), whitespace collapsed
 * except in {@code pre}. Chrome elements are left out, and so are link lists: lists, tables and short blocks
 * whose text is mostly link text (related stories, tag clouds, share bars that carry no telling class).
 *
 * <p>Written by hand because jsoup's {@code Element.text()} flattens blocks into one line and
 * {@code wholeText()} keeps source whitespace; neither knows paragraphs.
 */
final class BlockWriter {
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "menu", "table");
    private static final int SHORT_BLOCK = 300;
    private static final Pattern LINE_EDGES = Pattern.compile(" *\n *");

    private BlockWriter() {
    }

    static List<Block> write(List<Element> roots, Set<Element> chrome, PageStats stats) {
        return write(roots, chrome, stats, Set.of(), new ArrayList<>());
    }

    /**
     * The same, and where the blocks cross a marker: each time the walk meets one of {@code markers} (or enters a
     * root inside one) it ends the block being written and adds a {@link Cut} to {@code cuts}.
     */
    static List<Block> write(List<Element> roots, Set<Element> chrome, PageStats stats, Set<Element> markers,
            List<Cut> cuts) {
        List<Block> out = new ArrayList<>();
        for (Element root : roots) {
            for (Element a = root.parent(); a != null && !markers.isEmpty(); a = a.parent()) {
                Element marker = a;
                if (markers.contains(marker) && cuts.stream().noneMatch(c -> c.marker() == marker)) {
                    cuts.add(new Cut(out.size(), marker));
                    break;
                }
            }
            new Walk(root, chrome, stats, out, markers, cuts).run();
        }
        return out;
    }

    /**
     * A marker met during a walk.
     *
     * @param block  index of the first block written after the marker
     * @param marker the marker
     */
    record Cut(int block, Element marker) {
    }

    private static final class Walk implements NodeFilter {
        private final Element root;
        private final Set<Element> chrome;
        private final PageStats stats;
        private final List<Block> out;
        private final Set<Element> markers;
        private final List<Cut> cuts;
        private final StringBuilder buf = new StringBuilder();
        private final List<String> rows = new ArrayList<>();
        private Block.Kind kind = Block.Kind.PARAGRAPH;
        private int pre;
        private int dataTable;
        private int cells;

        Walk(Element root, Set<Element> chrome, PageStats stats, List<Block> out, Set<Element> markers,
                List<Cut> cuts) {
            this.root = root;
            this.chrome = chrome;
            this.stats = stats;
            this.out = out;
            this.markers = markers;
            this.cuts = cuts;
        }

        void run() {
            NodeTraversor.filter(this, root);
            flush();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (!markers.isEmpty() && markers.contains(e)) {
                flush();
                cuts.add(new Cut(out.size(), e));
            }
            if (e != root && (chrome.contains(e) || Tags.NEVER_TEXT.contains(e.normalName()) || linkList(e))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = e.normalName();
            switch (name) {
                case "br" -> newline();
                case "pre" -> { flush(); pre++; kind = Block.Kind.PRE; }
                case "table" -> {
                    flush();
                    if (dataTable > 0 || isDataTable(e)) {
                        dataTable++;
                    }
                }
                case "tr" -> { if (dataTable > 0) { cells = 0; } else { flush(); } }
                case "td", "th" -> {
                    if (dataTable > 0) {
                        if (cells++ > 0) {
                            buf.append(" | ");
                        }
                    } else {
                        flush();
                    }
                }
                default -> {
                    if (Tags.BLOCK.contains(name)) {
                        flush();
                        if (Tags.HEADING.contains(name)) {
                            kind = Block.Kind.HEADING;
                        } else if (name.equals("li") || name.equals("dt") || name.equals("dd")) {
                            kind = Block.Kind.LIST_ITEM;
                        } else if (name.equals("blockquote")) {
                            kind = Block.Kind.QUOTE;
                        }
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            switch (e.normalName()) {
                case "pre" -> { flush(); pre--; }
                case "table" -> {
                    if (dataTable > 0) {
                        endRow();
                        if (--dataTable == 0 && !rows.isEmpty()) {
                            out.add(new Block(String.join("\n", rows), Block.Kind.TABLE));
                            rows.clear();
                        }
                    } else {
                        flush();
                    }
                }
                case "tr" -> { if (dataTable > 0) { endRow(); } else { flush(); } }
                case "td", "th" -> { if (dataTable == 0) { flush(); } }
                default -> {
                    if (Tags.BLOCK.contains(e.normalName()) && dataTable == 0) {
                        flush();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Lists and tables of mostly links, and short blocks of mostly links. */
        private boolean linkList(Element e) {
            String name = e.normalName();
            if (!LISTS.contains(name) && !Tags.BLOCK.contains(name)) {
                return false;
            }
            double density = stats.linkDensity(e);
            if (LISTS.contains(name)) {
                return density > 0.5;
            }
            if (name.equals("blockquote")) {
                return false; // embedded posts quote their links
            }
            return density > 0.85 || (density > 0.6 && stats.text(e) < SHORT_BLOCK);
        }

        private boolean isDataTable(Element table) {
            return table.selectFirst("table table, p, div, ul, ol, blockquote, h1, h2, h3") == null
                    && table.selectFirst("tr") != null;
        }

        private void append(String text) {
            if (pre > 0) {
                buf.append(text);
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    int n = buf.length();
                    if (n > 0 && buf.charAt(n - 1) != ' ' && buf.charAt(n - 1) != '\n') {
                        buf.append(' ');
                    }
                } else {
                    buf.append(c);
                }
            }
        }

        private void newline() {
            int n = buf.length();
            while (n > 0 && buf.charAt(n - 1) == ' ') {
                buf.setLength(--n);
            }
            if (n > 0 && buf.charAt(n - 1) != '\n') {
                buf.append('\n');
            }
        }

        private void endRow() {
            String row = buf.toString().strip();
            buf.setLength(0);
            cells = 0;
            if (!row.isEmpty() && !row.replace("|", "").isBlank()) {
                rows.add(row);
            }
        }

        private void flush() {
            if (dataTable > 0) {
                return;
            }
            String text = buf.toString().strip();
            if (pre == 0 && text.indexOf('\n') >= 0) {
                text = LINE_EDGES.matcher(text).replaceAll("\n");
            }
            buf.setLength(0);
            if (!text.isEmpty()) {
                out.add(new Block(text, kind));
            }
            kind = Block.Kind.PARAGRAPH;
        }
    }
}
