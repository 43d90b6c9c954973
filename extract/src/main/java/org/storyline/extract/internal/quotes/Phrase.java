package org.storyline.extract.internal.quotes;

/**
 * A noun phrase as a token range [from, to) with its head token; for a speaker, optionally an apposition naming the
 * same speaker ("Dmitry Peskov, the Kremlin spokesman,").
 */
record Phrase(int from, int to, int head, int appositionFrom, int appositionTo) {
    Phrase(int from, int to, int head) {
        this(from, to, head, -1, -1);
    }

    Phrase withApposition(int start, int end) {
        return new Phrase(from, to, head, start, end);
    }

    boolean hasApposition() {
        return appositionFrom >= 0 && appositionTo > appositionFrom;
    }

    /** The first token of the phrase and its apposition. */
    int first() {
        return hasApposition() ? Math.min(from, appositionFrom) : from;
    }

    /** Just after the last token of the phrase and its apposition. */
    int last() {
        return hasApposition() ? Math.max(to, appositionTo) : to;
    }
}
