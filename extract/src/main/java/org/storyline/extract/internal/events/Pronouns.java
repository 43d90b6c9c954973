package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.language.Name;
import org.storyline.model.Span;

/** Personal pronouns of a dispatch resolved to the person last named before them. Confined to one reading. */
final class Pronouns {
    private final List<Name> persons = new ArrayList<>();
    private final List<Span> sentenceSpans;

    /** @param sentenceSpans the dispatch's sentences, filled as it is read */
    Pronouns(List<Name> names, List<Span> sentenceSpans) {
        for (Name n : names) {
            if (n.type() == Name.Type.PERSON) {
                persons.add(n);
            }
        }
        persons.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        this.sentenceSpans = sentenceSpans;
    }

    /** "him", "her": the last person named before, within three sentences; null for anything else. */
    String resolve(Tokens t, int token) {
        String w = t.lower[token];
        if (!Set.of("he", "him", "she", "her", "his").contains(w)) {
            return null;
        }
        int at = t.start[token];
        int limit = sentenceSpans.get(Math.max(0, t.index - 3)).start();
        Name best = null;
        for (Name n : persons) {
            if (n.span().start() >= at) {
                break;
            }
            if (n.span().start() >= limit) {
                best = n;
            }
        }
        return best == null ? null : best.text();
    }
}
