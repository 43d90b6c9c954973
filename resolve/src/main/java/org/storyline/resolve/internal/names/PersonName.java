package org.storyline.resolve.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A person's name split into words for matching: titles, possessives, generational suffixes and surname particles
 * taken off, each word folded to ASCII and given its transliteration key.
 *
 * <p>The given name is the first word and the surname the last, except for East Asian names written surname first
 * ("Xi Jinping", "Kim Jong Un"), recognised by a known family name followed by words that read as romanised
 * syllables. Words in between (patronymics, middle names, second surnames) are kept: a shorter form of the name
 * matches when its words are found among them.
 *
 * @param display the name as written, less titles and possessive
 * @param parts   the name's words in order
 * @param junior  whether the name ends in "Jr." (a son is not his father)
 */
public record PersonName(String display, List<Part> parts, boolean surnameFirst, boolean junior) {
    /** One word of a name: folded letters, transliteration key, and whether it is an initial ("V."). */
    public record Part(String letters, String key, boolean initial) {
    }

    private static final Pattern SYLLABLES = Pattern.compile(
            "(?:(?:zh|ch|sh|th|tr|ph|gi|kh|nh|ng|[bpmfdtnlgkhjqxrzcsywv])?[aeiouy]{1,3}(?:ng|n)?)+");
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]");
    private static final Pattern TRAILING_COMMAS = Pattern.compile(",+$");
    private static final List<String> SUFFIXES = List.of("jr", "sr", "ii", "iii", "iv");
    /** The Arabic article written joined to a name ("al-Assad", "el-Sisi", "ash-Shara"). */
    private static final List<String> ARTICLES = List.of("al", "el", "ul", "as", "ash", "ad", "an", "ar", "at", "az");

    public PersonName {
        parts = List.copyOf(parts);
    }

    private static final int CACHE_LIMIT = 100_000;
    private static final ConcurrentHashMap<String, PersonName> CACHE = new ConcurrentHashMap<>();

    /** Parses a person's name as written; an empty name when nothing name-like is left. */
    public static PersonName parse(String written) {
        PersonName cached = CACHE.get(written);
        if (cached != null) {
            return cached;
        }
        PersonName parsed = parseUncached(written);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(written, parsed);
        return parsed;
    }

    private static PersonName parseUncached(String written) {
        Lexicon lex = Lexicon.shared();
        String text = stripPossessive(written.replace('\u2019', '\'').replace('\u2018', '\'').strip());
        List<String> raw = new ArrayList<>(List.of(Sentences.SPACES.split(text)));
        raw.removeIf(String::isBlank);
        // leading titles, offices and demonyms ("Russian Foreign Minister Sergey Lavrov")
        int start = 0;
        List<String> lower = raw.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        while (start < raw.size() - 1) {
            Lexicon.Title t = lex.titleAt(lower, start);
            if (t != null && start + t.words().size() < raw.size()) {
                start += t.words().size();
                continue;
            }
            String w = raw.get(start);
            String lw = lower.get(start);
            boolean country = lex.isDemonym(w)
                    || (!stripPossessive(w).equals(w) && lex.demonym(stripPossessive(w)) != null);
            if (Character.isUpperCase(w.charAt(0)) && (lex.isRoleWord(lw) || country)) {
                start++;
                continue;
            }
            break;
        }
        int end = raw.size();
        boolean junior = false;
        while (end - start > 1 && SUFFIXES.contains(Fold.letters(raw.get(end - 1)))) {
            junior |= Fold.letters(raw.get(end - 1)).equals("jr");
            end--;
        }
        if (end - start > 1 && raw.get(end - 1).endsWith(",")) {
            raw.set(end - 1, raw.get(end - 1).substring(0, raw.get(end - 1).length() - 1));
        }
        List<String> kept = raw.subList(start, end);
        String display = TRAILING_COMMAS.matcher(String.join(" ", raw.subList(start, raw.size()))).replaceAll("");
        boolean surnameFirst = kept.size() >= 2 && lex.isSurnameFirst(Fold.letters(kept.getFirst()));
        for (int i = 1; surnameFirst && i < kept.size(); i++) {
            for (String piece : HYPHENS.split(kept.get(i))) {
                String l = Fold.letters(piece);
                surnameFirst &= l.length() > 1 && SYLLABLES.matcher(l).matches();
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String w = kept.get(i);
            String[] hyphen = HYPHENS.split(w);
            int from = 0;
            if (hyphen.length > 1 && ARTICLES.contains(Fold.letters(hyphen[0]))) {
                from = 1;
            }
            StringBuilder letters = new StringBuilder();
            for (int h = from; h < hyphen.length; h++) {
                letters.append(Fold.letters(hyphen[h]));
            }
            if (letters.isEmpty()) {
                continue;
            }
            String l = letters.toString();
            boolean last = i == kept.size() - 1;
            boolean lowerCase = Character.isLowerCase(w.charAt(0));
            if (!surnameFirst && !last && (i > 0 || lowerCase) && lex.isParticle(l) && hyphen.length == 1) {
                continue;
            }
            parts.add(new Part(l, Skeleton.of(l), l.length() == 1));
        }
        if (surnameFirst) {
            // "Xi Jin Ping": the given name is the syllables after the family name, joined, and compared as spelled:
            // romanised syllables have one spelling each (Jing and Ying are two names)
            StringBuilder given = new StringBuilder();
            for (Part p : parts.subList(1, parts.size())) {
                given.append(p.letters());
            }
            String g = given.toString();
            parts = List.of(parts.getFirst(), new Part(g, g, false));
        }
        return new PersonName(display, parts, surnameFirst, junior);
    }

    /** The text without a trailing possessive ("Putin's", "Jones'"). */
    public static String stripPossessive(String text) {
        String t = text.replace('\u2019', '\'');
        if (t.endsWith("'s") || t.endsWith("'S")) {
            return text.substring(0, text.length() - 2);
        }
        if (t.endsWith("s'")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Whether the name has a given name as well as a surname. */
    public boolean isFull() {
        return parts.size() >= 2;
    }

    /** The given name, or null for a surname alone. */
    public Part given() {
        if (!isFull()) {
            return null;
        }
        return surnameFirst ? parts.get(1) : parts.getFirst();
    }

    public Part surname() {
        return surnameFirst ? parts.getFirst() : parts.getLast();
    }

    /** The words other than the given name, in order (middle names, patronymics, surnames). */
    public List<Part> family() {
        if (!isFull()) {
            return parts;
        }
        return surnameFirst ? List.of(parts.getFirst()) : parts.subList(1, parts.size());
    }

    /** The words between given name and surname. */
    public List<Part> middle() {
        return surnameFirst || parts.size() < 3 ? List.of() : parts.subList(1, parts.size() - 1);
    }

    /** A key of the whole name: the parts' keys, space-separated. */
    public String key() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(p.key());
        }
        return b.toString();
    }
}
