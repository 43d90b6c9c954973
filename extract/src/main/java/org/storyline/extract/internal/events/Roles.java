package org.storyline.extract.internal.events;

import java.util.List;
import org.storyline.extract.internal.events.Chunk.Kind;
import org.storyline.extract.internal.events.Chunks.Pp;
import org.storyline.extract.internal.events.Phrase.Cls;
import org.storyline.language.Name;
import org.storyline.model.Event;
import org.storyline.model.EventType;

/**
 * Fills an event's roles from noun phrases: who acts (perpetrator, actor or party, by event type; a weapon becomes
 * the instrument), who or what is acted on (victim, target, party), and what prepositions add ("with dynamite",
 * "talks with Turkey"). Confined to one reading (pronouns resolve within the dispatch).
 */
final class Roles {
    private final Lexicon lex;
    private final Phrases phrases;
    private final Places places;
    private final Pronouns pronouns;

    Roles(Lexicon lex, Phrases phrases, Places places, Pronouns pronouns) {
        this.lex = lex;
        this.phrases = phrases;
        this.places = places;
        this.pronouns = pronouns;
    }

    void premodifier(Name n, Draft d) {
        switch (n.type()) {
            case PLACE -> {
                if (lex.country(n.text()) && d.type != EventType.TALKS) {
                    d.party(agentRole(d.type), n.text(), Name.Type.PLACE);
                } else {
                    d.place(n.text(), 1, lex.country(n.text()));
                }
            }
            case GROUP, ORGANIZATION -> d.party(agentRole(d.type), Phrases.clean(n.text()), n.type());
            case PERSON -> d.party(Draft.violent(d.type) ? Event.Role.VICTIM : agentRole(d.type), Phrases.clean(n.text()), n.type());
            case MISC -> {
                if (d.type == EventType.MUTINY || d.type == EventType.PROTEST) {
                    d.party(Event.Role.ACTOR, n.text(), n.type());
                }
            }
        }
    }

    static Event.Role agentRole(EventType type) {
        return switch (type) {
            case ATTACK, STRIKE, DEATH -> Event.Role.PERPETRATOR;
            case CLASH, TALKS, AGREEMENT, PRISONER_EXCHANGE -> Event.Role.PARTY;
            default -> Event.Role.ACTOR;
        };
    }

    /** The one who acts: a perpetrator, an actor or a party; a weapon becomes the instrument. */
    void agent(Tokens t, Chunks ch, int c, Draft d) {
        Phrase np = phrases.of(t, ch, c);
        switch (np.cls) {
            case WEAPON -> {
                d.instrument(np.text, np.weaponSubtype);
                premodifiersOf(t, ch, c, d);
            }
            case TIME, EVENT, NUMBER -> {
            }
            case PRONOUN -> {
                String who = pronouns.resolve(t, np.head);
                if (who != null) {
                    d.party(agentRole(d.type), who, Name.Type.PERSON);
                }
            }
            case OTHER, FACILITY -> {
                if (np.stateLike) {
                    d.party(agentRole(d.type), np.text, null);
                }
            }
            default -> {
                if (!t.dateline[np.head]) {
                    d.party(agentRole(d.type), Phrases.clean(np.agentText), np.name == null ? null : np.name.type());
                    orgInside(t, ch, c, np, d);
                }
            }
        }
    }

    /** Names inside an agent phrase that are themselves agents: "FMLN guerrillas", "members of the FMLN". */
    void orgInside(Tokens t, Chunks ch, int c, Phrase np, Draft d) {
        Chunk chunk = ch.get(c);
        int end = chunk.to();
        if (lex.groupNoun(t.lower[chunk.head()]) && ch.is(c + 1, Kind.PREP) && ch.word(c + 1, "of") && ch.is(c + 2, Kind.NP)) {
            end = ch.get(c + 2).to();
        }
        // "a group of terrorists from the Zarate Willka Armed Forces", "guerrillas of the FMLN": the organisation after
        for (int k = c + 1; k + 1 < ch.size() && k <= c + 4; k += 2) {
            if (!ch.is(k, Kind.PREP) || !ch.word(k, "of", "from") || !ch.is(k + 1, Kind.NP)) {
                break;
            }
            Chunk org = ch.get(k + 1);
            Name n = t.name[org.head()];
            if (n != null && n.type() == Name.Type.ORGANIZATION) {
                d.party(Roles.agentRole(d.type), Phrases.clean(n.text()), n.type());
            }
        }
        if (np.cls == Cls.PERPETRATOR) {
            // "SHINING PATH GUERRILLAS", "FMLN URBAN COMMANDOS": the proper nouns before the noun name the group
            int from = chunk.from();
            while (from < chunk.head() && !t.pos[from].startsWith("NNP")) {
                from++;
            }
            int to = from;
            while (to < chunk.head() && t.pos[to].startsWith("NNP") && !lex.human(t.lower[to]) && lex.noun(t.lower[to]) == null) {
                to++;
            }
            if (to > from && (t.name[from] == null || t.name[from].type() == Name.Type.ORGANIZATION || t.name[from].type() == Name.Type.MISC)) {
                d.party(agentRole(d.type), t.text(from, to), Name.Type.ORGANIZATION);
            }
        }
        for (int k = chunk.from(); k < end; k++) {
            Name n = t.name[k];
            if (n != null && n != np.name && (n.type() == Name.Type.ORGANIZATION)) {
                d.party(agentRole(d.type), n.text(), n.type());
            }
            if (n == np.name && n != null && n.type() == Name.Type.ORGANIZATION && !np.text.equalsIgnoreCase(n.text())) {
                d.party(agentRole(d.type), n.text(), n.type());
            }
        }
    }

    /** "A Russian drone": the demonym before a weapon is who used it. */
    void premodifiersOf(Tokens t, Chunks ch, int c, Draft d) {
        Chunk chunk = ch.get(c);
        for (int k = chunk.from(); k < chunk.head(); k++) {
            Name n = t.name[k];
            if (n != null && (n.type() == Name.Type.GROUP || n.type() == Name.Type.ORGANIZATION
                    || n.type() == Name.Type.PLACE && lex.country(n.text()))) {
                d.party(agentRole(d.type), Phrases.clean(n.text()), n.type());
            }
        }
    }

    /** The one acted on: a victim (people), a target (things) or, for talks, a party. */
    void patient(Tokens t, Chunks ch, int c, Draft d) {
        Phrase np = phrases.of(t, ch, c);
        Event.Role role = switch (d.type) {
            case ATTACK, STRIKE, DEATH -> null;
            case ARREST, SANCTION, PROTEST, MUTINY -> Event.Role.TARGET;
            case TALKS, AGREEMENT, CLASH, PRISONER_EXCHANGE -> Event.Role.PARTY;
            default -> Event.Role.TARGET;
        };
        switch (np.cls) {
            case TIME, NUMBER, EVENT -> {
            }
            case WEAPON -> {
                if (d.type != EventType.STRIKE) {
                    d.instrument(np.text, np.weaponSubtype);
                }
            }
            case PLACE -> {
                if (role == null || role == Event.Role.TARGET && d.type != EventType.SANCTION) {
                    d.place(places.placeName(t, np), 0, lex.country(np.name.text()));
                } else {
                    d.party(role, np.name.text(), Name.Type.PLACE);
                }
            }
            case PRONOUN -> {
                String who = pronouns.resolve(t, np.head);
                if (who != null) {
                    d.party(role == null ? Event.Role.VICTIM : role, who, Name.Type.PERSON);
                }
            }
            case FACILITY, OTHER -> {
                Chunk pc = ch.get(c);
                if (role == null && np.cls == Cls.OTHER && phrases.properName(t, pc)) {
                    d.party(Event.Role.VICTIM, np.text, Name.Type.PERSON); // "ARMANSIO QUISPE WAS MURDERED": a name untagged
                    break;
                }
                if (role == null && (np.cls == Cls.FACILITY)) {
                    d.party(Event.Role.TARGET, np.text, null);
                    if (d.detail == null) {
                        d.detail(places.detailText(t, ch, c), 5);
                    }
                } else if (role != null && np.cls == Cls.OTHER && (d.type == EventType.SANCTION || d.type == EventType.ARREST)) {
                    d.party(role, np.text, np.name == null ? null : np.name.type());
                } else if (role == Event.Role.TARGET && np.name != null) {
                    d.party(role, np.text, np.name.type());
                }
            }
            default -> {
                Event.Role r = role != null ? role : (np.cls == Cls.ORG ? Event.Role.TARGET : Event.Role.VICTIM);
                d.party(r, np.text, np.name == null ? null : np.name.type());
                Name named = np.cls == Cls.HUMAN ? apposition(t, ch, c) : null;
                if (named != null) {
                    d.party(r, named.text(), Name.Type.PERSON);
                }
                if (np.personName != null) {
                    d.party(r, np.personName, Name.Type.PERSON);
                }
                if (np.name != null && np.name.type() == Name.Type.PERSON && !np.text.contains(np.name.text())) {
                    d.party(r, np.name.text(), Name.Type.PERSON);
                }
            }
        }
    }

    /**
     * The person's name in apposition to a description ("Manuel Uribe, a businessman,", "the other victim, Juan
     * Perez,"), or null.
     */
    static Name apposition(Tokens t, Chunks ch, int c) {
        if (ch.is(c - 1, Kind.COMMA) && ch.is(c - 2, Kind.NP) && !ch.is(c - 3, Kind.PREP)) {
            Name n = t.name[ch.get(c - 2).head()];
            if (n != null && n.type() == Name.Type.PERSON && (ch.is(c + 1, Kind.COMMA) || ch.is(c + 1, Kind.PUNCT) || ch.is(c + 1, Kind.SUB)
                    || c + 1 >= ch.size())) {
                return n;
            }
        }
        if (ch.is(c + 1, Kind.COMMA) && ch.is(c + 2, Kind.NP)) {
            Chunk a = ch.get(c + 2);
            Name n = t.name[a.head()];
            boolean closed = ch.is(c + 3, Kind.COMMA) || ch.is(c + 3, Kind.PUNCT) || c + 3 >= ch.size() || ch.is(c + 3, Kind.SUB);
            if (n != null && n.type() == Name.Type.PERSON && closed && a.from() == startOf(t, n, a)) {
                return n;
            }
        }
        return null;
    }

    /** The first token of a name inside a phrase, past its article and titles. */
    private static int startOf(Tokens t, Name n, Chunk a) {
        int k = a.from();
        while (k < a.to() && t.name[k] != n && (t.pos[k].equals("DT") || t.pos[k].startsWith("NN") && t.name[k] == null)) {
            k++;
        }
        return k < a.to() && t.name[k] == n ? a.from() : -1;
    }

    /** Prepositions after a trigger that say more: instruments ("with dynamite"), parties ("talks with X"). */
    void prepositions(Tokens t, Chunks ch, List<Pp> pps, Draft d) {
        for (Pp pp : pps) {
            Phrase np = phrases.of(t, ch, pp.np());
            String p = pp.preposition();
            if (np.cls == Cls.WEAPON && (p.equals("with") || p.equals("using") || p.equals("by") || p.equals("in"))) {
                d.instrument(np.text, np.weaponSubtype);
                premodifiersOf(t, ch, pp.np(), d);
            } else if ((p.equals("with") || p.equals("between") || p.equals("involving") || p.equals("among"))
                    && (d.type == EventType.TALKS || d.type == EventType.AGREEMENT || d.type == EventType.CLASH
                    || d.type == EventType.PRISONER_EXCHANGE)) {
                if (np.cls == Cls.PLACE || np.cls == Cls.ORG || np.cls == Cls.PERSON || np.cls == Cls.GROUP || np.cls == Cls.HUMAN
                        || np.cls == Cls.PERPETRATOR) {
                    d.party(Event.Role.PARTY, np.cls == Cls.PLACE ? np.name.text() : np.text, np.name == null ? null : np.name.type());
                }
            } else if ((p.equals("at") || p.equals("on")) && Draft.violent(d.type) && (np.cls == Cls.HUMAN || np.cls == Cls.PERSON)) {
                patient(t, ch, pp.np(), d); // "fired shots at a man", "opened fire on protesters"
            } else if ((p.equals("along with") || p.equals("together with")) && Draft.violent(d.type)
                    && (np.cls == Cls.HUMAN || np.cls == Cls.PERSON)) {
                patient(t, ch, pp.np(), d);
            }
        }
    }
}
