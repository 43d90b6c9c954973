package org.storyline.resolve.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The matching key of an organisation's name: folded words, a leading "the" and trailing legal forms ("Inc.",
 * "PJSC", "Group") dropped, each word replaced by its transliteration key, so "Roscosmos" and "Roskosmos", "Wagner
 * Group" and "Wagner", "Gazprom PJSC" and "Gazprom" share one.
 */
public final class OrgName {
    private OrgName() {
    }

    private static final int CACHE_LIMIT = 100_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    public static String key(String name) {
        String cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String key = compute(name);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(name, key);
        return key;
    }

    private static String compute(String name) {
        Lexicon lex = Lexicon.shared();
        List<String> words = new ArrayList<>(List.of(Fold.words(name).split(" ")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        while (words.size() > 1 && lex.isOrgSuffix(words.getLast())) {
            words.removeLast();
        }
        if (words.size() > 1 && words.getLast().equals("s")) {
            words.removeLast();
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.chars().allMatch(Character::isLetter) ? Skeleton.of(w) : w);
        }
        return b.toString();
    }
}
