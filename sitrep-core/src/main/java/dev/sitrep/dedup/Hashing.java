package dev.sitrep.dedup;

/** 64-bit mixing for token and shingle hashes (the finaliser of SplitMix64: fast, well distributed). */
final class Hashing {
    /** The 64-bit FNV prime, folding one character into a word's running hash. */
    static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The hash {@link Tokens} gives a lower-case word. */
    static long word(String w) {
        long h = 0;
        int len = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
            len++;
        }
        return mix(h ^ len);
    }
}
