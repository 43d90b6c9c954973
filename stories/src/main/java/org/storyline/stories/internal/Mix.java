package org.storyline.stories.internal;

/** Bit mixing for hashes (the finaliser of SplitMix64). */
final class Mix {
    private Mix() {
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
