package org.storyline.resolve.internal.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists name resolution reads: titles, role words, countries and demonyms, given-name equivalences,
 * surname particles, organisation suffixes and surname-first family names. Loaded once from the resources in
 * {@code org/storyline/resolve/names}.
 */
public final class Lexicon {
    /** What a title written before a name is. */
    public enum TitleKind { RANK, HONORIFIC, ADDRESS, OFFICE }

    /** A title as written ("Lt. Gen."), split into folded words, with its expansion and kind. */
    public record Title(List<String> words, String expansion, TitleKind kind) {
    }

    private static final Lexicon SHARED = new Lexicon();

    private final Map<String, Title> titlesByPhrase = new HashMap<>();
    private int longestTitle = 1;
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> roleHeads = new HashSet<>();
    private final Set<String> roleModifiers = new HashSet<>();
    private final Map<String, String> demonymOf = new HashMap<>();
    private final Map<String, String> countryOfDemonym = new HashMap<>();
    private final Map<String, Integer> givenGroup = new HashMap<>();
    private final Set<String> particles;
    private final Set<String> orgSuffixes;
    private final Set<String> surnameFirst;

    private Lexicon() {
        for (String[] row : rows("titles.tsv", 3)) {
            List<String> words = List.of(row[0].toLowerCase(Locale.ROOT).split(" "));
            Title t = new Title(words, row[1], TitleKind.valueOf(row[2].toUpperCase(Locale.ROOT)));
            titleWords.addAll(words);
            titlesByPhrase.put(String.join(" ", words), t);
            longestTitle = Math.max(longestTitle, words.size());
        }
        for (String[] row : rows("roles.tsv", 2)) {
            (row[1].equals("head") ? roleHeads : roleModifiers).add(row[0]);
        }
        for (String[] row : rows("demonyms.tsv", 2)) {
            String country = row[0];
            String demonym = row[1];
            demonymOf.put(country.toLowerCase(Locale.ROOT), demonym);
            countryOfDemonym.put(demonym.toLowerCase(Locale.ROOT), country);
            if (row.length > 2) {
                for (String other : row[2].split(",")) {
                    if (!other.isBlank()) {
                        demonymOf.put(other.trim().toLowerCase(Locale.ROOT), demonym);
                    }
                }
            }
        }
        int group = 0;
        for (String[] row : rows("given-names.tsv", 2)) {
            group++;
            for (String name : row) {
                if (name.isBlank()) {
                    continue;
                }
                givenGroup.put(Skeleton.of(Fold.letters(name)), group);
            }
        }
        particles = words("particles.txt");
        orgSuffixes = words("org-suffixes.txt");
        surnameFirst = words("surname-first.txt");
    }

    public static Lexicon shared() {
        return SHARED;
    }

    /** The longest title written as {@code lowerWords[start..]}, or null. */
    public Title titleAt(List<String> lowerWords, int start) {
        for (int len = Math.min(longestTitle, lowerWords.size() - start); len >= 1; len--) {
            Title t = titlesByPhrase.get(String.join(" ", lowerWords.subList(start, start + len)));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    public boolean isTitleWord(String lowerWord) {
        return titleWords.contains(lowerWord);
    }

    public boolean isRoleHead(String lowerWord) {
        return roleHeads.contains(lowerWord);
    }

    public boolean isRoleWord(String lowerWord) {
        return roleHeads.contains(lowerWord) || roleModifiers.contains(lowerWord);
    }

    /** The demonym for a country name or a demonym itself ("Russia", "Russian", "U.S."), or null. */
    public String demonym(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String d = demonymOf.get(w);
        if (d != null) {
            return d;
        }
        String country = countryOfDemonym.get(w);
        return country == null ? null : demonymOf.get(country.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a demonym ("Russian"), not a country name. */
    public boolean isDemonym(String word) {
        return countryOfDemonym.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The equivalence group of a given name's key ("Volodymyr" and "Vladimir" share one), or 0. */
    public int givenGroup(String key) {
        return givenGroup.getOrDefault(key, 0);
    }

    public boolean isParticle(String foldedWord) {
        return particles.contains(foldedWord);
    }

    public boolean isOrgSuffix(String foldedWord) {
        return orgSuffixes.contains(foldedWord);
    }

    public boolean isSurnameFirst(String foldedWord) {
        return surnameFirst.contains(foldedWord);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(resource, 1)) {
            out.add(row[0].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<String[]> rows(String resource, int minColumns) {
        String path = "/org/storyline/resolve/names/" + resource;
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns || cols[0].isBlank()) {
                    throw new IllegalStateException(path + " line " + number + " needs " + minColumns
                            + " tab-separated columns: " + line);
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }
}
