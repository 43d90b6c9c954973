package org.storyline.resolve.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier facts written next to a person's name: the titles and role before it ("Russian Foreign Minister Sergey
 * Lavrov"), and the apposition after it ("Alekseyev, 64, a deputy head of Russia's military intelligence arm,").
 * Pattern-based: each finding is what the words say, never inferred.
 */
public final class Dossier {
    /** A fact and where its words are: key ("title", "role", "nationality", "age"), value, span of the words. */
    public record Fact(String key, String value, int start, int end) {
    }

    /**
     * What stands before a name.
     *
     * @param aliasStart where a title form of the name starts ("Lt. Gen." in "Lt. Gen. Vladimir Alexeyev"), or -1
     * @param chainStart where the whole pre-modifier starts, or the name's start when there is none
     */
    public record Before(int aliasStart, int chainStart, List<Fact> facts) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-’']*");
    private static final Set<String> STOP = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "from", "with",
            "and", "but", "or", "to", "as", "after", "before", "when", "while", "according", "his", "her", "their",
            "its", "this", "that", "these", "those", "if", "since", "during", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "yesterday", "today", "meanwhile", "then");
    /** Words that, after a comma, start the sentence's predicate: they close an apposition. */
    static final Set<String> VERBS = Set.of("was", "is", "were", "are", "has", "had", "have", "will", "would", "could",
            "can", "may", "might", "must", "should", "said", "says", "told", "tells", "added", "adds", "called", "calls",
            "claimed", "claims", "died", "dies", "remains", "remained", "became", "becomes", "did", "does", "also",
            "wrote", "writes", "argued", "insisted", "denied", "confirmed", "announced", "stated", "noted", "explained",
            "warned", "urged", "who", "which", "later", "reportedly", "allegedly", "appeared", "appears");
    private static final Pattern AGE = Pattern.compile("^\\s*,\\s*(\\d{1,3})\\s*(?=[,.;])|^\\s*\\((\\d{1,3})\\)");
    private static final Pattern RELATIVE = Pattern.compile(
            "^who\\s+(?:was|is|had been|has been|serves as|served as|became|becomes|is now)\\s+(.+)$");
    private static final Pattern HEADS = Pattern.compile("^who\\s+heads?\\s+(.+)$");
    private static final Pattern COMMA = Pattern.compile("^\\s*,\\s+");
    private static final Pattern TRAILING = Pattern.compile("[.\"”’]+$");
    private static final Pattern PUNCTUATION_END = Pattern.compile("[,.;:]+$");
    private static final Pattern OF_COUNTRY = Pattern.compile("\\bof (?:the )?([A-Z][\\p{L}.]*(?:[’']s)?)");
    private static final Pattern DETERMINER = Pattern.compile("^(?:a|an|the|his|her|its)\\s+", Pattern.CASE_INSENSITIVE);

    private Dossier() {
    }

    /** Titles, role and nationality written right before the name at {@code nameStart}. */
    public static Before before(String text, int sentenceStart, int nameStart) {
        Lexicon lex = Lexicon.shared();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(sentenceStart, nameStart);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        // the run of words right before the name, joined by spaces only
        int first = words.size();
        int limit = nameStart;
        for (int i = words.size() - 1; i >= 0; i--) {
            int[] w = words.get(i);
            if (!text.substring(w[1], limit).isBlank() || limit - w[1] > 2) {
                break;
            }
            String word = text.substring(w[0], w[1]);
            if (!allowed(lex, word, i == first - 1)) {
                break;
            }
            first = i;
            limit = w[0];
        }
        while (first < words.size() && text.substring(words.get(first)[0], words.get(first)[1]).equals("of")) {
            first++;
        }
        if (first >= words.size()) {
            return new Before(-1, nameStart, List.of());
        }
        List<String> chain = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (int i = first; i < words.size(); i++) {
            String w = text.substring(words.get(i)[0], words.get(i)[1]);
            chain.add(w);
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        if (first > 0 && chain.stream().noneMatch(Dossier::capitalised)) {
            // "the nerve agent Novichok": a lower-case role word ending a longer common noun phrase is no title
            int[] prev = words.get(first - 1);
            String p = text.substring(prev[0], prev[1]);
            if (text.substring(prev[1], words.get(first)[0]).isBlank() && Character.isLowerCase(p.charAt(0))
                    && !STOP.contains(p) && !VERBS.contains(p)) {
                return new Before(-1, nameStart, List.of());
            }
        }
        String last = lower.getLast();
        boolean endsInTitle = lex.isTitleWord(last) || lex.isRoleHead(PersonName.stripPossessive(last).replace(".", ""));
        if (!endsInTitle || !PersonName.stripPossessive(chain.getLast()).equals(chain.getLast())) {
            return new Before(-1, nameStart, List.of());
        }
        // the nationality starts the chain; capitalised words before it are not part of it ("Friday Russian ...")
        int from = 0;
        String nationality = null;
        for (int i = 0; i < chain.size() - 1; i++) {
            String d = country(lex, chain.get(i));
            if (d != null) {
                nationality = d;
                from = i + 1;
                break;
            }
            if (!Character.isUpperCase(chain.get(i).charAt(0)) || lex.isRoleWord(lower.get(i)) || lex.isTitleWord(lower.get(i))) {
                break;
            }
        }
        List<Fact> facts = new ArrayList<>();
        int chainStart = words.get(first + (nationality == null ? 0 : from - 1))[0];
        if (nationality != null) {
            int[] w = words.get(first + from - 1);
            facts.add(new Fact("nationality", nationality, w[0], w[1]));
        }
        List<String> role = new ArrayList<>();
        int roleStart = -1;
        int roleEnd = -1;
        for (int i = from; i < chain.size(); ) {
            Lexicon.Title t = lex.titleAt(lower, i);
            if (t != null && t.kind() != Lexicon.TitleKind.OFFICE && capitalised(chain.get(i))) {
                if (t.kind() == Lexicon.TitleKind.RANK || t.kind() == Lexicon.TitleKind.HONORIFIC) {
                    facts.add(new Fact("title", t.expansion(), words.get(first + i)[0],
                            words.get(first + i + t.words().size() - 1)[1]));
                }
                i += t.words().size();
                continue;
            }
            if (t != null && t.kind() == Lexicon.TitleKind.OFFICE) {
                role.add(t.expansion());
                i += t.words().size();
            } else {
                role.add(chain.get(i));
                i++;
            }
            if (roleStart < 0) {
                roleStart = words.get(first + i - 1)[0];
            }
            roleEnd = words.get(first + i - 1)[1];
        }
        boolean hasHead = role.stream().anyMatch(w -> lex.isRoleHead(w.toLowerCase(Locale.ROOT)));
        if (!role.isEmpty() && hasHead) {
            facts.add(new Fact("role", String.join(" ", role), roleStart, roleEnd));
        }
        // the title form: capitalised title and office words right before the name
        int aliasStart = -1;
        for (int i = chain.size() - 1; i >= from; i--) {
            String w = chain.get(i);
            String lw = lower.get(i);
            boolean titleWord = capitalised(w) && (lex.isTitleWord(lw) || lex.isRoleWord(lw.replace(".", "")));
            boolean of = lw.equals("of") && i > from;
            if (!titleWord && !of) {
                break;
            }
            if (titleWord) {
                aliasStart = words.get(first + i)[0];
            }
        }
        return new Before(aliasStart, chainStart, facts);
    }

    /** Age, titles, role and nationality in the apposition after the name ending at {@code nameEnd}. */
    public static List<Fact> after(String text, int nameEnd, int sentenceEnd) {
        Lexicon lex = Lexicon.shared();
        List<Fact> facts = new ArrayList<>();
        String rest = text.substring(nameEnd, sentenceEnd);
        int offset = nameEnd;
        Matcher age = AGE.matcher(rest);
        if (age.find()) {
            String g = age.group(1) != null ? age.group(1) : age.group(2);
            int years = Integer.parseInt(g);
            if (years > 0 && years < 120) {
                int s = age.start(age.group(1) != null ? 1 : 2);
                facts.add(new Fact("age", Integer.toString(years), offset + s, offset + s + g.length()));
            }
            offset += age.end();
            rest = rest.substring(age.end());
        }
        Matcher comma = COMMA.matcher(rest);
        if (!comma.find()) {
            return facts;
        }
        int begin = offset + comma.end();
        String s = rest.substring(comma.end());
        int end = appositionEnd(s);
        String appo = s.substring(0, end).strip();
        appo = TRAILING.matcher(appo).replaceAll("").strip();
        if (appo.isEmpty() || Sentences.SPACES.split(appo).length > 20) {
            return facts;
        }
        Matcher rel = RELATIVE.matcher(appo);
        Matcher heads = HEADS.matcher(appo);
        int shift = 0;
        if (rel.matches()) {
            shift = rel.start(1);
            appo = rel.group(1);
        } else if (heads.matches()) {
            shift = heads.start(1);
            appo = "head of " + heads.group(1);
            shift -= "head of ".length();
        } else if (!appositive(lex, appo)) {
            return facts;
        }
        int at = begin + shift;
        Matcher det = DETERMINER.matcher(appo);
        if (det.find()) {
            at += det.end();
            appo = appo.substring(det.end());
        }
        // "a lieutenant general and deputy head of ...": a rank, then the post
        List<String> parts = List.of(appo.split(" and ", -1));
        int pos = at;
        for (String part : parts) {
            String p = part.strip();
            int partStart = pos;
            pos += part.length() + " and ".length();
            if (p.isEmpty()) {
                continue;
            }
            List<String> lower = List.of(Sentences.SPACES.split(p.toLowerCase(Locale.ROOT)));
            Lexicon.Title t = lex.titleAt(lower, 0);
            if (t != null && t.words().size() == lower.size() && t.kind() == Lexicon.TitleKind.RANK) {
                facts.add(new Fact("title", t.expansion(), partStart, partStart + part.length()));
                continue;
            }
            if (parts.size() > 1 && part != parts.getFirst()) {
                // "X and Y" past the first part is a role only when it starts like one
                String w = lower.getFirst();
                if (!lex.isRoleWord(w) && country(lex, Sentences.SPACES.split(p)[0]) == null) {
                    break;
                }
            }
            role(lex, String.join(" and ", parts.subList(parts.indexOf(part), parts.size())).strip(), partStart, facts);
            break;
        }
        return facts;
    }

    private static void role(Lexicon lex, String phrase, int start, List<Fact> facts) {
        String[] ws = Sentences.SPACES.split(phrase);
        String d = country(lex, ws[0]);
        String role = phrase;
        int roleStart = start;
        if (d != null && ws.length > 1) {
            facts.add(new Fact("nationality", d, start, start + ws[0].length()));
            role = phrase.substring(ws[0].length()).strip();
            roleStart = start + phrase.indexOf(role, ws[0].length());
        }
        String[] rw = Sentences.SPACES.split(role);
        String firstWord = rw[0].toLowerCase(Locale.ROOT);
        boolean headed = false;
        for (String w : rw) {
            if (lex.isRoleHead(PUNCTUATION_END.matcher(w.toLowerCase(Locale.ROOT)).replaceAll(""))) {
                headed = true;
                break;
            }
        }
        if (!headed) {
            return;
        }
        boolean bareRank = rw.length == 1 && lex.isTitleWord(firstWord);
        if (!bareRank) {
            facts.add(new Fact("role", role, roleStart, roleStart + role.length()));
        }
        if (d == null && lex.isRoleWord(firstWord)) {
            // "deputy head of Russia's military intelligence arm": the post's country
            Matcher m = OF_COUNTRY.matcher(role);
            if (m.find()) {
                String c = country(lex, m.group(1));
                if (c != null) {
                    facts.add(new Fact("nationality", c, roleStart + m.start(1), roleStart + m.end(1)));
                }
            }
        }
    }

    /** Where an apposition ends: at the comma before the predicate's verb, else at the first comma. */
    private static int appositionEnd(String s) {
        int firstComma = s.indexOf(',');
        for (int c = firstComma; c >= 0; c = s.indexOf(',', c + 1)) {
            Matcher w = WORD.matcher(s).region(c + 1, s.length());
            if (w.find() && s.substring(c + 1, w.start()).isBlank()) {
                String next = s.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
                if (VERBS.contains(next) || (next.endsWith("ed") && next.length() > 4)) {
                    return c;
                }
            }
        }
        return firstComma < 0 ? s.length() : firstComma;
    }

    private static boolean appositive(Lexicon lex, String appo) {
        String a = DETERMINER.matcher(appo).replaceFirst("");
        if (a.isEmpty()) {
            return false;
        }
        String first = Sentences.SPACES.split(a)[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (lex.isRoleWord(lower) || lex.isTitleWord(lower)) {
            return true;
        }
        if (country(lex, first) != null) {
            return true;
        }
        // "a highly respected military official": a short noun phrase with a determiner and a role head
        if (!a.equals(appo)) {
            for (String w : Sentences.SPACES.split(a)) {
                if (lex.isRoleHead(w.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The demonym a word names: "Russian", "Russia's", "U.S."; null otherwise. */
    static String country(Lexicon lex, String word) {
        String w = PersonName.stripPossessive(word);
        boolean possessive = !w.equals(word);
        if (lex.isDemonym(w)) {
            return lex.demonym(w);
        }
        if (possessive || w.equals("U.S.") || w.equals("U.K.")) {
            return lex.demonym(w);
        }
        return null;
    }

    private static boolean allowed(Lexicon lex, String word, boolean adjacent) {
        String lw = word.toLowerCase(Locale.ROOT);
        if (lex.isTitleWord(lw) || lex.isRoleWord(PersonName.stripPossessive(lw).replace(".", ""))) {
            return true;
        }
        if (lw.equals("of")) {
            return !adjacent;
        }
        if (country(lex, word) != null) {
            return true;
        }
        return Character.isUpperCase(word.charAt(0)) && !STOP.contains(PersonName.stripPossessive(lw));
    }

    private static boolean capitalised(String w) {
        return Character.isUpperCase(w.charAt(0));
    }
}
