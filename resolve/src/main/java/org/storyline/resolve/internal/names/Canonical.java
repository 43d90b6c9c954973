package org.storyline.resolve.internal.names;

import java.util.Map;
import org.storyline.model.EntityType;

/**
 * The canonical name among the forms an entity is written in: the most frequent full form (a person's given name
 * and surname; an organisation's long form rather than its acronym), ties to the longest, then alphabetical.
 */
public final class Canonical {
    private Canonical() {
    }

    public static String choose(EntityType type, Map<String, Integer> counts) {
        String best = null;
        int bestRank = -1;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String form = e.getKey();
            int rank = switch (type) {
                case PERSON -> PersonName.parse(form).isFull() ? 1 : 0;
                case ORG -> DocumentResolver.acronymLike(form) ? 0 : 1;
                default -> 0;
            };
            int count = e.getValue();
            if (best == null || rank > bestRank || (rank == bestRank && (count > bestCount
                    || (count == bestCount && (form.length() > best.length()
                    || (form.length() == best.length() && form.compareTo(best) < 0)))))) {
                best = form;
                bestRank = rank;
                bestCount = count;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("an entity needs at least one written form");
        }
        return best;
    }
}
