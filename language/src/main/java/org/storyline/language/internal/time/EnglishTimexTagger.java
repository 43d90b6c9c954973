package org.storyline.language.internal.time;

import java.util.List;
import org.storyline.language.TemporalTagger;
import org.storyline.language.Timex;
import org.storyline.model.PartialDate;

/** Rule-based English temporal tagger and normaliser (placeholder until the rules land). */
public final class EnglishTimexTagger implements TemporalTagger {
    public static final EnglishTimexTagger INSTANCE = new EnglishTimexTagger();

    private EnglishTimexTagger() {
    }

    @Override
    public List<Timex> find(String text, PartialDate anchor) {
        return List.of();
    }
}
