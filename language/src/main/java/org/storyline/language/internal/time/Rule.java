package org.storyline.language.internal.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.language.Timex;

/**
 * One pattern of temporal expression with the function that types and normalises what it matches.
 *
 * @param name       for tests and error analysis
 * @param pattern    matched at the start of a word, anchored there
 * @param normaliser returns the expression, or null to reject the match (a year that is a quantity)
 * @param groups     the names of the pattern's groups
 * @param first      for each ASCII character, whether a match can begin with it
 */
record Rule(String name, Pattern pattern, Normaliser normaliser, Set<String> groups, boolean[] first) {
    /** Types and normalises a match; null rejects it. */
    @FunctionalInterface
    interface Normaliser {
        Timex apply(Found found);
    }

    static Rule of(String name, String template, Normaliser normaliser) {
        Pattern pattern = Grammar.compile(template);
        return new Rule(name, pattern, normaliser, Set.copyOf(pattern.namedGroups().keySet()), firstCharacters(pattern));
    }

    /** Whether a match can begin with {@code c}; characters outside ASCII are always tried. */
    boolean canStartWith(char c) {
        return c >= 128 || first[c];
    }

    /**
     * The ASCII characters a match can begin with: those on which the pattern matches or runs out of input. A pattern
     * that looks behind its start could begin anywhere.
     */
    private static boolean[] firstCharacters(Pattern pattern) {
        boolean[] first = new boolean[128];
        boolean looksBehind = pattern.pattern().startsWith("(?<=") || pattern.pattern().startsWith("(?<!");
        for (char c = 0; c < 128; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            first[c] = looksBehind || m.lookingAt() || m.hitEnd();
        }
        return first;
    }
}
