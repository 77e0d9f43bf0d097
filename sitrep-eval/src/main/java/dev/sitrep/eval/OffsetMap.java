package dev.sitrep.eval;

import java.util.Arrays;

/**
 * Maps offsets in a text the pipeline rewrote (cleaned whitespace, dropped lines) back to the original text the
 * gold annotations index: characters are matched in order, whitespace is allowed to differ, and after a dropped
 * stretch the mapping resynchronises on the next 16 characters.
 */
final class OffsetMap {
    private final int[] map;

    OffsetMap(String rewritten, String original) {
        map = new int[rewritten.length() + 1];
        Arrays.fill(map, -1);
        int i = 0;
        int j = 0;
        while (i < rewritten.length()) {
            char c = rewritten.charAt(i);
            if (j < original.length() && c == original.charAt(j)) {
                map[i++] = j++;
            } else if (Character.isWhitespace(c)) {
                map[i++] = j;
            } else if (j < original.length() && Character.isWhitespace(original.charAt(j))) {
                j++;
            } else {
                int k = original.indexOf(rewritten.substring(i, Math.min(rewritten.length(), i + 16)), j);
                if (k >= 0) {
                    j = k;
                } else {
                    i++;
                }
            }
        }
        map[rewritten.length()] = j;
    }

    /** The original offset of {@code i}, or -1 when the character has no counterpart. */
    int at(int i) {
        return i >= 0 && i < map.length ? map[i] : -1;
    }

    /** The original span of {@code [s, e)}, or null. */
    int[] span(int s, int e) {
        if (e <= s) {
            return null;
        }
        int a = at(s);
        int b = at(e - 1);
        return a < 0 || b < a ? null : new int[] {a, b + 1};
    }
}
