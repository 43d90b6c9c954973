package org.storyline.language;

import java.util.List;

/**
 * What the language stage reads in one text (a dispatch): sentences and tokens, names, temporal expressions
 * normalised against the dispatch's date, and quantities.
 */
public record Annotated(List<Sentence> sentences, List<Name> names, List<Timex> times, List<Quantity> quantities) {
    public Annotated {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
