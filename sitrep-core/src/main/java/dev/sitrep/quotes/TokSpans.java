package dev.sitrep.quotes;

import java.util.List;

/** Counts and bounds over a stretch of a unit's tokens, {@code s} to {@code e} inclusive. */
final class TokSpans {
    private TokSpans() {
    }

    /** Where the words of a token end: a quotation's before its closing mark. */
    static int contentEnd(Tok last) {
        return last.isQuote() ? last.quote().contentEnd() : last.end();
    }

    /** How many word tokens of narration. */
    static int words(List<Tok> t, int s, int e) {
        int n = 0;
        for (int i = s; i <= e && i < t.size(); i++) {
            if (t.get(i).word()) {
                n++;
            }
        }
        return n;
    }

    /** How many words the quotations hold. */
    static int quotedWords(String text, List<Tok> t, int s, int e) {
        int n = 0;
        for (int i = s; i <= e && i < t.size(); i++) {
            n += t.get(i).isQuote() ? t.get(i).quote().words(text) : 0;
        }
        return n;
    }

    /** Whether one of {@code marks} stands there. */
    static boolean hasPunct(List<Tok> t, int s, int e, String marks) {
        for (int i = s; i <= e && i < t.size(); i++) {
            if (t.get(i).punct(marks)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation stands there. */
    static boolean hasQuote(List<Tok> t, int s, int e) {
        for (int i = s; i <= e && i < t.size(); i++) {
            if (t.get(i).isQuote()) {
                return true;
            }
        }
        return false;
    }

    /** Dashes that set an aside apart ("Brandt — a skipper — said"). */
    static final String DASHES = "―—–";
    /** An aside between dashes holds at most this many tokens. */
    private static final int ASIDE_MAX = 16;

    /** The opening dash of the aside whose closing dash is at {@code close}, or -1 (no quotation, no sentence end between). */
    static int dashBefore(List<Tok> t, int close) {
        for (int i = close - 1; i >= Math.max(0, close - ASIDE_MAX); i--) {
            Tok x = t.get(i);
            if (x.punct(DASHES)) {
                return i < close - 1 ? i : -1;
            }
            if (x.isQuote() || x.punct(".;:")) {
                return -1;
            }
        }
        return -1;
    }

    /** The closing dash of the aside opening at {@code open}, or -1 (no quotation, no sentence end between). */
    static int dashAfter(List<Tok> t, int open) {
        for (int i = open + 1; i < Math.min(t.size(), open + ASIDE_MAX); i++) {
            Tok x = t.get(i);
            if (x.punct(DASHES)) {
                return i > open + 1 ? i : -1;
            }
            if (x.isQuote() || x.punct(".;:")) {
                return -1;
            }
        }
        return -1;
    }
}
