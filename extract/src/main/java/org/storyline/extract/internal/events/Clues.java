package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.extract.internal.events.Chunk.Kind;
import org.storyline.extract.internal.events.Chunks.Pp;
import org.storyline.extract.internal.events.Phrase.Cls;
import org.storyline.language.Name;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.Span;

/**
 * What a sentence says about an event without naming it again: the victim's condition ("remains in critical
 * condition"), whom someone blames, who claimed responsibility or is held responsible, and what a bomb damaged.
 * Each clue is a small draft for the event it belongs to. Confined to one reading.
 */
final class Clues {
    private final Phrases phrases;
    private final Places places;
    private final Roles roles;
    private final Pronouns pronouns;
    /** Where each draft's own word is, in its sentence (token index), shared with the reading. */
    private final Map<Draft, Integer> position;

    Clues(Phrases phrases, Places places, Roles roles, Pronouns pronouns, Map<Draft, Integer> position) {
        this.phrases = phrases;
        this.places = places;
        this.roles = roles;
        this.pronouns = pronouns;
        this.position = position;
    }

    /** Facts about the events of a sentence: conditions, blame, claims of responsibility. */
    List<Draft> facts(Tokens t, Chunks ch) {
        List<Draft> out = new ArrayList<>();
        String s = t.text.substring(t.span.start(), t.span.end());
        Matcher m = CONDITION.matcher(s);
        while (m.find()) {
            int tok = token(t, t.span.start() + m.start());
            if (tok < 0) {
                continue;
            }
            Draft d = new Draft(EventType.ATTACK, null, t.index);
            d.fact("condition", m.group("c").toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            position.put(d, tok);
            // who is in that condition: the subject of the verb before "in … condition"
            int c = ch.at[tok];
            int vg = c - 1;
            while (vg >= 0 && !ch.is(vg, Kind.VG) && c - vg < 3) {
                vg--;
            }
            if (ch.is(vg, Kind.VG)) {
                for (int sub : ch.subject(vg)) {
                    Phrase np = phrases.of(t, ch, sub);
                    if (np.cls == Cls.PERSON || np.cls == Cls.HUMAN) {
                        d.party(Event.Role.VICTIM, np.text, np.name == null ? null : np.name.type());
                    } else if (np.cls == Cls.PRONOUN) {
                        String who = pronouns.resolve(t, np.head);
                        if (who != null) {
                            d.party(Event.Role.VICTIM, who, Name.Type.PERSON);
                        }
                    }
                }
            }
            out.add(d);
        }
        for (int k = 0; k < t.size(); k++) {
            String w = t.lower[k];
            if (Set.of("blamed", "blaming", "blames", "blame", "accused", "accuses", "accusing", "accuse").contains(w)
                    && ch.is(ch.at[k], Kind.VG) && !ch.get(ch.at[k]).passive()) {
                // "police blamed the FMLN for the attack", "accused the army of the massacre"
                int c = ch.at[k];
                List<Integer> objects = ch.objects(c);
                List<Pp> pps = ch.after(objects.isEmpty() ? c : objects.getLast());
                int last = objects.isEmpty() ? c : objects.getLast();
                boolean gerund = ch.is(last + 1, Kind.PREP) && ch.word(last + 1, "of", "for") && ch.is(last + 2, Kind.VG)
                        && violentWord(t.lower[ch.get(last + 2).head()]); // "accused the army of murdering …"
                if (!objects.isEmpty() && (gerund || !pps.isEmpty() && (pps.getFirst().preposition().equals("for") || pps.getFirst().preposition().equals("of"))
                        && phrases.of(t, ch, pps.getFirst().np()).cls == Cls.EVENT)) {
                    int at = gerund ? ch.get(last + 2).head() : ch.get(pps.getFirst().np()).head();
                    for (int o : objects) {
                        Phrase np = phrases.of(t, ch, o);
                        if (np.cls != Cls.PRONOUN && np.cls != Cls.TIME && np.cls != Cls.NUMBER && np.cls != Cls.EVENT) {
                            Draft d = new Draft(EventType.ATTACK, null, t.index);
                            d.fact("blamed_on", np.text);
                            position.put(d, at);
                            out.add(d);
                        }
                    }
                    continue;
                }
            }
            if (Set.of("accused", "charged", "blamed").contains(w) && ch.is(ch.at[k], Kind.VG) && ch.get(ch.at[k]).passive()
                    && !negated(t, ch.get(ch.at[k]))) {
                // "the armed forces are being charged with the death of two journalists": the subject is blamed
                int c = ch.at[k];
                boolean event = ch.is(c + 1, Kind.PREP) && ch.word(c + 1, "with", "of", "for") && (ch.is(c + 2, Kind.VG)
                        && violentWord(t.lower[ch.get(c + 2).head()]) || ch.is(c + 2, Kind.NP) && phrases.of(t, ch, c + 2).cls == Cls.EVENT);
                if (event) {
                    for (int sub : ch.subject(c)) {
                        Phrase np = phrases.of(t, ch, sub);
                        if (np.cls != Cls.PRONOUN && np.cls != Cls.TIME && np.cls != Cls.NUMBER && np.cls != Cls.EVENT) {
                            Draft d = new Draft(EventType.ATTACK, null, t.index);
                            d.fact("blamed_on", np.text);
                            position.put(d, ch.get(c + 2).head());
                            out.add(d);
                        }
                    }
                    continue;
                }
            }
            if ((w.equals("blamed") || w.equals("blaming") || w.equals("blames") || w.equals("attributed"))) {
                int c = ch.at[k];
                if (!ch.is(c, Kind.VG)) {
                    continue;
                }
                for (Pp pp : ch.after(c)) {
                    if (pp.preposition().equals("on") || pp.preposition().equals("to")) {
                        Phrase np = phrases.of(t, ch, pp.np());
                        if (np.cls != Cls.TIME && np.cls != Cls.NUMBER && np.cls != Cls.EVENT) {
                            Draft d = new Draft(EventType.ATTACK, null, t.index);
                            d.fact("blamed_on", np.text);
                            position.put(d, k);
                            out.add(d);
                        }
                        break;
                    }
                }
            }
            if ((w.equals("responsibility") || w.equals("credit")) && k > 0) {
                int c = ch.at[k];
                int vg = c - 1;
                if (ch.is(vg, Kind.VG) && !negated(t, ch.get(vg))) {
                    String verb = t.lower[ch.get(vg).head()];
                    if (Set.of("claimed", "claim", "claims", "claiming", "took", "taken", "take", "takes", "accepted", "admitted",
                            "assumed").contains(verb)) {
                        Draft d = new Draft(EventType.ATTACK, null, t.index);
                        position.put(d, k);
                        for (int sub : ch.subject(vg)) {
                            Phrase np = phrases.of(t, ch, sub);
                            if (np.cls != Cls.PRONOUN && np.cls != Cls.TIME && np.cls != Cls.NUMBER) {
                                roles.agent(t, ch, sub, d);
                                d.fact("claimed_by", np.text);
                            }
                        }
                        if (!d.parties.isEmpty()) {
                            out.add(d);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final Set<String> DAMAGE_VERBS = Set.of("destroyed", "damaged", "destroy", "damage", "destroys", "damages",
            "wrecked", "razed", "demolished", "shattered", "gutted", "leveled", "levelled", "hit", "struck", "blew", "blown", "ripped",
            "tore", "torn", "caused");

    /**
     * Things a bomb or an attack damaged: "the headquarters was destroyed by a bomb explosion", "the blast damaged
     * three houses". Each is a target, for the act nearest in the sentence.
     */
    List<Draft> damage(Tokens t, Chunks ch) {
        List<Draft> out = new ArrayList<>();
        for (int c = 0; c < ch.size(); c++) {
            if (!ch.is(c, Kind.VG) || !DAMAGE_VERBS.contains(t.lower[ch.get(c).head()]) || negated(t, ch.get(c))) {
                continue;
            }
            List<Integer> agents = new ArrayList<>();
            List<Integer> patients = new ArrayList<>();
            if (ch.get(c).passive()) {
                patients.addAll(ch.subject(c));
                for (Pp pp : ch.after(c)) {
                    if (pp.preposition().equals("by")) {
                        agents.add(pp.np());
                    }
                }
            } else {
                agents.addAll(ch.subject(c));
                patients.addAll(ch.objects(c));
            }
            boolean violent = false;
            Draft d = new Draft(EventType.ATTACK, null, t.index);
            for (int a : agents) {
                Phrase np = phrases.of(t, ch, a);
                if (np.cls == Cls.WEAPON) {
                    d.instrument(np.text, np.weaponSubtype);
                    violent = true;
                } else if (np.cls == Cls.EVENT) {
                    violent = true;
                }
            }
            if (!violent) {
                continue;
            }
            for (int p : patients) {
                Phrase np = phrases.of(t, ch, p);
                if (np.cls == Cls.FACILITY) {
                    d.party(Event.Role.TARGET, np.text, null);
                }
            }
            if (!d.parties.isEmpty() || !d.instruments.isEmpty()) {
                d.act = !d.instruments.isEmpty() && !d.parties.isEmpty(); // "a bomb damaged a bank": an attack even with no other word for it
                List<Integer> objects = ch.objects(c);
                places.locate(t, ch, c, d, ch.after(objects.isEmpty() ? c : objects.getLast()));
                d.completed = true;
                d.trigger(new Span(t.start[ch.get(c).head()], t.end[ch.get(c).head()]));
                position.put(d, ch.get(c).head());
                out.add(d);
            }
        }
        return out;
    }

    /** "the soldiers involved in the killing", "guerrillas responsible for the attack": the perpetrators. */
    List<Draft> responsible(Tokens t, Chunks ch) {
        List<Draft> out = new ArrayList<>();
        for (int k = 1; k + 2 < t.size(); k++) {
            String w = t.lower[k];
            boolean involved = Set.of("involved", "participated", "implicated", "took part").contains(w) && t.lower[k + 1].equals("in");
            boolean resp = w.equals("responsible") && t.lower[k + 1].equals("for");
            boolean held = w.equals("responsible") && Set.of("held", "hold", "holds", "holding").contains(t.lower[k - 1]);
            if (!involved && !resp && !held) {
                continue;
            }
            int next = ch.at[k + 1] + 1;
            if (ch.is(next, Kind.NP) && ch.get(next).genitive() && ch.is(next + 1, Kind.NP)) {
                next++; // "involved in the Jesuits' murder"
            }
            if (!held && (!ch.is(next, Kind.NP) || phrases.of(t, ch, next).cls != Cls.EVENT)) {
                continue;
            }
            int c = ch.at[k];
            if (held) {
                c = ch.at[k - 1]; // "the FMLN guerrillas are being held responsible"
                next = c;
            }
            int before = c - 1;
            if (ch.is(before, Kind.VG) && (BE.contains(t.lower[ch.get(before).head()]) || ch.get(before).to() - ch.get(before).from() >= 1
                    && BE.contains(t.lower[ch.get(before).from()]))) {
                before--; // "were responsible for"
            }
            if (!ch.is(before, Kind.NP)) {
                continue;
            }
            Phrase who = phrases.of(t, ch, before);
            if (who.cls == Cls.OTHER && !who.stateLike) {
                before = ch.chainStart(before); // "members of the national police participated in"
                who = phrases.of(t, ch, before);
            }
            if (who.cls == Cls.PRONOUN || who.cls == Cls.TIME || who.cls == Cls.NUMBER || who.cls == Cls.EVENT) {
                continue;
            }
            Draft d = new Draft(EventType.ATTACK, null, t.index);
            roles.agent(t, ch, before, d);
            if (!d.parties.isEmpty()) {
                position.put(d, ch.get(next).head());
                out.add(d);
            }
        }
        return out;
    }

    /** Whether a word is a trigger of violence ("murdering", "kidnapping"). */
    private boolean violentWord(String w) {
        return phrases.violent(w);
    }

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being");

    static boolean negated(Tokens t, Chunk vg) {
        for (int k = vg.from(); k < vg.to(); k++) {
            if (t.lower[k].equals("not") || t.lower[k].equals("n't") || t.lower[k].equals("never")) {
                return true;
            }
        }
        return false;
    }

    static int token(Tokens t, int offset) {
        for (int k = 0; k < t.size(); k++) {
            if (t.start[k] <= offset && offset < t.end[k]) {
                return k;
            }
        }
        return -1;
    }

    private static final Pattern CONDITION = Pattern.compile("(?i)\\bin\\s+(?:an?\\s+)?(?<c>(?:very\\s+|extremely\\s+)?(?:critical|serious"
            + "|stable|grave|satisfactory|fair|good|poor|life-threatening|severe|extremely\\s+serious))(?:\\s+but\\s+stable)?\\s+condition");
}
