package org.storyline.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.stories.internal.NearDuplicates;
import org.storyline.stories.internal.Words;

/**
 * Near-duplicate and syndication detection: a wire story reprinted by forty outlets is one origin, not forty
 * confirmations.
 *
 * <p>Texts whose word 5-shingles have an (estimated) Jaccard similarity at or above the threshold (0.8 by default)
 * share an origin, as do copies of copies. MinHash with LSH banding finds the candidates, so adding a text costs the
 * same however many came before. An origin is named by its earliest member: least date (undated last), then least
 * article id; so the grouping and the names do not depend on the order texts arrive in. Not thread-safe.
 */
public final class Syndication {
    /** The default Jaccard similarity of word shingles from which two texts are copies of one origin. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    private final NearDuplicates duplicates;

    public Syndication() {
        this(DEFAULT_THRESHOLD);
    }

    public Syndication(double threshold) {
        this.duplicates = new NearDuplicates(threshold);
    }

    /** Adds an article (title and text) and returns the id of its origin so far. */
    public String add(StoryArticle article) {
        int i = duplicates.add(article.id(), orderKey(article), NearDuplicates.signature(Words.of(fullText(article)).hashes()));
        return duplicates.id(duplicates.find(i));
    }

    /** Adds an undated text and returns the id of its origin so far. */
    public String add(String articleId, String text) {
        return add(StoryArticle.of(articleId, text));
    }

    /** The id of the earliest article the given one is a copy of (itself when it is an original). */
    public String origin(String articleId) {
        return duplicates.id(duplicates.find(index(articleId)));
    }

    /** Every origin with its copies, both in id order. */
    public Map<String, List<String>> origins() {
        Map<String, List<String>> out = new TreeMap<>();
        for (int i = 0; i < duplicates.size(); i++) {
            out.computeIfAbsent(duplicates.id(duplicates.find(i)), k -> new ArrayList<>()).add(duplicates.id(i));
        }
        out.values().forEach(list -> list.sort(null));
        return out;
    }

    /** How many independent origins the given articles come from (all must have been added). */
    public int independentOrigins(Collection<String> articleIds) {
        Set<Integer> roots = new HashSet<>();
        for (String id : articleIds) {
            roots.add(duplicates.find(index(id)));
        }
        return roots.size();
    }

    private int index(String articleId) {
        Integer i = duplicates.indexOf(articleId);
        if (i == null) {
            throw new IllegalArgumentException("unknown article (never added): " + articleId);
        }
        return i;
    }

    static String orderKey(StoryArticle a) {
        return a.date() == null ? "~" : a.date().value();
    }

    static String fullText(StoryArticle a) {
        return a.title() == null || a.title().isBlank() ? a.text() : a.title() + "\n" + a.text();
    }
}
