package org.storyline.extract.internal.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.language.Annotated;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.StableId;

/**
 * The English quote rules: quotations and attributions found on the language stage's tokens and names, speakers
 * resolved, hedges attached, one {@link Quote} for each part of what was said.
 *
 * <p>Please don't depend on this class: use {@code org.storyline.extract.quotes.QuoteFinder}.
 */
public final class QuoteRules {
    private QuoteRules() {
    }

    public static List<Quote> find(String articleId, String text, Annotated annotated) {
        Tokens t = new Tokens(text, annotated);
        List<Attribution> found = Frames.find(t);
        found.sort(Comparator.comparingInt((Attribution f) -> f.unit).thenComparingInt(f -> f.verb));
        Speakers speakers = new Speakers(t);
        Set<Integer> attributed = new HashSet<>();
        for (Attribution f : found) {
            for (int u = f.unit; u <= f.lastUnit; u++) {
                attributed.add(u);
            }
        }
        List<Quote> out = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (Attribution f : found) {
            Speakers.Speaker speaker = speakers.resolve(f);
            String hedge = Hedges.find(t, f, attributed);
            String cue = t.text(f.cueFrom, f.cueTo);
            Span cueSpan = t.span(f.cueFrom, f.cueTo);
            for (Span part : f.parts) {
                String words = part.of(text);
                if (words.isBlank() || !seen.add(part)) {
                    continue;
                }
                out.add(new Quote(StableId.of('q', articleId, part.start(), part.end()), null, speaker.text(), words,
                        f.quoted.contains(part), cue, hedge, articleId, part, speaker.span(), cueSpan));
            }
        }
        out.sort(Comparator.comparingInt((Quote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
        return List.copyOf(out);
    }
}
