package org.storyline.extract.internal.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.language.Name;
import org.storyline.model.Span;

/**
 * Resolves speakers' phrases to what the article names them: a pronoun to the nearest compatible person before it
 * (preferring earlier speakers and sentence subjects), "the mayor" to the person the article introduced with that
 * title, and a surname to the fullest form of the same name mentioned before.
 */
final class Speakers {
    /** A speaker as the quote reports it: the name (or phrase) and where it is in the text. */
    record Speaker(String text, Span span, Name person) {
    }

    private enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "press secretary", "spokesmen");
    private static final int UNITS_BACK = 10;

    private final Tokens t;
    private final Grammar g;
    private final Map<String, Gender> genders = new HashMap<>();
    /** Person speakers already resolved, by unit. */
    private final Map<Integer, List<Name>> speakersByUnit = new HashMap<>();
    /** Non-person speakers already resolved, with their unit, in order. */
    private final List<Object[]> groups = new ArrayList<>();

    Speakers(Tokens t) {
        this.t = t;
        this.g = new Grammar(t);
    }

    /** Resolves the speaker of an attribution; attributions must come in text order. */
    Speaker resolve(Attribution f) {
        Speaker s = resolve(f.speaker, f.unit);
        if (s.person() != null) {
            speakersByUnit.computeIfAbsent(f.unit, k -> new ArrayList<>()).add(s.person());
        } else if (!Lexicon.PERSONAL.contains(t.lower[f.speaker.head()]) || f.speaker.to() - f.speaker.from() > 1) {
            groups.add(new Object[] {f.unit, s, f.speaker});
        }
        return s;
    }

    private Speaker resolve(Phrase p, int unit) {
        String head = t.lower[p.head()];
        if (p.to() - p.from() == 1 && Lexicon.PERSONAL.contains(head)) {
            Speaker s = switch (head) {
                case "he" -> person(p.from(), Gender.MALE);
                case "she" -> person(p.from(), Gender.FEMALE);
                case "it" -> group(unit, false);
                case "they" -> group(unit, true);
                default -> null;
            };
            return s != null ? s : phrase(p.from(), p.to());
        }
        Name person = g.person(p);
        if (person != null) {
            return new Speaker(fullest(person), person.span(), person);
        }
        Speaker organisation = organisation(p);
        if (organisation != null) {
            return organisation;
        }
        if (Lexicon.ROLES.contains(head) && !t.cap(p.head()) && !t.lower[p.from()].equals("a")
                && !t.lower[p.from()].equals("an")) {
            Name titled = titled(p);
            if (titled != null) {
                return new Speaker(fullest(titled), titled.span(), titled);
            }
        }
        return phrase(p.from(), p.to());
    }

    /**
     * The organisation a phrase ends with after the words for its kind: TASS in "Russian state news agency TASS",
     * NRK in "state-owned broadcaster NRK". A possessive or a title before the name keeps the whole phrase.
     */
    private Speaker organisation(Phrase p) {
        int h = p.head();
        if (h + 1 != p.to() || t.name[h] < 0 || t.nameAt(h).type() != Name.Type.ORGANIZATION) {
            return null;
        }
        int s = t.nameStart(h);
        if (s <= p.from() || t.cap(s - 1) || !Lexicon.ORGANISATION_KINDS.contains(t.lower[s - 1])) {
            return null;
        }
        return phrase(s, h + 1);
    }

    private Speaker phrase(int from, int to) {
        return new Speaker(t.text(from, to), t.span(from, to), null);
    }

    /** The nearest person before token p that agrees with the pronoun, or null. */
    private Speaker person(int p, Gender pronoun) {
        int u = t.unit[p];
        int para = t.paragraph[p];
        for (int v = u; v >= 0 && u - v <= UNITS_BACK; v--) {
            int[] range = t.units.get(v);
            if (para - t.paragraph[range[0]] > 3) {
                break;
            }
            List<Name> candidates = new ArrayList<>();
            if (v != u) {
                candidates.addAll(speakersByUnit.getOrDefault(v, List.of()));
            }
            int end = v == u ? p : range[1];
            for (int i = range[0]; i < end; i++) {
                Name n = t.nameAt(i);
                if (n != null && n.type() == Name.Type.PERSON && t.region[i] < 0) {
                    int e = t.nameEnd(i);
                    candidates.add(n);
                    i = e - 1;
                }
            }
            if (v == u) {
                candidates.addAll(speakersByUnit.getOrDefault(v, List.of()));
            }
            for (Name n : candidates) {
                Gender gender = gender(n);
                if (gender == Gender.UNKNOWN || gender == pronoun) {
                    // What a pronoun resolved to tells that person's sex to the pronouns after it.
                    genders.put(key(n), pronoun);
                    return new Speaker(fullest(n), n.span(), n);
                }
            }
        }
        return null;
    }

    /** "it" and "they": the last speaker that was an organisation or a group, within a few units. */
    private Speaker group(int unit, boolean plural) {
        for (int n = groups.size() - 1; n >= 0; n--) {
            Object[] g = groups.get(n);
            if (unit - (int) g[0] > 3) {
                break;
            }
            Phrase p = (Phrase) g[2];
            String head = t.lower[p.head()];
            boolean many = head.endsWith("s") && !head.endsWith("ss") || Lexicon.GROUP_SPEAKERS.contains(head);
            if (many == plural) {
                return (Speaker) g[1];
            }
        }
        return null;
    }

    /**
     * The person a role phrase names: "the mayor" after "Mayor Ihor Terekhov". A candidate is a person the article
     * introduced with the role, and with the phrase's capitalised modifiers among the title's words ("the Ukrainian
     * president" after "Ukrainian President Volodymyr Zelenskyy", never after "U.S. President Donald Trump"). The one
     * mentioned most recently wins, mentions outside quotation marks first (a name in someone's quoted words is not
     * the narrative's antecedent). Design decision: when two candidates were last mentioned within a unit of each
     * other the phrase is ambiguous and stays as written rather than guessed.
     */
    private Name titled(Phrase p) {
        String role = t.lower[p.head()];
        List<String> modifiers = new ArrayList<>();
        for (int k = p.from(); k < p.head(); k++) {
            if (t.cap(k) && !Set.of("the", "its", "his", "her", "their").contains(t.lower[k])) {
                modifiers.add(t.lower[k]);
            }
        }
        java.util.Set<String> holders = new java.util.HashSet<>();
        for (int i = 0; i < p.from(); i++) {
            Name n = t.nameAt(i);
            if (n == null) {
                continue;
            }
            int s = t.nameStart(i);
            int e = t.nameEnd(i);
            i = e - 1;
            if (n.type() == Name.Type.PERSON && (titledBefore(s, role) && modifiedBefore(s, modifiers)
                    || modifiers.isEmpty() && titledAfter(e, role))) {
                holders.add(key(n));
            }
        }
        if (holders.isEmpty()) {
            return null;
        }
        // each holder's latest mention before the phrase, outside quotation marks if it has one there
        Map<String, Integer> narrative = new java.util.LinkedHashMap<>();
        Map<String, Integer> anywhere = new java.util.LinkedHashMap<>();
        for (int i = p.from() - 1; i >= 0; i--) {
            Name n = t.nameAt(i);
            if (n == null || n.type() != Name.Type.PERSON || !holders.contains(key(n))) {
                continue;
            }
            int s = t.nameStart(i);
            anywhere.putIfAbsent(key(n), s);
            if (t.region[s] < 0) {
                narrative.putIfAbsent(key(n), s);
            }
            i = s;
        }
        List<Integer> ranked = new ArrayList<>(narrative.values());
        anywhere.forEach((k, s) -> {
            if (!narrative.containsKey(k)) {
                ranked.add(s);
            }
        });
        if (ranked.size() > 1 && (t.region[ranked.get(0)] < 0) == (t.region[ranked.get(1)] < 0)
                && t.unit[ranked.get(0)] - t.unit[ranked.get(1)] <= 1) {
            return null;
        }
        return t.nameAt(ranked.getFirst());
    }

    /** Whether every modifier is among the words of the title run right before a name ("Ukrainian President"). */
    private boolean modifiedBefore(int s, List<String> modifiers) {
        for (String m : modifiers) {
            boolean found = false;
            for (int k = s - 1; k >= 0 && s - k <= 5 && !found; k--) {
                if (t.punct(k) && !t.lower[k].equals("'s") && !t.lower[k].equals("-")) {
                    break;
                }
                found = t.lower[k].equals(m);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private boolean titledBefore(int s, String role) {
        for (int k = s - 1; k >= 0 && s - k <= 5; k--) {
            if (t.punct(k) && !t.lower[k].equals("'s") && !t.lower[k].equals("-")) {
                return false;
            }
            if (sameRole(t.lower[k], role)) {
                return true;
            }
            if (Lexicon.NP_STOPS.contains(t.lower[k])) {
                return false;
            }
        }
        return false;
    }

    private boolean titledAfter(int e, String role) {
        if (e >= t.size || !(t.lower[e].equals(",") || t.lower[e].equals("("))) {
            return false;
        }
        for (int k = e + 1; k < t.size && k - e <= 8; k++) {
            if (t.lower[k].equals(",") || t.terminal(k) || t.lower[k].equals(")")) {
                return false;
            }
            if (sameRole(t.lower[k], role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameRole(String word, String role) {
        return word.equals(role) || SPOKES.contains(word) && SPOKES.contains(role);
    }

    /**
     * The fullest form of a person's name mentioned up to this mention: "Dmitry Peskov" for "Peskov". Among
     * several ("Bill Clinton", "Hillary Clinton" for "Mrs. Clinton"), the one a title before the mention agrees
     * with, then the one mentioned most often, then the latest.
     */
    String fullest(Name n) {
        String[] words = n.text().split("\\s+");
        Gender titled = titleGender(n.span().start());
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Name m : t.names) {
            if (m.span().start() > n.span().start()) {
                break;
            }
            String[] mw = m.text().split("\\s+");
            if (m.type() != Name.Type.PERSON || mw.length <= words.length || !endsWith(mw, words)) {
                continue;
            }
            Gender g = firstNameGender(mw[0]);
            if (titled != Gender.UNKNOWN && g != Gender.UNKNOWN && g != titled) {
                continue;
            }
            counts.remove(m.text());
            counts.merge(m.text(), 1, Integer::sum);
        }
        String best = n.text();
        int bestCount = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= bestCount) { // later entries are the more recent ones
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The sex a title just before a text offset gives ("Mrs. Clinton"), or unknown. */
    private Gender titleGender(int offset) {
        int i = java.util.Arrays.binarySearch(t.start, offset);
        if (i <= 0) {
            return Gender.UNKNOWN;
        }
        String w = t.lower[i - 1];
        return Lexicon.FEMALE_TITLES.contains(w) ? Gender.FEMALE : Lexicon.MALE_TITLES.contains(w) ? Gender.MALE
                : Gender.UNKNOWN;
    }

    private static Gender firstNameGender(String first) {
        String f = Lexicon.normal(first);
        boolean male = Lexicon.MALE_NAMES.contains(f);
        boolean female = Lexicon.FEMALE_NAMES.contains(f);
        return male == female ? Gender.UNKNOWN : male ? Gender.MALE : Gender.FEMALE;
    }

    private static boolean endsWith(String[] longer, String[] shorter) {
        for (int i = 1; i <= shorter.length; i++) {
            if (!longer[longer.length - i].equalsIgnoreCase(shorter[shorter.length - i])) {
                return false;
            }
        }
        return true;
    }

    private Gender gender(Name n) {
        return genders.computeIfAbsent(key(n), this::gender);
    }

    private static String key(Name n) {
        String[] words = n.text().split("\\s+");
        return Lexicon.normal(words[words.length - 1]);
    }

    /** A person's sex from given names, titles and surname endings anywhere in the article; unknown when mixed. */
    private Gender gender(String surname) {
        boolean male = false;
        boolean female = false;
        for (int i = 0; i < t.size; i++) {
            Name n = t.nameAt(i);
            if (n == null) {
                continue;
            }
            int s = t.nameStart(i);
            int e = t.nameEnd(i);
            i = e - 1;
            if (n.type() != Name.Type.PERSON || !t.lower[e - 1].equals(surname)) {
                continue;
            }
            if (e - s >= 2) {
                String first = t.lower[s];
                male |= Lexicon.MALE_NAMES.contains(first) && !Lexicon.FEMALE_NAMES.contains(first);
                female |= Lexicon.FEMALE_NAMES.contains(first) && !Lexicon.MALE_NAMES.contains(first);
            }
            for (int k = s - 1; k >= 0 && s - k <= 2; k--) {
                male |= Lexicon.MALE_TITLES.contains(t.lower[k]);
                female |= Lexicon.FEMALE_TITLES.contains(t.lower[k]);
            }
        }
        if (!male && !female && surname.length() > 4
                && (surname.endsWith("ova") || surname.endsWith("eva") || surname.endsWith("skaya"))) {
            female = true;
        }
        return male == female ? Gender.UNKNOWN : male ? Gender.MALE : Gender.FEMALE;
    }
}
