package dev.sitrep.extract;

import java.util.Set;

/** Element names grouped by what they mean for extraction. */
final class Tags {
    private Tags() {
    }

    /** Never page text: scripts, styles, embedded media and form controls. */
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "picture", "button", "select", "textarea",
            "input", "option", "head", "link", "meta", "map", "dialog");

    /** Structural chrome: navigation, asides, page header and footer, forms, menus, photo captions and credits. */
    static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header", "form", "menu", "fieldset",
            "figcaption");

    /** ARIA roles of chrome landmarks. */
    static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "tablist");

    /** Elements that start and end a paragraph. */
    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "details", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
            "tfoot", "tr", "ul", "summary", "caption", "center", "body", "html", "menu", "td", "th");

    /** Headings. */
    static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
}
