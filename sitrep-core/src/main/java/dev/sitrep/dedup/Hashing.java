package dev.sitrep.dedup;

/**
 * Hashes for the copy check. A word's hash is a multilinear hash of its lower-case characters, each
 * multiplied by a random odd constant for its position, summed, then finished by the SplitMix64 mixer.
 * Unlike a character-by-character chain (FNV, polynomial), the multiplications do not wait on each other,
 * so {@link Tokens} hashes a text at a few cycles per character; two different words of up to
 * {@link #POSITIONS} characters collide only when their character differences happen to cancel modulo
 * 2<sup>64</sup>, which random odd constants make vanishingly rare.
 */
final class Hashing {
    /** Distinct position constants; longer words reuse them cyclically. */
    static final int POSITIONS = 32;
    /** Per position in a word, an odd 64-bit constant (SplitMix64 outputs from a fixed seed). */
    static final long[] POSITION = new long[POSITIONS];

    static {
        long state = 0x5172_6570_2d63_6f70L;
        for (int i = 0; i < POSITIONS; i++) {
            state += 0x9E37_79B9_7F4A_7C15L;
            POSITION[i] = mix(state) | 1;
        }
    }

    private Hashing() {
    }

    /** The finaliser of SplitMix64: fast and well distributed. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A word's hash from its positional sum and length. */
    static long finish(long sum, int length) {
        return mix(sum ^ length);
    }

    /** The hash {@link Tokens} gives a word: lower-cased, apostrophes dropped. */
    static long word(String w) {
        long h = 0;
        int len = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            h += Character.toLowerCase(c) * POSITION[len & (POSITIONS - 1)];
            len++;
        }
        return finish(h, len);
    }
}
