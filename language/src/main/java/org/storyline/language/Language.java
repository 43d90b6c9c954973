package org.storyline.language;

import java.util.List;
import org.storyline.language.internal.NameTagger;
import org.storyline.model.PartialDate;

/**
 * The language stage's front door: sentences, tokens and names (Stanford CoreNLP's CRF tagger, with its caseless
 * twin for ALL-CAPS wire text), temporal expressions anchored at the dispatch's own date, and quantities.
 *
 * <p>Models load once per process ({@link #shared()}) and are shared by all threads; annotating is thread-safe.
 */
public final class Language {
    private static volatile Language shared;

    private final NameTagger names;
    private final TemporalTagger times = TemporalTagger.english();
    private final QuantityFinder quantities = QuantityFinder.english();

    private Language(NameTagger names) {
        this.names = names;
    }

    /** The process-wide instance, loading the models on first use (a few seconds). */
    public static Language shared() {
        Language l = shared;
        if (l == null) {
            synchronized (Language.class) {
                l = shared;
                if (l == null) {
                    l = new Language(NameTagger.load());
                    shared = l;
                }
            }
        }
        return l;
    }

    /**
     * Annotates one text.
     *
     * @param anchor the date of the dispatch the text is, or null when unknown (relative dates then stay unresolved)
     */
    public Annotated annotate(String text, PartialDate anchor) {
        List<Timex> found = times.find(text, anchor);
        NameTagger.Tagged tagged = names.tag(text, found.stream().map(Timex::span).toList());
        return new Annotated(tagged.sentences(), tagged.names(), found, quantities.find(text));
    }

    /**
     * CoNLL-style labels (PERSON, ORGANIZATION, LOCATION, MISC or O) for a sentence given as tokens, for evaluation
     * on gold tokenisation.
     */
    public List<String> labels(List<String> words) {
        return names.labels(words);
    }
}
