package org.storyline.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of search hits, the number of all matches, and facet counts over all matches.
 *
 * @param total  how many articles and quotes match (not only this page)
 * @param hits   this page of hits, in the requested order
 * @param facets counts by dimension ({@link #FACETS}: kind, type, outlet, country, entity, month), each dimension present
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    /** The facet dimensions, in the order results carry them. */
    public static final List<String> FACETS = List.of("kind", "type", "outlet", "country", "entity", "month");

    public SearchResults {
        if (total < 0) {
            throw new IllegalArgumentException("search total must not be negative: " + total);
        }
        hits = List.copyOf(hits);
        if (hits.size() > total) {
            throw new IllegalArgumentException("search hits must not outnumber the total: hits=" + hits.size() + ", total=" + total);
        }
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(facets, "search facets must not be null").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** No hits and empty facets. */
    public static SearchResults empty() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach(f -> facets.put(f, List.of()));
        return new SearchResults(0, List.of(), facets);
    }
}
