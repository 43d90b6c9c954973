package org.storyline.extract.internal.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.model.Event;
import org.storyline.model.EventType;

/**
 * Fires and explosions that nobody is said to have caused: "a blaze at a nightclub killed 27", "a gas explosion
 * injured four". Such an event is of type other (subtype fire or explosion), not an attack. It is an attack only when
 * the text says someone did it: a perpetrator or a weapon, an arson cue ("arsonists", "set fire to", "deliberately
 * started") for a fire, a bomb or terrorism for an explosion. Thread-safe.
 */
final class Accidents {
    private static final Set<String> FIRES = Set.of("fire", "fires", "blaze", "blazes", "flames", "inferno", "wildfire",
            "wildfires", "bushfire", "bushfires", "conflagration");
    private static final Set<String> EXPLOSIONS = Set.of("explosion", "explosions", "blast", "blasts", "exploded", "explode",
            "explodes");
    /** Words before "fire" that make it gunfire: "machinegun fire", "opened fire", "under fire", "an exchange of fire". */
    private static final Set<String> GUNFIRE = Set.of("open", "opened", "opens", "opening", "return", "returned", "returning",
            "gun", "machinegun", "machine-gun", "rifle", "sniper", "mortar", "artillery", "rocket", "tank", "cross", "heavy",
            "automatic", "enemy", "small-arms", "weapons", "friendly", "hostile", "of", "under", "cease", "covering",
            "intense", "anti-aircraft", "gunboat", "cannon", "ceased", "hold", "held", "draw", "drew", "drawing");
    /** Words that make an explosion an accident in its own sentence ("a gas explosion", "a boiler blast"). */
    private static final Set<String> MISHAPS = Set.of("gas", "leak", "leaking", "boiler", "methane", "propane", "butane",
            "cylinder", "fireworks", "firework", "accident", "accidental", "accidentally", "pipeline", "transformer",
            "refinery", "furnace");
    /** A dispatch that speaks of bombs or terror: its explosions and fires are attacks. */
    private static final Pattern BOMBS = Pattern.compile("\\b(bombs?|bomber|bombers|bombing|bombings|bombed|explosives?|"
            + "dynamite|grenades?|ieds?|detonat\\w*|terroris\\w*|attack\\w*|claimed responsibility|suicide|guerrillas?|"
            + "insurgents?|militants?|jihadists?)\\b");
    /** A dispatch that names a bomb: even its gas explosions may be bombs. */
    private static final Pattern DEVICES = Pattern.compile("\\b(bombs?|bombing|bombings|bombed|explosives?|dynamite|grenades?|ieds?|"
            + "detonat\\w*|car bombs?)\\b");
    /** A dispatch that says a fire was set. */
    private static final Pattern ARSON = Pattern.compile("\\b(arson\\w*|set (fire|ablaze|alight)|set on fire|sets fire|"
            + "setting fire|set the (fire|blaze)|torch(ed|ing)|fire-?bomb\\w*|molotov|incendiar\\w*|petrol bombs?|"
            + "(deliberately|intentionally) (started|set|lit|caused)|(started|set|lit|caused) (deliberately|intentionally)|"
            + "deliberate(ly)? fire|started the (fire|blaze))\\b");

    private final Lexicon lex;

    Accidents(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * Marks the attacks of a sentence that are a fire or an explosion nobody set ({@link Draft#accident}), and drops
     * the "clashes" of firefighters with flames ("firefighters battled the blaze").
     */
    void mark(Tokens t, List<Draft> acts, Map<Draft, Integer> position) {
        acts.removeIf(d -> d.type == EventType.CLASH && position.get(d) != null && fought(t, position.get(d)));
        boolean mishap = false;
        boolean weapon = false;
        String fire = null;
        for (int i = 0; i < t.size(); i++) {
            mishap |= MISHAPS.contains(t.lower[i]);
            String w = lex.weaponSubtype(t.lower[i]);
            weapon |= w != null;
            if (fire == null && fireNoun(t, i)) {
                fire = EXPLOSIONS.contains(t.lower[i]) ? "explosion" : "fire";
            }
        }
        for (Draft d : acts) {
            if (d.type != EventType.ATTACK || !d.instruments.isEmpty() || perpetrator(d)) {
                continue;
            }
            Integer at = position.get(d);
            if (d.act && "bombing".equals(d.subtype) && at != null && EXPLOSIONS.contains(t.lower[at]) && !weapon) {
                d.accident = mishap ? "gas explosion" : "explosion";
            } else if (!d.act && d.subtype == null && fire != null && !weapon) {
                d.accident = mishap && fire.equals("explosion") ? "gas explosion" : fire;
            }
        }
    }

    /**
     * Settles the marked events of a dispatch once merged: a fire is an arson attack when the dispatch says it was
     * set, an explosion a bombing when it speaks of bombs or terror (a gas explosion only when it names a bomb);
     * otherwise each is of type other.
     */
    void settle(List<Draft> events, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean arson = ARSON.matcher(lower).find();
        boolean bombs = BOMBS.matcher(lower).find();
        boolean devices = DEVICES.matcher(lower).find();
        for (Draft d : events) {
            arson |= d.type == EventType.ATTACK && "arson".equals(d.subtype) && d.accident == null;
            bombs |= d.type == EventType.ATTACK && ("bombing".equals(d.subtype) || "car_bomb".equals(d.subtype)) && d.accident == null;
        }
        for (Draft d : events) {
            String kind = d.accident;
            d.accident = null;
            if (kind == null || d.type != EventType.ATTACK || !d.instruments.isEmpty() || perpetrator(d)
                    || d.subtype != null && !d.subtype.equals("bombing")) {
                continue;
            }
            if (kind.equals("fire") && arson) {
                d.subtype = "arson";
            } else if (kind.equals("gas explosion") && !devices || !bombs) {
                d.type = EventType.OTHER;
                d.subtype = kind.equals("fire") ? "fire" : "explosion";
            }
        }
    }

    private static boolean perpetrator(Draft d) {
        return d.parties.stream().anyMatch(p -> p.role() == Event.Role.PERPETRATOR);
    }

    /** Whether the word at i is a fire or an explosion as a noun, not gunfire. */
    private static boolean fireNoun(Tokens t, int i) {
        String w = t.lower[i];
        if (!FIRES.contains(w) && !Set.of("explosion", "explosions", "blast", "blasts").contains(w)) {
            return false;
        }
        if (t.pos != null && !t.pos[i].startsWith("NN")) {
            return false;
        }
        boolean gun = i > 0 && (GUNFIRE.contains(t.lower[i - 1]) || t.lower[i - 1].endsWith("gun") || t.lower[i - 1].endsWith("guns"));
        return !gun && !(w.startsWith("fire") && i + 1 < t.size() && "on".equals(t.lower[i + 1]));
    }

    /** Whether the clash trigger at i has flames for its object: "fought the flames", "battling a blaze". */
    private static boolean fought(Tokens t, int i) {
        if (!Set.of("fought", "fighting", "fight", "fights", "battled", "battling", "battle", "battles").contains(t.lower[i])) {
            return false; // "exchanged fire with the terrorists"
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
            if (FIRES.contains(t.lower[k])) {
                return true;
            }
            if (!Set.of("the", "a", "an", "huge", "massive", "big", "fierce", "raging").contains(t.lower[k])) {
                return false;
            }
        }
        return false;
    }
}
