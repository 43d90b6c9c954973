package org.storyline.extract.internal.quotes;

import java.util.List;
import java.util.Set;
import org.storyline.language.Name;

/**
 * Shallow grammar over one article's tokens, without part-of-speech tags: the noun phrase that ends just before a
 * verb (its subject) or starts just after it (an inverted subject, "said Peskov"), with appositions and relative
 * clauses stepped over.
 */
final class Grammar {
    private static final int MAX_PHRASE = 9;
    private static final int MAX_APPOSITION = 24;

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "for", "with", "from", "by",
            "about", "after", "before", "during", "since", "than", "like", "over", "under", "into", "through",
            "against", "between", "among", "without", "within", "via", "per", "upon", "across", "near", "toward",
            "towards", "around", "amid", "despite", "unlike");

    /** Prepositions that open a speaker's post-modifier: "familiar with", "close to", "a spokesman for". */
    private static final Set<String> POST_PREPOSITIONS = Set.of("with", "to", "in", "on", "of", "for", "at",
            "from", "about", "inside", "within", "near");

    /** Prepositions that follow the speaker's noun directly: "residents of", "a spokesman for", "workers at". */
    private static final Set<String> BARE_POST_PREPOSITIONS = Set.of("of", "for", "at", "from", "in", "inside",
            "within", "with", "near");

    /** Adjectives that link a speaker's noun to a preposition's object: "familiar with", "close to". */
    private static final Set<String> LINKING = Set.of("familiar", "close", "closest", "aware", "privy",
            "knowledgeable", "loyal", "sympathetic", "opposed", "critical", "responsible", "friendly", "hostile",
            "near", "involved", "briefed", "based", "linked", "connected", "affiliated", "allied", "attached");

    /** Verbs by which one source names another: "media cited sources who said". */
    private static final Set<String> CITING = Set.of("cited", "quoted", "citing", "quoting");

    private final Tokens t;

    Grammar(Tokens t) {
        this.t = t;
    }

    /** The index of the token before {@code i}, stepping left over adverbs and auxiliaries ("has also"). */
    int skipBetweenLeft(int i, int floor) {
        int j = i - 1;
        while (j >= floor && t.region[j] < 0) {
            String w = t.lower[j];
            if (Lexicon.BETWEEN.contains(w)) {
                j--;
            } else if (j - 1 >= floor && Lexicon.TIME_WORDS.contains(w) && (t.lower[j - 1].equals("on")
                    || t.lower[j - 1].equals("late") || t.lower[j - 1].equals("early"))) {
                j -= 2; // "Peskov on Monday said"
            } else if (Set.of("night", "morning", "afternoon", "evening", "week", "weekend", "month", "year")
                    .contains(w) && j - 1 >= floor && (Lexicon.TIME_WORDS.contains(t.lower[j - 1])
                    || t.lower[j - 1].equals("this"))) {
                j -= 2; // "a statement Thursday night", "the ministry this week said"
            } else {
                break;
            }
        }
        return j;
    }

    /** Whether an auxiliary of the passive stands between {@code from} (exclusive) and {@code cue}. */
    boolean passive(int from, int cue) {
        for (int k = from + 1; k < cue; k++) {
            if (Lexicon.PASSIVE.contains(t.lower[k]) && !t.lower[k].equals("'s")) {
                return true;
            }
        }
        return false;
    }

    /** The subject ending at token {@code h}, or null. */
    Phrase left(int h, int floor) {
        if (h < floor || t.region[h] >= 0) {
            return null;
        }
        String w = t.lower[h];
        if (w.equals(",")) {
            return apposition(h, floor);
        }
        if (w.equals(")") || w.equals("]")) {
            int k = h - 1;
            while (k >= floor && !t.lower[k].equals("(") && !t.lower[k].equals("[") && h - k < MAX_APPOSITION) {
                k--;
            }
            return k > floor && (t.lower[k].equals("(") || t.lower[k].equals("[")) ? left(k - 1, floor) : null;
        }
        if (t.punct(h)) {
            return null;
        }
        if (Lexicon.PERSONAL.contains(w)) {
            return new Phrase(h, h + 1, h);
        }
        if (w.equals("who")) {
            int k = h - 1;
            if (k >= floor && t.lower[k].equals(",")) {
                k--;
            }
            Phrase antecedent = k >= floor && !t.punct(k) ? left(k, floor) : null;
            return antecedent == null ? null : cited(antecedent);
        }
        if (!headWord(h)) {
            return null;
        }
        int s = t.name[h] >= 0 ? Math.max(floor, t.nameStart(h)) : h;
        int k = s - 1;
        boolean and = false;
        while (k >= floor && t.region[k] < 0 && h - k < MAX_PHRASE) {
            String lk = t.lower[k];
            if (t.name[k] >= 0) {
                s = Math.max(floor, t.nameStart(k));
                k = s - 1;
                continue;
            }
            if (lk.equals("'s") || lk.equals("'") || (lk.equals("-") || lk.equals("–")) && k - 1 >= floor
                    && t.end[k - 1] == t.start[k] && t.end[k] == t.start[k + 1]) {
                s = k; // possessives and hyphenated words ("conservative-leaning")
                k--;
                continue;
            }
            if (Lexicon.NP_OPENERS.contains(lk)) {
                s = k;
                break;
            }
            boolean placeHead = t.name[h] >= 0 && t.nameAt(h).type() == Name.Type.PLACE;
            if ((lk.equals("of") || (t.name[h] < 0 || placeHead) && Set.of("in", "on", "at", "from", "for", "with",
                    "across").contains(lk)) && k - 1 >= floor && !t.punct(k - 1) && !stop(k - 1)) {
                s = k;
                k--;
                continue;
            }
            if ((lk.equals("and") || lk.equals("&")) && !and && k - 1 >= floor && t.cap(k - 1) && t.cap(k + 1)) {
                and = true;
                s = k;
                k--;
                continue;
            }
            if (t.punct(k) || stop(k) || Lexicon.verb(lk) != null && !t.cap(k) && !kind(k)) {
                break;
            }
            if (t.name[h] >= 0 && !t.cap(k) && !modifier(lk) && !(organisation(h)
                    && Lexicon.ORGANISATION_KINDS.contains(lk))) {
                break; // "After the meeting Trump said": a name takes titles and modifiers, not any noun
            }
            s = k;
            k--;
        }
        // A phrase starts with a word, not with "of" or "and".
        while (s < h && (t.lower[s].equals("of") || t.lower[s].equals("and") || t.lower[s].equals("&")
                || t.lower[s].equals("'s"))) {
            s++;
        }
        Phrase p = new Phrase(s, h + 1, h);
        if (!plausible(p)) {
            return null;
        }
        Phrase modified = postModified(p, floor);
        return modified != null ? modified : relative(p, floor);
    }

    /**
     * The speaker whose post-modifier ends with the phrase {@code p}: "Ukrainians familiar with the talks", "a
     * spokesman for the ministry", "residents of the village", "officials with knowledge of the matter". A phrase
     * right after a preposition is that preposition's object, never the subject of the verb after it; the subject
     * is the noun phrase before the preposition (and before an adjective or participle linking it, "close to",
     * "briefed on"), with the modifier. The head stays the head noun ("spokesman"), so a name inside the modifier
     * names the speaker's organisation, not the speaker. Null when no noun phrase stands before the link.
     */
    private Phrase postModified(Phrase p, int floor) {
        int k = p.from() - 1;
        if (k - 1 < floor || t.region[k] >= 0 || !POST_PREPOSITIONS.contains(t.lower[k])) {
            return null;
        }
        String preposition = t.lower[k];
        int j = k - 1;
        String w = t.lower[j];
        if (preposition.equals("of") && w.equals("knowledge")) {
            j--; // "with (direct) knowledge of"
            if (j >= floor && Set.of("direct", "firsthand", "first-hand", "detailed", "intimate").contains(t.lower[j])) {
                j--;
            }
            if (j < floor || !t.lower[j].equals("with")) {
                return null;
            }
            j--;
        } else if (LINKING.contains(w) || participle(j)) {
            j--;
        } else if (!BARE_POST_PREPOSITIONS.contains(preposition)
                && !(preposition.equals("to") && Lexicon.ROLES.contains(w))) { // "an aide to", "envoy to"
            return null;
        }
        if (j < floor || t.region[j] >= 0 || t.punct(j) || !headWord(j) || participle(j)
                || Lexicon.TIME_WORDS.contains(t.lower[j]) || Lexicon.BETWEEN.contains(t.lower[j])) {
            return null;
        }
        Phrase head = left(j, floor);
        if (head == null || head.to() != j + 1 || head.hasApposition() || head.head() != j) {
            return null;
        }
        return new Phrase(head.from(), p.to(), head.head());
    }

    /** A lower-case participle that can link a noun to a preposition's object: "briefed on", "involved in". */
    private boolean participle(int i) {
        String w = t.lower[i];
        return !t.cap(i) && t.name[i] < 0 && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
                && Lexicon.verb(w) == null && !Lexicon.NP_STOPS.contains(w);
    }

    /** "the man who attacked the soldiers said": the phrase before "who", not "the soldiers". */
    private Phrase relative(Phrase p, int floor) {
        for (int k = p.from() - 1; k >= floor && p.from() - k <= 12; k--) {
            if (t.region[k] >= 0 || t.terminal(k) || t.lower[k].equals(";") || t.lower[k].equals(":")) {
                return p;
            }
            if (t.lower[k].equals("who")) {
                int j = k - 1;
                boolean comma = j >= floor && t.lower[j].equals(",");
                if (comma) {
                    j--;
                }
                if (j >= floor && !t.punct(j) && headWord(j)) {
                    Phrase before = left(j, floor);
                    if (before != null && before.to() == j + 1) {
                        return cited(before);
                    }
                }
                return p;
            }
            if (t.lower[k].equals(",")) {
                return p;
            }
        }
        return p;
    }

    /** "media cited sources who said": the sources, the words after the last verb of citing in the phrase. */
    private Phrase cited(Phrase p) {
        for (int k = p.head() - 1; k >= p.from(); k--) {
            if (CITING.contains(t.lower[k])) {
                return new Phrase(k + 1, p.to(), p.head());
            }
        }
        return p;
    }

    /**
     * The subject before a comma that closes an apposition or a relative clause: "Dmitry Peskov, the Kremlin
     * spokesman, said"; "Trump, who leads in delegates, said".
     */
    private Phrase apposition(int comma, int floor) {
        Phrase fallback = null;
        boolean verb = false;
        for (int c1 = comma - 1; c1 >= floor && comma - c1 <= MAX_APPOSITION; c1--) {
            String w = t.lower[c1];
            if (t.region[c1] >= 0) {
                continue; // a quotation inside an apposition: "wearing “Ted Cruz” pins"
            }
            if (t.region[c1] >= 0 || t.terminal(c1) || w.equals(";") || w.equals(":")) {
                break;
            }
            verb |= Lexicon.verb(w) != null && !w.endsWith("ing") && !t.cap(c1);
            if (!w.equals(",") || c1 + 1 >= comma) {
                continue;
            }
            String first = t.lower[c1 + 1];
            boolean relative = first.equals("who") || first.equals("whose") || first.equals("which");
            if (verb && !relative || !nounLike(c1 + 1) && !hasRole(c1 + 1, comma)) {
                continue;
            }
            Phrase before = left(c1 - 1, floor);
            if (before == null || before.to() != c1 && !t.lower[c1 - 1].equals(")")
                    || before.from() - 1 >= floor && PREPOSITIONS.contains(t.lower[before.from() - 1])) {
                continue; // "speaking at a rally in Charleston, West Virginia,": no subject here
            }
            Phrase p = before.withApposition(c1 + 1, comma);
            if (named(before)) {
                return p;
            }
            if (fallback == null) {
                fallback = p;
            }
        }
        return fallback;
    }

    private boolean hasRole(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.ROLES.contains(t.lower[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether an apposition can start at token i: a noun phrase, a relative clause, an age, a participle. */
    private boolean nounLike(int i) {
        String first = t.lower[i];
        return Lexicon.NP_OPENERS.contains(first) || t.name[i] >= 0 || t.cap(i)
                || Lexicon.ROLES.contains(first) || Lexicon.DETERMINERS.contains(first) || first.equals("who")
                || first.equals("whose") || first.equals("which") || first.endsWith("ing")
                || Lexicon.BETWEEN.contains(first) || Character.isDigit(first.charAt(0))
                || Set.of("in", "on", "at", "for", "of", "from", "herself", "himself", "itself", "themselves", "too",
                "however", "though", "meanwhile", "speaking", "a", "an", "when", "while", "after", "before", "as",
                "if", "asked", "once", "like", "unlike", "along", "together", "still", "then", "now", "just")
                .contains(first)
                || modifier(first);
    }

    private boolean named(Phrase p) {
        if (p.to() - p.from() == 1 && Lexicon.PERSONAL.contains(t.lower[p.from()])) {
            return true;
        }
        for (int i = p.from(); i < p.to(); i++) {
            if (t.name[i] >= 0 && t.nameAt(i).type() != Name.Type.PLACE) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase starting at token {@code k} ("said Peskov", "said the ministry"), or null. */
    Phrase right(int k, int end) {
        if (k >= end || t.region[k] >= 0 || t.punct(k)) {
            return null;
        }
        String w = t.lower[k];
        if (Lexicon.PERSONAL.contains(w)) {
            return new Phrase(k, k + 1, k);
        }
        if (stop(k) && !Lexicon.NP_OPENERS.contains(w)) {
            return null;
        }
        int e = k;
        int head = k;
        while (e < end && e - k < MAX_PHRASE && t.region[e] < 0) {
            String le = t.lower[e];
            if (t.name[e] >= 0) {
                e = t.nameEnd(e);
                head = e - 1;
                if (e < end && !t.cap(e) && !t.lower[e].equals("of") && !t.lower[e].equals("'s")
                        && !Lexicon.ROLES.contains(t.lower[e]) && !demonym(e - 1)) {
                    break; // "Perez hammered Trump": a name ends the phrase before a lower-case word
                }
                continue;
            }
            int modified = e > k && head == e - 1 ? postModifierEnd(e, end) : -1;
            if (modified > e) {
                e = modified; // "said officials close to the negotiations": the head stays "officials"
                break;
            }
            if (e > k && (Lexicon.NP_OPENERS.contains(le) && !t.lower[e - 1].equals("of"))) {
                break;
            }
            boolean pluralNoun = le.endsWith("s") && (e + 1 >= end || t.punct(e + 1)
                    || Set.of("of", "from", "in", "by", "on").contains(t.lower[e + 1]));
            if (e > k && (t.punct(e) && !le.equals("'s") && !le.equals("-") || stop(e) && !le.equals("of")
                    || Lexicon.verb(le) != null && !t.cap(e) && !pluralNoun && !kind(e))) {
                break; // ("unofficial reports," is a noun phrase; "officials said" is not)
            }
            if (!le.equals("of") && !le.equals("'s") && !Lexicon.NP_OPENERS.contains(le)) {
                head = e;
            }
            e++;
        }
        while (e - 1 > k && (t.lower[e - 1].equals("of") || t.lower[e - 1].equals("'s"))) {
            e--;
        }
        if (head >= e) {
            head = e - 1;
        }
        Phrase p = new Phrase(k, e, head);
        if (!plausible(p)) {
            return null;
        }
        // "said Dmitry Peskov, the Kremlin spokesman."
        if (e + 1 < end && t.lower[e].equals(",")) {
            int a = e + 1;
            Phrase app = right(a, end);
            if (app != null && (Lexicon.NP_OPENERS.contains(t.lower[a]) || t.name[a] >= 0
                    || Lexicon.ROLES.contains(t.lower[app.head()]) || t.cap(a))) {
                int after = app.to();
                if (after >= end || t.terminal(after) || t.lower[after].equals(",")) {
                    return p.withApposition(a, after);
                }
            }
        }
        return p;
    }

    /**
     * The end of a post-modifier starting at token {@code i} after a speaker's noun, or -1: "close to the talks",
     * "briefed on the plan", "with knowledge of the matter", "for the ministry" after a role or a group.
     */
    private int postModifierEnd(int i, int end) {
        if (i + 1 >= end || t.region[i] >= 0) {
            return -1;
        }
        String w = t.lower[i];
        int object;
        if ((LINKING.contains(w) || participle(i)) && POST_PREPOSITIONS.contains(t.lower[i + 1])) {
            object = i + 2;
        } else if (w.equals("with") && t.lower[i + 1].equals("knowledge") && i + 2 < end
                && t.lower[i + 2].equals("of")) {
            object = i + 3;
        } else if ((w.equals("for") || w.equals("to")) && (Lexicon.ROLES.contains(t.lower[i - 1])
                || Lexicon.GROUP_SPEAKERS.contains(t.lower[i - 1]))) {
            object = i + 1;
        } else {
            return -1;
        }
        Phrase p = object < end ? right(object, end) : null;
        return p == null ? -1 : p.to();
    }

    /** Whether token i is in the name of an organisation ("TASS", "the Red Cross"). */
    private boolean organisation(int i) {
        return t.name[i] >= 0 && t.nameAt(i).type() == Name.Type.ORGANIZATION;
    }

    /**
     * Whether token i is a word for a kind of organisation before another noun of the phrase, where it is no verb:
     * "state" in "state media", "state news agency TASS".
     */
    private boolean kind(int i) {
        if (!Lexicon.ORGANISATION_KINDS.contains(t.lower[i]) || i + 1 >= t.size || t.region[i + 1] >= 0) {
            return false;
        }
        String next = t.lower[i + 1];
        return Lexicon.ORGANISATION_KINDS.contains(next) || Lexicon.GROUP_SPEAKERS.contains(next)
                || Lexicon.ROLES.contains(next) || organisation(i + 1);
    }

    /**
     * Whether token i ends a demonym used as an adjective ("Russian" in "Russian investigators"): a group's name
     * that is not itself a plural noun ("Ukrainians"). It modifies the noun after it, which heads the phrase.
     */
    private boolean demonym(int i) {
        if (t.name[i] < 0 || t.nameAt(i).type() != Name.Type.GROUP) {
            return false;
        }
        String w = t.lower[i];
        return !w.endsWith("s") || w.endsWith("ss");
    }

    /** A lower-case word that can stand before a name: a role, or an adjective or agent noun by its ending. */
    private static boolean modifier(String w) {
        if (Lexicon.ROLES.contains(w) || Lexicon.DETERMINERS.contains(w)) {
            return true;
        }
        for (String ending : List.of("al", "ic", "an", "ive", "ent", "ant", "ary", "ory", "ous", "ist", "er", "or",
                "ed", "ful", "less", "ese", "ish", "ian", "ite")) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                return true;
            }
        }
        return w.contains("-");
    }

    /** Whether token i can head a speaker's phrase. */
    private boolean headWord(int i) {
        String w = t.lower[i];
        return !t.punct(i) && !stop(i) && !Lexicon.BETWEEN.contains(w) && !Lexicon.NP_OPENERS.contains(w)
                && !w.equals("'s") && !w.equals("of") && (Lexicon.verb(w) == null || t.cap(i));
    }

    private boolean stop(int i) {
        return Lexicon.NP_STOPS.contains(t.lower[i]) && !(t.cap(i) && t.name[i] >= 0);
    }

    /** A phrase can name a speaker: a name, a pronoun, a determiner phrase, a capitalised or plural noun. */
    private boolean plausible(Phrase p) {
        if (p.to() - p.from() == 1 && Lexicon.PERSONAL.contains(t.lower[p.from()])) {
            return true;
        }
        for (int i = p.from(); i < p.to(); i++) {
            if (t.name[i] >= 0) {
                return true;
            }
        }
        String head = t.lower[p.head()];
        if (Character.isDigit(head.charAt(0))) {
            return false;
        }
        if (Lexicon.NP_OPENERS.contains(t.lower[p.from()]) || Lexicon.DETERMINERS.contains(t.lower[p.from()])) {
            return p.to() - p.from() >= 2 || Set.of("another", "one", "others", "many", "some", "several", "both",
                    "all", "most", "few").contains(head);
        }
        return t.cap(p.head()) || Lexicon.GROUP_SPEAKERS.contains(head) || Lexicon.ROLES.contains(head)
                || head.endsWith("s") && head.length() > 3 || head.equals("media") || head.equals("police");
    }

    /** The person name a speaker phrase names, preferring the one nearest its head and before any "of". */
    Name person(Phrase p) {
        Name found = personIn(p.from(), p.head() + 1); // not a name in a post-modifier: "an aide to Smith"
        if (found == null && p.hasApposition()) {
            found = personIn(p.appositionFrom(), p.appositionTo());
        }
        return found;
    }

    private Name personIn(int from, int to) {
        Name found = null;
        for (int i = from; i < to; i++) {
            if (t.lower[i].equals("of") && found != null) {
                break;
            }
            Name n = t.nameAt(i);
            if (n != null && n.type() == Name.Type.PERSON) {
                int e = t.nameEnd(i);
                boolean possessive = e < t.size && (t.lower[e].equals("'s") || t.lower[e].equals("'"));
                if (!possessive) {
                    found = n;
                }
                i = e - 1;
            }
        }
        return found;
    }
}
