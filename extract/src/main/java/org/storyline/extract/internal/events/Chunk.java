package org.storyline.extract.internal.events;

/**
 * A run of tokens that acts as one unit in a sentence: a noun phrase, a verb group, a preposition, a conjunction, a
 * subordinator, punctuation or anything else.
 *
 * @param from     first token
 * @param to       token after the last
 * @param head     the noun of a noun phrase, the main verb of a verb group, else {@code from}
 * @param passive  for a verb group: passive voice ("was killed", or a bare participle after a noun: "drones launched")
 * @param genitive for a noun phrase: it ends in 's and owns the next one ("Russia's attack")
 */
record Chunk(Kind kind, int from, int to, int head, boolean passive, boolean genitive) {
    enum Kind { NP, VG, PREP, CONJ, SUB, COMMA, PUNCT, OTHER }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean contains(int token) {
        return from <= token && token < to;
    }
}
