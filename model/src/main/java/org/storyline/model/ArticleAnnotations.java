package org.storyline.model;

import java.util.List;

/** What the language stage read in one article: its size in sentences and tokens, names, times and counts. */
public record ArticleAnnotations(String article, int sentences, int tokens, List<NameMention> names,
                                 List<TimeMention> times, List<CountMention> counts) {
    public ArticleAnnotations {
        Checks.id(article, 'a', "annotations article");
        Checks.notNegative(sentences, "sentence count");
        Checks.notNegative(tokens, "token count");
        names = Checks.list(names, "names");
        times = Checks.list(times, "times");
        counts = Checks.list(counts, "counts");
        for (NameMention n : names) {
            same(n.article(), article);
        }
        for (TimeMention t : times) {
            same(t.article(), article);
        }
        for (CountMention c : counts) {
            same(c.article(), article);
        }
    }

    private static void same(String mentionArticle, String article) {
        if (!mentionArticle.equals(article)) {
            throw new IllegalArgumentException("a mention of article " + mentionArticle + " cannot be among the annotations of " + article);
        }
    }

    public static ArticleAnnotations empty(String article) {
        return new ArticleAnnotations(article, 0, 0, List.of(), List.of(), List.of());
    }
}
