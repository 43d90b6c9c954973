package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.language.Name;
import org.storyline.model.Event;
import org.storyline.model.EventType;

/**
 * Makes one event of the mentions of one happening in a dispatch: a definite mention ("the shooting") joins the
 * event it refers back to; others join an earlier event they share something specific with (a named victim, a city,
 * a day, a count) and contradict in nothing; "another attack" stays apart. Also settles each event's type from its
 * weapons and perpetrators (a state's attack with drones is a strike). Thread-safe.
 */
final class Merger {
    private final Lexicon lex;

    Merger(Lexicon lex) {
        this.lex = lex;
    }

    /** The events of a dispatch: its drafts merged where they tell one happening, typed, and without empty ones. */
    List<Draft> merge(List<Draft> drafts) {
        groups(drafts);
        List<Draft> events = new ArrayList<>();
        for (Draft d : drafts) {
            finish(d);
            if (d.generic) {
                continue; // "attacks" in general: not one happening
            }
            Draft target = d.anaphoric ? antecedent(events, d) : null;
            for (int i = events.size() - 1; i >= 0 && target == null && !d.anaphoric; i--) {
                Draft e = events.get(i);
                if (!e.compatible(d)) {
                    continue;
                }
                boolean sameSentence = e.lastSentence == d.sentence && (e.type == d.type || Draft.violent(e.type) && Draft.violent(d.type));
                if (sameSentence || e.sharesKey(d) && (!d.distinct || sharesPerson(e, d))) {
                    target = e;
                }
            }
            if (target != null) {
                target.absorb(d);
                finish(target);
            } else if (!d.anaphoric || !d.empty()) {
                events.add(d);
            }
        }
        events.removeIf(Draft::empty);
        spread(events);
        return events;
    }

    /**
     * A dispatch that names one organisation as the perpetrator of its violence ("an FMLN attack ... the guerrillas
     * also burned a bus") names it for its other violent events told only by individuals: they get that organisation.
     */
    private static void spread(List<Draft> events) {
        Map<String, String> orgs = new java.util.LinkedHashMap<>();
        for (Draft d : events) {
            if (!Draft.violent(d.type)) {
                continue;
            }
            for (Draft.Party p : d.parties) {
                if (p.role() == Event.Role.PERPETRATOR && p.name() == Name.Type.ORGANIZATION) {
                    orgs.putIfAbsent(p.key(), p.text());
                }
            }
        }
        if (orgs.size() != 1) {
            return;
        }
        String org = orgs.values().iterator().next();
        for (Draft d : events) {
            if (!Draft.violent(d.type)) {
                continue;
            }
            boolean hasOrg = false;
            boolean hasPerp = false;
            for (Draft.Party p : d.parties) {
                if (p.role() == Event.Role.PERPETRATOR) {
                    hasPerp = true;
                    hasOrg |= p.name() == Name.Type.ORGANIZATION;
                }
            }
            if (hasPerp && !hasOrg) {
                d.party(Event.Role.PERPETRATOR, org, Name.Type.ORGANIZATION);
            }
        }
    }

    /**
     * "The guerrillas" of a dispatch that speaks of "FMLN guerrillas" are those: a perpetrator told only by a group
     * noun gets the organisation the dispatch names with that noun, when it names exactly one.
     */
    private static void groups(List<Draft> drafts) {
        Map<String, Set<String>> orgs = new java.util.HashMap<>();
        for (Draft d : drafts) {
            List<Draft.Party> ps = d.parties;
            for (Draft.Party p : ps) {
                if (p.role() != Event.Role.PERPETRATOR || p.name() != null) {
                    continue;
                }
                for (Draft.Party q : ps) {
                    if (q.role() == Event.Role.PERPETRATOR && q.name() == Name.Type.ORGANIZATION
                            && Draft.key(p.text()).contains(Draft.key(q.text()))) {
                        orgs.computeIfAbsent(groupNoun(p.text()), k -> new java.util.TreeSet<>()).add(q.text());
                    }
                }
            }
        }
        for (Draft d : drafts) {
            List<Draft.Party> add = new ArrayList<>();
            boolean hasOrg = d.parties.stream().anyMatch(p -> p.role() == Event.Role.PERPETRATOR && p.name() == Name.Type.ORGANIZATION);
            for (Draft.Party p : d.parties) {
                if (hasOrg || p.role() != Event.Role.PERPETRATOR || p.name() != null) {
                    continue;
                }
                Set<String> named = orgs.get(groupNoun(p.text()));
                if (named != null && named.size() == 1) {
                    add.add(new Draft.Party(Event.Role.PERPETRATOR, named.iterator().next(), Name.Type.ORGANIZATION));
                }
            }
            add.forEach(p -> d.party(p.role(), p.text(), p.name()));
        }
    }

    private static String groupNoun(String text) {
        String k = Draft.key(text);
        int of = k.indexOf(" of ");
        if (of > 0) {
            k = k.substring(0, of);
        }
        return k.substring(k.lastIndexOf(' ') + 1);
    }

    /**
     * What a definite mention ("the shooting", "the talks") refers back to: the latest event mentioned with the same
     * word, else the latest of the same type.
     */
    private static Draft antecedent(List<Draft> events, Draft d) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Draft e = events.get(i);
            if (e.compatible(d) && !Collections.disjoint(e.heads, d.heads)) {
                return e;
            }
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Draft e = events.get(i);
            if (e.compatible(d) && (e.type == d.type || Draft.violent(e.type) && Draft.violent(d.type) && d.type != EventType.DEATH
                    && e.type != EventType.DEATH)) {
                return e;
            }
        }
        return null;
    }

    private static boolean sharesPerson(Draft a, Draft b) {
        for (String x : a.named(Set.of(Event.Role.VICTIM, Event.Role.TARGET), Name.Type.PERSON)) {
            for (String y : b.named(Set.of(Event.Role.VICTIM, Event.Role.TARGET), Name.Type.PERSON)) {
                if (Draft.sameName(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The dispatch's main, current event: the most mentioned of those its first sentences tell, if any. */
    static Draft main(List<Draft> merged) {
        Draft best = null;
        for (Draft d : merged) {
            if (d.sentence > 2 || !d.act || d.distinct) {
                continue;
            }
            if (best == null || d.triggers.size() > best.triggers.size()) {
                best = d;
            }
        }
        return best;
    }

    /** Final type and subtype: what the weapons and the perpetrators say. */
    void finish(Draft d) {
        if (d.subtype == null) {
            for (String s : d.instrumentSubtypes) {
                if (s != null) {
                    d.subtype = s;
                    break;
                }
            }
        }
        if (d.instrumentSubtypes.contains("car_bomb") && (d.subtype == null || d.subtype.equals("bombing"))) {
            d.subtype = "car_bomb";
        }
        Set<String> strikes = Set.of("drone", "missile", "air", "artillery");
        Set<String> personal = Set.of("shooting", "stabbing", "poisoning", "kidnapping", "arson", "car_bomb");
        boolean general = d.facts.stream().anyMatch(f -> f[0].equals("#general"));
        if ((d.subtype != null && Set.of("bombing", "car_bomb", "arson").contains(d.subtype) || d.type == EventType.STRIKE)
                && d.parties.stream().noneMatch(p -> p.role() == Event.Role.TARGET)) {
            for (String site : d.sites) {
                d.party(Event.Role.TARGET, site, null); // "a bomb exploded outside Government House"
            }
        }
        if (d.type == EventType.ATTACK && d.subtype != null && strikes.contains(d.subtype)) {
            d.type = EventType.STRIKE;
        } else if (d.type == EventType.ATTACK && general && d.subtype == null && stateAgent(d)) {
            d.type = EventType.STRIKE;
        } else if (d.type == EventType.STRIKE && d.subtype != null && personal.contains(d.subtype)) {
            d.type = EventType.ATTACK;
        } else if (d.type == EventType.DEATH && !"plane_crash".equals(d.subtype)
                && (!d.instruments.isEmpty() || !d.named(Set.of(Event.Role.PERPETRATOR), null).isEmpty())) {
            d.type = EventType.ATTACK;
        }
        if (d.type == EventType.STRIKE && d.subtype != null && !strikes.contains(d.subtype) && !personal.contains(d.subtype)) {
            d.type = EventType.ATTACK; // bombing
        }
    }

    private boolean stateAgent(Draft d) {
        for (Draft.Party p : d.parties) {
            if (p.role() != Event.Role.PERPETRATOR) {
                continue;
            }
            if (p.name() == Name.Type.GROUP || p.name() == Name.Type.PLACE && lex.country(p.text())) {
                return true;
            }
            String k = p.key();
            if (Phrases.STATE_AGENTS.contains(k) || k.endsWith("forces") || k.endsWith("army") || k.endsWith("military")) {
                return true;
            }
        }
        return false;
    }
}
