package org.storyline.extract.internal.events;

import java.util.Set;
import org.storyline.extract.internal.events.Chunk.Kind;
import org.storyline.extract.internal.events.Phrase.Cls;
import org.storyline.language.Name;

/** Classifies noun phrases (people, weapons, buildings, names…) and writes them out as participants. Thread-safe. */
final class Phrases {
    private final Lexicon lex;

    Phrases(Lexicon lex) {
        this.lex = lex;
    }


    /** What the noun phrase at chunk {@code c} is. */
    Phrase of(Tokens t, Chunks ch, int c) {
        Chunk chunk = ch.get(c);
        Phrase np = new Phrase();
        np.chunk = c;
        np.head = chunk.head();
        int h = chunk.head();
        np.name = t.name[h];
        for (int k = chunk.from(); k < chunk.to(); k++) {
            if (t.quantity[k] != null && np.quantity == null) {
                np.quantity = t.quantity[k];
            }
        }
        np.plural = t.pos[h].equals("NNS") || t.pos[h].equals("NNPS");
        np.text = participantText(t, ch, c, false);
        np.agentText = participantText(t, ch, c, true);
        String w = t.lower[h];
        Lexicon.NounClass nc = nounClass(t, chunk.from(), h);
        np.weaponSubtype = weaponSubtype(t, chunk.from(), h);
        if (ch.isTime(c)) {
            np.cls = Cls.TIME;
        } else if (np.name != null && np.name.type() == Name.Type.PERSON) {
            np.cls = Cls.PERSON;
        } else if (np.name != null && np.name.type() == Name.Type.ORGANIZATION) {
            np.cls = Cls.ORG;
        } else if (np.name != null && np.name.type() == Name.Type.PLACE && (nc == null || nc == Lexicon.NounClass.AREA)) {
            np.cls = Cls.PLACE;
        } else if (np.name != null && np.name.type() == Name.Type.GROUP && nc == null) {
            np.cls = Cls.GROUP;
        } else if (t.pos[h].equals("PRP")) {
            np.cls = Cls.PRONOUN;
        } else if (nc == Lexicon.NounClass.WEAPON || np.weaponSubtype != null) {
            np.cls = Cls.WEAPON;
        } else if (nc == Lexicon.NounClass.PERPETRATOR) {
            np.cls = Cls.PERPETRATOR;
        } else if (nc == Lexicon.NounClass.HUMAN || lex.human(w)) {
            np.cls = Cls.HUMAN;
        } else if (ORGANISATION_HEADS.contains(w) && np.name == null) {
            np.cls = Cls.ORG; // "the Shabaab militant group", "a separatist group"
        } else if (nc == Lexicon.NounClass.FACILITY || nc == Lexicon.NounClass.STREET) {
            np.cls = Cls.FACILITY;
        } else if (t.pos[h].equals("CD") || t.quantity[h] != null && chunk.to() - chunk.from() <= 3 && !t.noun(h)) {
            np.cls = Cls.NUMBER;
        } else if (!lex.triggers(w).isEmpty()) {
            np.cls = Cls.EVENT;
        } else if (np.name != null && np.name.type() == Name.Type.PLACE) {
            np.cls = Cls.PLACE;
        } else {
            np.cls = Cls.OTHER;
            // "Inspector Eulogio Flores", "his companion Gilda Flores": a title, then proper nouns
            if (t.pos[h].startsWith("NNP") && (np.name == null || np.name.type() == Name.Type.MISC)) {
                int first = h;
                while (first > chunk.from() && t.pos[first - 1].startsWith("NNP") && !lex.human(t.lower[first - 1])) {
                    first--;
                }
                boolean titled = false;
                for (int k = chunk.from(); k < first; k++) {
                    titled |= lex.human(t.lower[k]);
                }
                if (titled && first <= h) {
                    np.cls = Cls.HUMAN;
                    np.personName = t.text(first, h + 1);
                }
            }
        }
        String phrase = t.words(chunk.from(), chunk.to()).replaceFirst("^(the|a|an) ", "");
        np.stateLike = np.cls == Cls.PLACE && lex.country(np.name.text())
                || np.cls == Cls.GROUP || np.cls == Cls.ORG && np.name != null && lex.country(np.name.text())
                || STATE_AGENTS.contains(w) || STATE_AGENTS.contains(phrase) || phrase.endsWith("forces") || phrase.endsWith("army")
                || phrase.endsWith("military");
        return np;
    }

    private static final Set<String> ORGANISATION_HEADS = Set.of("group", "groups", "front", "movement", "organization", "organisation",
            "faction", "factions", "cell", "cells", "cartel", "militia", "militias", "network", "gang", "gangs", "party");

    Lexicon.NounClass nounClass(Tokens t, int from, int h) {
        for (int k = Math.max(from, h - 2); k <= h; k++) {
            Lexicon.NounClass c = lex.noun(t.words(k, h + 1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    String weaponSubtype(Tokens t, int from, int h) {
        for (int k = Math.max(from, h - 2); k <= h; k++) {
            String s = lex.weaponSubtype(t.words(k, h + 1));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** A name or phrase without stray quotes and a lower-case word the name tagger took in ("massive” Russian"). */
    static String clean(String text) {
        String s = text.strip();
        int q = Math.max(s.lastIndexOf('\u201d'), s.lastIndexOf('"'));
        if (q >= 0 && q < s.length() - 1 && s.indexOf('\u201c') < 0) {
            s = s.substring(q + 1).strip();
        }
        s = s.replaceAll("^[\"\u201c\u201d'\u2018\u2019(\\[]+|[\"\u201c\u201d'\u2018\u2019)\\],;:]+$", "").strip();
        return s.isEmpty() ? text.strip() : s;
    }

    /**
     * A participant without the halves of brackets it was cut from: "TEXT] GUERRILLAS" is "GUERRILLAS" and "FMLN
     * (FARABUNDO MARTI" is "FMLN"; an editor's note alone ("[WORDS INDISTINCT]") is nothing. Brackets that close stay, as written ("the DAS
     * [Administrative Department of Security] offices").
     */
    static String unbracketed(String text) {
        String s = text;
        int depth = 0;
        int closer = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (depth == 0) {
                    closer = i;
                } else {
                    depth--;
                }
            }
        }
        if (closer >= 0) {
            s = s.substring(closer + 1);
        }
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                open.push(i);
            } else if ((c == ')' || c == ']') && !open.isEmpty()) {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            s = s.substring(0, open.getLast());
        }
        s = s.strip().replaceAll("^[,;:\\-]+\\s*|\\s*[,;:\\-]+$", "").strip();
        if (s.matches("\\[[^\\[\\]]*\\]|\\([^()]*\\)")) {
            return "";
        }
        return s;
    }

    /**
     * A participant as written: the phrase without its article, with "of" and its group for group nouns. Acting, a
     * group's members and its organisation are two perpetrators ("members of the FMLN" are members, and the FMLN).
     */
    String participantText(Tokens t, Chunks ch, int c, boolean agent) {
        Chunk chunk = ch.get(c);
        int from = chunk.from();
        int to = chunk.to();
        while (from < to - 1 && (t.pos[from].equals("DT") || t.pos[from].equals("``") || t.pos[from].equals("''")
                || t.pos[from].equals("PDT"))) {
            from++;
        }
        while (to > from + 1 && (t.pos[to - 1].equals("POS") || t.pos[to - 1].equals("''") || t.pos[to - 1].equals("``"))) {
            to--;
        }
        String head = t.lower[chunk.head()];
        if (lex.groupNoun(head) && ch.is(c + 1, Kind.PREP) && ch.word(c + 1, "of") && ch.is(c + 2, Kind.NP)
                && !((agent || lex.noun(head) != Lexicon.NounClass.HUMAN) && organisation(t, ch.get(c + 2)))) {
            Chunk of = ch.get(c + 2);
            int end = of.to();
            if (of.genitive() && ch.is(c + 3, Kind.NP)) {
                end = ch.get(c + 3).to();
            }
            to = end;
        }
        return t.text(from, to);
    }

    /** Whether a noun phrase is an organisation's name ("the FMLN"): "guerrillas of the FMLN" and "cells of the
     * FMLN" are guerrillas and cells, and the FMLN its own party ("members of the FMLN" stay whole). */
    private static boolean organisation(Tokens t, Chunk c) {
        Name n = t.name[c.head()];
        return n != null && n.type() == Name.Type.ORGANIZATION;
    }

    /** Whether a word is a trigger of an attack or a killing ("murdering", "kidnapping", "massacre"). */
    boolean violent(String w) {
        for (Lexicon.Entry e : lex.triggers(w)) {
            if (e.kind() == Lexicon.Kind.DIE || e.kind() == Lexicon.Kind.INJURE || Draft.violent(e.type())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase is two or more proper nouns and nothing else, no name the tagger knows: a person's name it missed. */
    boolean properName(Tokens t, Chunk c) {
        int n = 0;
        for (int k = c.from(); k < c.to(); k++) {
            if (!t.pos[k].equals("NNP") || t.name[k] != null || lex.noun(t.lower[k]) != null || !lex.triggers(t.lower[k]).isEmpty()
                    || Dates.timeWord(t.lower[k])) {
                return false;
            }
            n++;
        }
        return n >= 2 && n <= 4;
    }

    static final Set<String> STATE_AGENTS = Set.of("army", "forces", "troops", "military", "air force", "navy",
            "armed forces", "aviation", "air defenses", "artillery", "defense ministry", "ministry of defense", "regime");
}
