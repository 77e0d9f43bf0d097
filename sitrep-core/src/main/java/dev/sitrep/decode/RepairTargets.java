package dev.sitrep.decode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a repaired sequence may decode to, and which characters betray a mis-decoded pair. Both tables are
 * data ({@code decoded-ranges.txt}, {@code suspicious-continuations.txt}), loaded once.
 */
final class RepairTargets {
    /** The evidence a decoded code point needs before Sitrep believes the repair. */
    enum Target { REJECT, PLAIN, SYMBOL, CHAIN, COMBINING, CONTROL }

    private static final byte[] BMP = new byte[65536];
    private static final Target[] TARGETS = Target.values();
    private static final boolean[] SUSPICIOUS = new boolean[65536];
    private static final int[][] ASTRAL; // {first, last, ordinal} ranges beyond the BMP

    static {
        Arrays.fill(BMP, (byte) Target.REJECT.ordinal());
        java.util.List<int[]> astral = new java.util.ArrayList<>();
        for (String line : lines("decoded-ranges.txt")) {
            String[] parts = line.split("\\s+");
            String[] range = parts[0].split("-");
            int first = Integer.parseInt(range[0], 16);
            int last = Integer.parseInt(range[1], 16);
            Target t = Target.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
            if (first > 0xFFFF) {
                astral.add(new int[] {first, last, t.ordinal()});
            } else {
                Arrays.fill(BMP, first, last + 1, (byte) t.ordinal());
            }
        }
        ASTRAL = astral.toArray(new int[0][]);
        for (String line : lines("suspicious-continuations.txt")) {
            line.chars().forEach(c -> SUSPICIOUS[c] = true);
        }
        for (char c = 0x80; c < 0xA0; c++) {
            SUSPICIOUS[c] = true;
        }
    }

    private RepairTargets() {
    }

    static Target of(int codePoint) {
        if (codePoint <= 0xFFFF) {
            return TARGETS[BMP[codePoint]];
        }
        for (int[] r : ASTRAL) {
            if (codePoint >= r[0] && codePoint <= r[1]) {
                return TARGETS[r[2]];
            }
        }
        return Target.REJECT;
    }

    /** Whether {@code c} after a letter is itself evidence of a mis-decoded pair. */
    static boolean suspiciousAfterLetter(char c) {
        return SUSPICIOUS[c];
    }

    private static java.util.List<String> lines(String resource) {
        try (InputStream in = RepairTargets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
