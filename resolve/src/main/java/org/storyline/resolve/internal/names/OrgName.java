package org.storyline.resolve.internal.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The matching key of an organisation's name: folded words, a leading "the" and trailing legal forms ("Inc.",
 * "PJSC", "Group") dropped, each word replaced by its transliteration key, so "Roscosmos" and "Roskosmos", "Wagner
 * Group" and "Wagner", "Gazprom PJSC" and "Gazprom" share one.
 */
public final class OrgName {
    private OrgName() {
    }

    public static String key(String name) {
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
