package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.extract.internal.events.Chunk.Kind;
import org.storyline.extract.internal.events.Chunks.Pp;
import org.storyline.extract.internal.events.Lexicon.Entry;
import org.storyline.language.Annotated;
import org.storyline.language.Name;
import org.storyline.language.Quantity;
import org.storyline.language.Sentence;
import org.storyline.language.Timex;
import org.storyline.model.DateBasis;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;
import org.storyline.model.StableId;

/**
 * One reading of one dispatch: finds triggers sentence by sentence, fills the roles around each from the chunks,
 * ties deaths, injuries and counts to the act they belong to, dates and places every event, then merges the
 * mentions of one happening into one event. Not thread-safe; one per dispatch.
 */
final class Reading {
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> DISTINCT = Set.of("another", "second", "third", "new", "separate", "earlier", "previous",
            "prior", "other", "fresh", "similar", "latest-but");
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "carried", "carries", "carrying", "launch", "launched",
            "launches", "launching", "stage", "staged", "stages", "staging", "conduct", "conducted", "conducts", "conducting",
            "commit", "committed", "commits", "perpetrated", "perpetrate", "mount", "mounted", "start", "started", "starts",
            "began", "begin", "begun", "led", "lead", "leads", "organized", "organised", "organize", "hold", "held", "holds",
            "holding", "ordered", "order", "orders", "masterminded", "plotted", "impose", "imposed", "imposes", "imposing",
            "introduce", "introduced", "added", "add", "adds", "announced", "announce", "signed", "sign", "reached", "reach",
            "exchanged", "exchange", "resume", "resumed", "continued", "continue", "made", "make", "executed", "unleashed",
            "waged", "wage", "joined", "attended", "concluded", "conclude", "opened", "claimed", "planned", "plan", "plans");
    private static final Set<String> PLAN_VERBS = Set.of("agreed", "agree", "agrees", "plan", "plans", "planned", "planning",
            "scheduled", "schedule", "expected", "expect", "proposed", "propose", "prepare", "prepared", "preparing", "resume",
            "threatened", "threaten", "threatens", "called", "call", "calls", "urged", "seek", "seeks", "sought", "want", "wants",
            "hope", "hopes", "announced", "vowed", "promised", "will", "would", "intend", "intends");
    /** Verbs whose subject is the agent of the event they govern: "agreed to a prisoner swap", "plans talks". */
    private static final Set<String> GOVERNOR_AGENT = Set.of("agreed", "agree", "agrees", "plan", "plans", "planned", "planning",
            "scheduled", "proposed", "propose", "prepare", "prepared", "preparing", "resume", "resumed", "threatened", "threaten",
            "threatens", "vowed", "promised", "intend", "intends");
    private static final Set<String> ATTEMPT_WORDS = Set.of("attempt", "attempted", "attempts", "attempting", "failed", "foiled",
            "thwarted", "unsuccessful", "tried", "try", "tries", "survived", "survive", "survives", "escaped", "averted",
            "prevented", "plot", "plotted");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "'ll", "could", "may", "might", "should", "must");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "into", "across", "throughout",
            "over", "on", "within", "around", "along", "off", "from");
    private static final Set<String> STATE_AGENTS = Set.of("army", "forces", "troops", "military", "air force", "navy",
            "armed forces", "aviation", "air defenses", "artillery", "defense ministry", "ministry of defense", "regime");
    private static final Set<String> GENERAL_ATTACK = Set.of("attack", "attacks", "attacked", "attacking", "assault", "assaults",
            "assaulted", "raid", "raids", "raided", "hit", "hits", "struck", "targeted", "targeting", "pounded", "strike", "strikes");
    private static final Pattern CONDITION = Pattern.compile("(?i)\\bin\\s+(?:an?\\s+)?(?<c>(?:very\\s+|extremely\\s+)?(?:critical|serious"
            + "|stable|grave|satisfactory|fair|good|poor|life-threatening|severe|extremely\\s+serious))(?:\\s+but\\s+stable)?\\s+condition");
    private static final Set<String> CUES = Set.of("condition", "responsibility", "blamed", "blaming", "blames", "blame",
            "attributed");

    private final Lexicon lex;
    private final String documentId;
    private final String articleId;
    private final String text;
    private final Annotated annotated;
    private final PartialDate anchor;
    private final List<Name> persons = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Span> sentenceSpans = new ArrayList<>();
    /** Where each draft's own trigger is, in its sentence (token index). */
    private final Map<Draft, Integer> position = new LinkedHashMap<>();

    Reading(Lexicon lex, String documentId, String articleId, String text, Annotated annotated, PartialDate anchor) {
        this.lex = lex;
        this.documentId = documentId;
        this.articleId = articleId;
        this.text = text;
        this.annotated = annotated;
        this.anchor = anchor;
        for (Name n : annotated.names()) {
            if (n.type() == Name.Type.PERSON) {
                persons.add(n);
            }
        }
        persons.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        for (Name n : annotated.names()) {
            String k = Tokens.normal(n.text()).replaceAll("\\s+", " ");
            String[] words = k.split(" ");
            if (n.type() == Name.Type.GROUP || n.type() == Name.Type.MISC) {
                continue;
            }
            if (words.length >= 2 || n.type() == Name.Type.ORGANIZATION && k.length() >= 3 && k.equals(k.toLowerCase()) && n.text().equals(n.text().toUpperCase())) {
                knownNames.putIfAbsent(k, n.type());
            }
            if (n.type() == Name.Type.PERSON && words.length >= 2) {
                String surname = words[words.length - 1];
                if (surname.length() >= 4 && lex.noun(surname) == null && lex.triggers(surname).isEmpty()) {
                    knownNames.putIfAbsent(surname, Name.Type.PERSON);
                    surnames.add(surname);
                }
            }
        }
    }

    /** Names of the dispatch by their words (lower case), and the surnames among them. */
    private final Map<String, Name.Type> knownNames = new java.util.HashMap<>();
    private final Set<String> surnames = new java.util.HashSet<>();

    List<Event> read() {
        List<Sentence> sentences = annotated.sentences();
        List<Name> names = sorted(annotated.names(), Name::span);
        List<Quantity> quantities = sorted(annotated.quantities(), Quantity::span);
        List<Timex> times = sorted(annotated.times(), Timex::span);
        int ni = 0;
        int qi = 0;
        int ti = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            Span span = sentence.span();
            sentenceSpans.add(span);
            if (span.end() > text.length()) {
                break; // annotations of another text: nothing more to read safely
            }
            List<Name> sn = new ArrayList<>();
            while (ni < names.size() && names.get(ni).span().start() < span.start()) {
                ni++;
            }
            for (int k = ni; k < names.size() && names.get(k).span().start() < span.end(); k++) {
                sn.add(names.get(k));
            }
            List<Quantity> sq = new ArrayList<>();
            while (qi < quantities.size() && quantities.get(qi).span().start() < span.start()) {
                qi++;
            }
            for (int k = qi; k < quantities.size() && quantities.get(k).span().start() < span.end(); k++) {
                sq.add(quantities.get(k));
            }
            List<Timex> st = new ArrayList<>();
            while (ti < times.size() && times.get(ti).span().start() < span.start()) {
                ti++;
            }
            for (int k = ti; k < times.size() && times.get(k).span().start() < span.end(); k++) {
                st.add(times.get(k));
            }
            if (!candidate(sentence)) {
                continue;
            }
            sn = names.isEmpty() ? sn : rename(sentence, sn);
            List<Quantity> all = new ArrayList<>(sq);
            all.addAll(Numbers.read(text, sentence.tokens(), sq));
            Tokens t = new Tokens(s, text, span, sentence.tokens(), sn, all, st);
            if (t.size() == 0 || t.size() > 250 || t.question()) {
                continue;
            }
            sentence(t);
        }
        return events(merge());
    }

    /**
     * The sentence's names plus the words it leaves untagged that the dispatch names elsewhere: "SHINING PATH"
     * tagged an organisation in one sentence is one in the next, and "QUISPE" is the surname of "ARMANSIO QUISPE".
     * One sense per discourse, which matters most in capitals, where the name tagger misses more.
     */
    private List<Name> rename(Sentence sentence, List<Name> tagged) {
        List<Span> tokens = sentence.tokens();
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            for (Name n : tagged) {
                if (n.span().start() < tokens.get(i).end() && tokens.get(i).start() < n.span().end()) {
                    covered[i] = true;
                }
            }
        }
        List<Name> out = new ArrayList<>(tagged);
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Name found = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + 6) && !covered[j]; j++) {
                if (j > i) {
                    key.append(' ');
                }
                key.append(Tokens.normal(tokens.get(j).of(text)));
                Name.Type type = knownNames.get(key.toString());
                if (type != null && (j > i || surnames.contains(key.toString()) || key.length() >= 4)) {
                    Span span = new Span(tokens.get(i).start(), tokens.get(j).end());
                    if (Character.isUpperCase(text.charAt(span.start()))) {
                        found = new Name(span, span.of(text), type);
                    }
                }
            }
            if (found != null) {
                out.add(found);
                while (i < tokens.size() && tokens.get(i).end() <= found.span().end()) {
                    covered[i++] = true;
                }
                i--;
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private static <T> List<T> sorted(List<T> in, java.util.function.Function<T, Span> span) {
        List<T> out = new ArrayList<>(in);
        out.sort((a, b) -> Integer.compare(span.apply(a).start(), span.apply(b).start()));
        return out;
    }

    /** Whether a sentence holds a trigger word or a cue, judged on its words alone (cheap: most sentences do not). */
    private boolean candidate(Sentence s) {
        for (Span tok : s.tokens()) {
            String w = Tokens.normal(tok.of(text));
            if (!lex.triggers(w).isEmpty() || lex.prefix(w) || CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // ---- triggers ---------------------------------------------------------------------------------------------

    /** A trigger found in a sentence: tokens and the readings of its words. */
    private record Found(int from, int to, List<Entry> entries) {
    }

    private List<Found> triggers(Tokens t) {
        List<Found> out = new ArrayList<>();
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Found best = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < Math.min(n, i + Lexicon.MAX_WORDS); j++) {
                if (j > i) {
                    key.append(' ');
                }
                key.append(t.lower[j]);
                String k = key.toString();
                List<Entry> e = lex.triggers(k);
                if (!e.isEmpty()) {
                    best = new Found(i, j + 1, e);
                }
                if (!lex.prefix(k)) {
                    break;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to() - 1;
            }
        }
        return out;
    }

    private void sentence(Tokens t) {
        List<Found> found = triggers(t);
        boolean cue = false;
        for (String w : t.lower) {
            cue |= CUES.contains(w);
        }
        if (found.isEmpty() && !cue) {
            return;
        }
        t.tag();
        for (Found f : found) {
            retag(t, f);
        }
        Chunks ch = Chunks.of(t);
        List<Draft> acts = new ArrayList<>();
        List<Draft> others = new ArrayList<>();
        List<Found> casualties = new ArrayList<>();
        List<Found> volleys = new ArrayList<>();
        for (Found f : found) {
            Entry e = reading(t, ch, f);
            if (e == null) {
                continue;
            }
            switch (e.kind()) {
                case ACT -> {
                    Draft d = act(t, ch, f, e);
                    if (d != null) {
                        acts.add(d);
                        if (f.entries().stream().anyMatch(x -> x.kind() == Lexicon.Kind.DIE)) {
                            casualties.add(new Found(f.from(), f.to(), List.of(dieOf(f))));
                        }
                    }
                }
                case DIE, INJURE -> casualties.add(new Found(f.from(), f.to(), List.of(e)));
                case LAUNCH, INTERCEPT, IMPACT -> volleys.add(new Found(f.from(), f.to(), List.of(e)));
            }
        }
        for (Found f : volleys) {
            Draft d = volley(t, ch, f, f.entries().getFirst());
            if (d != null) {
                if (f.entries().getFirst().kind() == Lexicon.Kind.LAUNCH && nearest(ch, acts, f.from()) == null) {
                    acts.add(d);
                } else {
                    others.add(d);
                }
            }
        }
        for (Found f : casualties) {
            Draft d = casualty(t, ch, f, f.entries().getFirst());
            if (d != null) {
                others.add(d);
            }
        }
        others.addAll(facts(t, ch));
        others.addAll(damage(t, ch));
        others.addAll(responsible(t, ch));
        List<Draft> all = new ArrayList<>(acts);
        all.addAll(others);
        dates(t, ch, all);
        // tie deaths, injuries, counts and facts to the act they belong to
        for (Draft o : others) {
            Draft target = nearest(ch, acts, position.get(o));
            if (target != null && target.compatible(o)) {
                target.absorb(o);
                continue;
            }
            Draft recent = followUp(t, o) ? recent(o, t.index) : null;
            if (recent != null) {
                recent.absorb(o);
                continue;
            }
            if (o.act || !o.counts.isEmpty() || !o.inferred.isEmpty() || o.named(Set.of(Event.Role.VICTIM), null).size() > 0
                    || o.type == EventType.DEATH && !o.parties.isEmpty()) {
                acts.add(o);
            }
        }
        drafts.addAll(acts);
    }

    private static Entry dieOf(Found f) {
        return f.entries().stream().filter(x -> x.kind() == Lexicon.Kind.DIE).findFirst().orElseThrow();
    }

    /** Fixes the tagger where a trigger verb after a noun was read as a noun ("A gunman shot and…"). */
    private void retag(Tokens t, Found f) {
        int i = f.from();
        String w = t.lower[i];
        boolean verbLike = w.endsWith("ed") || Set.of("shot", "hit", "struck", "slain", "fought", "met", "blew", "set", "burnt").contains(w);
        if (!verbLike || i == 0 || !(t.pos[i].startsWith("NN") || t.pos[i].startsWith("JJ"))) {
            return;
        }
        String before = t.pos[i - 1];
        if ((before.startsWith("NN") || before.equals("PRP")) && !(i + 1 < t.size() && t.pos[i + 1].startsWith("NN"))) {
            t.pos[i] = "VBD";
        }
    }

    /** The reading of a trigger in its context, or null when it is not one here. */
    private Entry reading(Tokens t, Chunks ch, Found f) {
        Name inside = t.name[f.from()];
        if (inside != null && inside.type() != Name.Type.PLACE && f.to() - f.from() < inside.text().split("\\s+").length) {
            return null; // part of a name: "Hero of Russia", "Rally for the Republic"
        }
        int c = chunkOf(ch, f);
        Chunk chunk = ch.get(c);
        boolean verbal = chunk.is(Kind.VG);
        if (!verbal && chunk.is(Kind.NP) && chunk.head() > f.to() - 1 && !ch.isTime(c) && !t.pos[chunk.head()].equals("CD")) {
            // a modifier of another noun: "attack drones", "protest movement"
            boolean allowed = f.entries().stream().anyMatch(e -> e.kind() == Lexicon.Kind.DIE || e.kind() == Lexicon.Kind.INJURE)
                    && t.pos[f.from()].startsWith("JJ");
            if (!allowed) {
                return null;
            }
        }
        if (!verbal && !chunk.is(Kind.NP)) {
            boolean adjective = t.pos[f.from()].startsWith("JJ") || t.pos[f.from()].startsWith("NN");
            if (!adjective) {
                return null;
            }
        }
        List<Entry> ok = new ArrayList<>();
        for (Entry e : f.entries()) {
            if (e.has('v') && !verbal) {
                continue;
            }
            if (e.has('n') && verbal) {
                continue;
            }
            if (e.has('g') && !(chunk.is(Kind.NP) && DEFINITE.contains(t.lower[chunk.from()]))) {
                continue;
            }
            if (e.has('q') && !(verbal && (chunk.passive() || !ch.objects(c).isEmpty()))) {
                continue;
            }
            boolean volley = e.kind() == Lexicon.Kind.LAUNCH || e.kind() == Lexicon.Kind.INTERCEPT || e.kind() == Lexicon.Kind.IMPACT;
            if (e.has('w') && !volley && !armed(t, ch, c, e)) {
                continue;
            }
            ok.add(e);
        }
        if (ok.isEmpty()) {
            return null;
        }
        // prefer counts of drones and missiles where there is a counted weapon, else the act
        for (Entry e : ok) {
            if ((e.kind() == Lexicon.Kind.IMPACT || e.kind() == Lexicon.Kind.INTERCEPT || e.kind() == Lexicon.Kind.LAUNCH)
                    && countedWeapon(t, ch, c) != null) {
                return e;
            }
        }
        for (Entry e : ok) {
            if (e.kind() == Lexicon.Kind.ACT) {
                return e;
            }
        }
        for (Entry e : ok) {
            if (e.kind() == Lexicon.Kind.DIE || e.kind() == Lexicon.Kind.INJURE) {
                return e;
            }
        }
        return null;
    }

    private static int chunkOf(Chunks ch, Found f) {
        int first = ch.at[f.from()];
        if (ch.get(first).is(Kind.VG)) {
            return first;
        }
        return ch.at[f.to() - 1];
    }

    /** Whether a "w" trigger ("hit", "launched") has a weapon or a state's forces about it. */
    private boolean armed(Tokens t, Chunks ch, int c, Entry e) {
        for (int k = Math.max(0, c - 6); k < Math.min(ch.size(), c + 7); k++) {
            if (ch.is(k, Kind.NP) && ch.boundaries(ch.get(k).head(), ch.get(c).head()) <= 1) {
                Np np = np(t, ch, k);
                if (np.cls == Cls.WEAPON) {
                    return true;
                }
            }
        }
        if (e.kind() == Lexicon.Kind.ACT && ch.get(c).is(Kind.VG) && !ch.get(c).passive()) {
            for (int s : ch.subject(c)) {
                Np np = np(t, ch, s);
                if (np.stateLike) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The counted weapon a launch, interception or impact is about ("131 drones", "106"), or null. */
    private Np countedWeapon(Tokens t, Chunks ch, int c) {
        Chunk chunk = ch.get(c);
        List<Integer> cands = new ArrayList<>();
        if (chunk.is(Kind.VG)) {
            if (chunk.passive() || intransitive(t, ch, c)) {
                cands.addAll(ch.subject(c));
            } else {
                cands.addAll(ch.objects(c));
            }
        }
        for (int k : cands) {
            Np np = np(t, ch, k);
            if (np.quantity != null && (np.cls == Cls.WEAPON || np.cls == Cls.NUMBER && weaponInSentence(t, ch))) {
                return np;
            }
        }
        return null;
    }

    private boolean intransitive(Tokens t, Chunks ch, int c) {
        Chunk chunk = ch.get(c);
        String w = t.lower[chunk.head()];
        boolean participleAfterNoun = ch.is(c - 1, Kind.NP) && (t.pos[chunk.head()].equals("VBG") || t.pos[chunk.head()].equals("VBN"))
                && chunk.to() - chunk.from() == 1;
        return participleAfterNoun || w.startsWith("impact") || ch.objects(c).isEmpty();
    }

    private boolean weaponInSentence(Tokens t, Chunks ch) {
        for (int k = 0; k < ch.size(); k++) {
            if (ch.is(k, Kind.NP) && np(t, ch, k).cls == Cls.WEAPON) {
                return true;
            }
        }
        return false;
    }

    // ---- noun phrases ---------------------------------------------------------------------------------------------

    enum Cls { PERSON, ORG, PLACE, GROUP, HUMAN, PERPETRATOR, WEAPON, FACILITY, PRONOUN, NUMBER, TIME, EVENT, OTHER }

    /** What a noun phrase is, for the role rules. */
    private static final class Np {
        int chunk;
        int head;
        Cls cls;
        Name name;
        Quantity quantity;
        boolean plural;
        boolean stateLike;
        String text;
        String weaponSubtype;
        /** "Gilda Flores" of "his companion Gilda Flores": a person's name the name tagger missed, after a title. */
        String personName;
    }

    private Np np(Tokens t, Chunks ch, int c) {
        Chunk chunk = ch.get(c);
        Np np = new Np();
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
        np.text = participantText(t, ch, c);
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
                || np.cls == Cls.GROUP || np.cls == Cls.ORG && lex.country(np.name.text())
                || STATE_AGENTS.contains(w) || STATE_AGENTS.contains(phrase) || phrase.endsWith("forces") || phrase.endsWith("army")
                || phrase.endsWith("military");
        return np;
    }

    private Lexicon.NounClass nounClass(Tokens t, int from, int h) {
        for (int k = Math.max(from, h - 2); k <= h; k++) {
            Lexicon.NounClass c = lex.noun(t.words(k, h + 1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private String weaponSubtype(Tokens t, int from, int h) {
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

    /** A participant as written: the phrase without its article, with "of" and its group for group nouns. */
    private String participantText(Tokens t, Chunks ch, int c) {
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
        if (lex.groupNoun(head) && ch.is(c + 1, Kind.PREP) && ch.word(c + 1, "of") && ch.is(c + 2, Kind.NP)) {
            Chunk of = ch.get(c + 2);
            int end = of.to();
            if (of.genitive() && ch.is(c + 3, Kind.NP)) {
                end = ch.get(c + 3).to();
            }
            to = end;
        }
        return t.text(from, to);
    }

    // ---- acts -----------------------------------------------------------------------------------------------------

    private Draft act(Tokens t, Chunks ch, Found f, Entry e) {
        int c = chunkOf(ch, f);
        Chunk chunk = ch.get(c);
        Draft d = new Draft(e.type(), e.subtype(), t.index);
        d.act = true;
        d.trigger(new Span(t.start[f.from()], t.end[f.to() - 1]));
        d.attempted |= e.has('a');
        d.heads.add(t.lower[f.to() - 1]);
        position.put(d, f.from());
        if (GENERAL_ATTACK.contains(t.words(f.from(), f.to())) || e.has('w')) {
            d.facts.add(new String[] {"#general", "true"});
        }
        List<Pp> pps;
        if (chunk.is(Kind.VG)) {
            pps = verbal(t, ch, c, d);
        } else {
            pps = nominal(t, ch, c, f, d);
        }
        status(t, ch, c, d);
        places(t, ch, c, d, pps);
        if (e.has('m') && d.parties.isEmpty()) {
            return null; // "a meeting of his Security Council": talks need someone to talk with
        }
        if (chunk.is(Kind.NP)) {
            int c0 = ch.at[f.from()];
            if (ch.get(c0).is(Kind.NP)) {
                chunk = ch.get(c0);
                c = c0;
            }
            String first = t.lower[chunk.from()];
            boolean possessed = ch.is(c - 1, Kind.NP) && ch.get(c - 1).genitive();
            boolean definite = DEFINITE.contains(first) || possessed && !DISTINCT.contains(first);
            for (int k = chunk.from(); k < f.from(); k++) {
                if (DISTINCT.contains(t.lower[k])) {
                    d.distinct = true;
                }
            }
            if (chunk.from() > 0 && t.lower[chunk.from() - 1].equals("another")) {
                d.distinct = true;
            }
            boolean plural = t.pos[ch.get(chunkOf(ch, f)).head()].equals("NNS");
            boolean specific = d.bestPlace(1) != null || d.date != null
                    || !d.named(Set.of(Event.Role.VICTIM, Event.Role.TARGET), Name.Type.PERSON).isEmpty();
            d.anaphoric = definite && !d.distinct && !specific;
            if (d.anaphoric) {
                d.places.removeIf(p -> p.rank() > 1); // the sentence's other places are not the earlier event's
            }
            boolean bare = !definite && !Set.of("a", "an").contains(first);
            boolean named = d.parties.stream().anyMatch(p -> p.name() != null || p.role() == Event.Role.VICTIM
                    || p.role() == Event.Role.TARGET);
            d.generic = plural && bare && !specific && !named && d.counts.isEmpty() || !definite && presentTenseSubject(t, ch, chunkOf(ch, f)) && !specific;
        }
        return d;
    }

    /** "An attack on a deputy head signals …": a trigger that is the subject of a present-tense verb speaks in general. */
    private static boolean presentTenseSubject(Tokens t, Chunks ch, int c) {
        int v = c + 1;
        while (v < ch.size() && (ch.is(v, Kind.PREP) || ch.is(v, Kind.NP)) && v < c + 7) {
            v++;
        }
        if (!ch.is(v, Kind.VG)) {
            return false;
        }
        Chunk g = ch.get(v);
        String p = t.pos[g.from()];
        return (p.equals("VBZ") || p.equals("VBP")) && g.to() - g.from() == 1 && !Set.of("is", "are", "has", "have").contains(t.lower[g.from()]);
    }

    /** Roles of a verb trigger; returns the prepositional phrases after it. */
    private List<Pp> verbal(Tokens t, Chunks ch, int c, Draft d) {
        Chunk chunk = ch.get(c);
        List<Integer> subject = ch.subject(c);
        List<Integer> objects = ch.objects(c);
        int last = objects.isEmpty() ? c : objects.getLast();
        List<Pp> pps = ch.after(last);
        for (int s : subject) {
            Chunk sc = ch.get(s);
            if (np(t, ch, s).cls == Cls.EVENT && t.pos[sc.head()].equals("NNS") && !DEFINITE.contains(t.lower[sc.from()])) {
                d.generic = true; // "a series of killings and attacks have targeted …"
            }
        }
        if (chunk.passive()) {
            for (int s : subject) {
                patient(t, ch, s, d);
            }
            for (Pp pp : pps) {
                if (pp.preposition().equals("by")) {
                    agent(t, ch, pp.np(), d);
                }
            }
        } else {
            for (int s : subject) {
                agent(t, ch, s, d);
            }
            for (int o : objects) {
                patient(t, ch, o, d);
            }
        }
        prepositions(t, ch, pps, d);
        return pps;
    }

    /** Roles of a noun trigger; returns the prepositional phrases after it. */
    private List<Pp> nominal(Tokens t, Chunks ch, int c, Found f, Draft d) {
        Chunk chunk = ch.get(c);
        // premodifiers: "Russian drone attack", "the June 2023 Wagner mutiny", "Geneva talks"
        int k = chunk.from();
        while (k < f.from()) {
            Name n = t.name[k];
            if (n != null) {
                premodifier(n, d);
                while (k < f.from() && t.name[k] == n) {
                    k++;
                }
                continue;
            }
            String ws = weaponSubtype(t, k, k);
            if (ws != null) {
                d.instrument(t.text(k, f.from()), ws);
            }
            k++;
        }
        // possessor: "Russia's latest attack"
        if (ch.is(c - 1, Kind.NP) && ch.get(c - 1).genitive()) {
            Np owner = np(t, ch, c - 1);
            if (owner.cls == Cls.PERSON && Draft.violent(d.type) && !t.lower[f.from()].startsWith("attack")) {
                patient(t, ch, c - 1, d);
            } else if (owner.cls != Cls.PRONOUN) {
                agent(t, ch, c - 1, d);
            }
        }
        List<Pp> pps = ch.after(c);
        String rolePreposition = null;
        for (Pp pp : pps) {
            Np about = np(t, ch, pp.np());
            String p = pp.preposition();
            if (about.cls == Cls.EVENT) {
                break; // what follows another event's word is about that event
            }
            if (p.equals("by")) {
                agent(t, ch, pp.np(), d);
                continue;
            }
            if (rolePreposition != null) {
                if (p.equals(rolePreposition)) {
                    patient(t, ch, pp.np(), d); // "attacks on stores and electric towers"
                    continue;
                }
                break;
            }
            if (about.cls == Cls.TIME || LOCATIVE.contains(p) && !p.equals("on")) {
                continue; // "the 7 January assassination in Tegucigalpa of Manuel Rugama"
            }
            if (!Set.of("of", "on", "against", "targeting", "upon").contains(p)) {
                break;
            }
            if (p.equals("of") && !(Draft.violent(d.type) || d.type == EventType.ARREST || d.type == EventType.SANCTION)) {
                break;
            }
            patient(t, ch, pp.np(), d);
            rolePreposition = p;
        }
        prepositions(t, ch, pps, d);
        // the verb that governs the trigger: "Russia carried out an attack", "X survived an assassination attempt"
        int g = ch.governor(c);
        if (g >= 0) {
            String verb = t.lower[ch.get(g).head()];
            boolean passive = ch.get(g).passive();
            if (LIGHT_VERBS.contains(verb) || GOVERNOR_AGENT.contains(verb) || verb.equals("survived") || verb.equals("survive")) {
                if (!passive) {
                    for (int s : ch.subject(g)) {
                        if (verb.startsWith("surviv")) {
                            patient(t, ch, s, d);
                            d.attempted = true;
                        } else {
                            agent(t, ch, s, d);
                        }
                    }
                    if (verb.equals("added") || verb.equals("add") || verb.equals("adds")) {
                        for (int o : ch.objects(g)) {
                            patient(t, ch, o, d);
                        }
                    }
                }
            }
        }
        // the trigger as subject: "the attack targeted …", "a drone struck …"
        int v = c + 1;
        while (v < ch.size() && (ch.is(v, Kind.PREP) || ch.is(v, Kind.NP)) && v < c + 5) {
            v++;
        }
        if (ch.is(v, Kind.VG) && ch.subject(v).contains(c)) {
            String verb = t.lower[ch.get(v).head()];
            if (Set.of("took", "occurred", "happened", "exploded", "went", "detonated", "struck", "erupted", "began", "started")
                    .contains(verb)) {
                int after = v;
                if (verb.equals("took") && ch.is(v + 1, Kind.NP)) {
                    after = v + 1; // "took place"
                }
                Set<String> parties = new java.util.HashSet<>();
                d.parties.forEach(p -> parties.add(p.key()));
                locatives(t, ch, d, ch.after(after), 0, parties);
            }
            if (ch.get(v).passive() && LIGHT_VERBS.contains(verb)) {
                for (Pp pp : ch.after(v)) {
                    if (pp.preposition().equals("by")) {
                        agent(t, ch, pp.np(), d); // "the attack was carried out by …"
                    }
                }
            }
            if (Set.of("targeted", "target", "targeting", "hit", "struck", "damaged", "destroyed", "killed", "wounded", "injured").contains(verb)) {
                for (int o : ch.objects(v)) {
                    patient(t, ch, o, d);
                }
            }
        }
        return pps;
    }

    private void premodifier(Name n, Draft d) {
        switch (n.type()) {
            case PLACE -> {
                if (lex.country(n.text()) && d.type != EventType.TALKS) {
                    d.party(agentRole(d.type), n.text(), Name.Type.PLACE);
                } else {
                    d.place(n.text(), 1, lex.country(n.text()));
                }
            }
            case GROUP, ORGANIZATION -> d.party(agentRole(d.type), clean(n.text()), n.type());
            case PERSON -> d.party(Draft.violent(d.type) ? Event.Role.VICTIM : agentRole(d.type), clean(n.text()), n.type());
            case MISC -> {
                if (d.type == EventType.MUTINY || d.type == EventType.PROTEST) {
                    d.party(Event.Role.ACTOR, n.text(), n.type());
                }
            }
        }
    }

    private static Event.Role agentRole(EventType type) {
        return switch (type) {
            case ATTACK, STRIKE, DEATH -> Event.Role.PERPETRATOR;
            case CLASH, TALKS, AGREEMENT, PRISONER_EXCHANGE -> Event.Role.PARTY;
            default -> Event.Role.ACTOR;
        };
    }

    /** The one who acts: a perpetrator, an actor or a party; a weapon becomes the instrument. */
    private void agent(Tokens t, Chunks ch, int c, Draft d) {
        Np np = np(t, ch, c);
        switch (np.cls) {
            case WEAPON -> {
                d.instrument(np.text, np.weaponSubtype);
                premodifiersOf(t, ch, c, d);
            }
            case TIME, EVENT, NUMBER -> {
            }
            case PRONOUN -> {
                String who = resolve(t, np.head);
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
                    d.party(agentRole(d.type), clean(np.text), np.name == null ? null : np.name.type());
                    orgInside(t, ch, c, np, d);
                }
            }
        }
    }

    /** Names inside an agent phrase that are themselves agents: "FMLN guerrillas", "members of the FMLN". */
    private void orgInside(Tokens t, Chunks ch, int c, Np np, Draft d) {
        Chunk chunk = ch.get(c);
        int end = chunk.to();
        if (lex.groupNoun(t.lower[chunk.head()]) && ch.is(c + 1, Kind.PREP) && ch.word(c + 1, "of") && ch.is(c + 2, Kind.NP)) {
            end = ch.get(c + 2).to();
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
    private void premodifiersOf(Tokens t, Chunks ch, int c, Draft d) {
        Chunk chunk = ch.get(c);
        for (int k = chunk.from(); k < chunk.head(); k++) {
            Name n = t.name[k];
            if (n != null && (n.type() == Name.Type.GROUP || n.type() == Name.Type.ORGANIZATION
                    || n.type() == Name.Type.PLACE && lex.country(n.text()))) {
                d.party(agentRole(d.type), clean(n.text()), n.type());
            }
        }
    }

    /** The one acted on: a victim (people), a target (things) or, for talks, a party. */
    private void patient(Tokens t, Chunks ch, int c, Draft d) {
        Np np = np(t, ch, c);
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
                    d.place(placeName(t, np), 0, lex.country(np.name.text()));
                } else {
                    d.party(role, np.name.text(), Name.Type.PLACE);
                }
            }
            case PRONOUN -> {
                String who = resolve(t, np.head);
                if (who != null) {
                    d.party(role == null ? Event.Role.VICTIM : role, who, Name.Type.PERSON);
                }
            }
            case FACILITY, OTHER -> {
                if (role == null && (np.cls == Cls.FACILITY)) {
                    d.party(Event.Role.TARGET, np.text, null);
                    if (d.detail == null) {
                        d.detail(detailText(t, ch, c), 5);
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
                if (np.personName != null) {
                    d.party(r, np.personName, Name.Type.PERSON);
                }
                if (np.name != null && np.name.type() == Name.Type.PERSON && !np.text.contains(np.name.text())) {
                    d.party(r, np.name.text(), Name.Type.PERSON);
                }
            }
        }
    }

    /** Prepositions after a trigger that say more: instruments ("with dynamite"), parties ("talks with X"). */
    private void prepositions(Tokens t, Chunks ch, List<Pp> pps, Draft d) {
        for (Pp pp : pps) {
            Np np = np(t, ch, pp.np());
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
            } else if (p.equals("along with") && Draft.violent(d.type) && (np.cls == Cls.HUMAN || np.cls == Cls.PERSON)) {
                patient(t, ch, pp.np(), d);
            }
        }
    }

    // ---- places ---------------------------------------------------------------------------------------------------

    private void places(Tokens t, Chunks ch, int c, Draft d, List<Pp> pps) {
        Set<String> parties = new java.util.HashSet<>();
        for (Draft.Party p : d.parties) {
            parties.add(p.key());
        }
        locatives(t, ch, d, pps, 0, parties);
        // a place before the trigger in its clause ("In Balashikha, a car bomb …"), then anywhere in the sentence
        int trig = ch.get(c).head();
        for (int k = 0; k + 1 < c; k++) {
            if (ch.is(k, Kind.PREP) && LOCATIVE.contains(t.lower[ch.get(k).from()]) && ch.boundaries(ch.get(k).from(), trig) <= 1
                    && (k == 0 || !ch.is(k - 1, Kind.NP) || ch.is(k - 1, Kind.NP) && ch.isTime(k - 1))) {
                List<Pp> chain = new ArrayList<>();
                chain.add(new Pp(t.lower[ch.get(k).from()], k + 1));
                chain.addAll(ch.after(k + 1));
                chain.removeIf(pp -> pp.np() >= c);
                locatives(t, ch, d, chain, 2, parties);
                break;
            }
        }
        for (int k = 0; k < t.size(); k++) {
            Name n = t.name[k];
            if (n == null || n.type() != Name.Type.PLACE || k > 0 && t.name[k - 1] == n || street(n.text()) || t.dateline[k]
                    || parties.contains(Draft.key(n.text())) || !placeInPhrase(t, ch.get(ch.at[k]), n, k)) {
                continue;
            }
            int b = ch.boundaries(k, trig);
            boolean afterPreposition = k > 0 && LOCATIVE.contains(t.lower[k - 1]) || k > 1 && LOCATIVE.contains(t.lower[k - 2])
                    && t.pos[k - 1].equals("DT");
            int r = b <= 1 && afterPreposition ? 2 : b <= 1 ? 3 : 4;
            boolean broad = lex.broad(n.text());
            if (broad && r > 2) {
                continue; // a country named somewhere in the sentence is not where this happened
            }
            d.place(withArea(t, n, k, t.size()), r, broad);
        }
        // "Odesa Gov. Oleh Kiper said …": the official's region, whatever the name tagger made of it
        for (int k = 1; k < t.size(); k++) {
            if (!Set.of("gov.", "governor", "mayor", "gov").contains(t.lower[k]) || t.dateline[k]) {
                continue;
            }
            int from = k;
            while (from > 0 && Character.isUpperCase(t.word[from - 1].charAt(0)) && t.pos[from - 1].startsWith("NNP")
                    && (t.name[from - 1] == null || t.name[from - 1].type() != Name.Type.PERSON)) {
                from--;
            }
            if (from < k && (from == 0 || !t.pos[from - 1].equals("POS"))) {
                String place = t.text(from, k);
                if (!parties.contains(Draft.key(place)) && !lex.broad(place)) {
                    d.place(place, 2, false);
                }
            }
        }
    }

    /**
     * Places and building details in a chain of prepositional phrases: "in Ukraine's northeastern city of Kharkiv" is
     * one place (Kharkiv, rank {@code base}); a new locative preposition starts the next, one rank lower; phrases
     * after another event's word ("in the poisoning of … in the UK") are that event's and rank two lower.
     */
    private void locatives(Tokens t, Chunks ch, Draft d, List<Pp> pps, int base, Set<String> parties) {
        int rank = base - 1;
        boolean locative = false;
        String previous = null;
        int lastNp = -5;
        for (Pp pp : pps) {
            String p = pp.preposition();
            boolean continues = locative && (p.equals("of") || p.equals(previous) && pp.np() == lastNp + 1);
            lastNp = pp.np();
            previous = p;
            if (!LOCATIVE.contains(p) && !continues) {
                locative = false;
                continue;
            }
            if (p.equals("from") && !Draft.violent(d.type)) {
                continue;
            }
            if (!continues) {
                rank++;
            }
            locative = true;
            Chunk np = ch.get(pp.np());
            Np desc = np(t, ch, pp.np());
            if (desc.cls == Cls.TIME) {
                continue;
            }
            if (desc.cls == Cls.EVENT) {
                rank += 2; // places after another event's word are more likely that event's
                continue;
            }
            for (int k = np.from(); k < np.to(); k++) {
                Name n = t.name[k];
                if (n != null && n.type() == Name.Type.PLACE && (k == np.from() || t.name[k - 1] != n) && !t.dateline[k]
                        && placeInPhrase(t, np, n, k)) {
                    boolean broad = lex.broad(n.text());
                    if (street(n.text())) {
                        appendStreet(d, p, n.text());
                    } else if (!parties.contains(Draft.key(n.text())) && !(broad && rank > 2)) {
                        d.place(withArea(t, n, k, np.to()), rank, broad);
                    }
                }
            }
            if (desc.cls == Cls.FACILITY && !p.equals("from")) {
                boolean area = Set.of("area", "areas", "zone", "sector", "district", "neighborhood", "neighbourhood", "region")
                        .contains(t.lower[np.head()]);
                if (!area && rank <= base + 1 && nounClass(t, np.from(), np.head()) == Lexicon.NounClass.FACILITY) {
                    d.sites.add(desc.text);
                }
                int detailRank = rank + (area ? 3 : 0);
                if (nounClass(t, np.from(), np.head()) == Lexicon.NounClass.STREET && d.detail != null) {
                    appendStreet(d, p, detailText(t, ch, pp.np()));
                } else if (d.detail == null || d.detailRank > detailRank) {
                    d.detail(detailText(t, ch, pp.np()), detailRank);
                }
            }
        }
    }

    /**
     * Whether a place name in a phrase names where something is: the phrase's head ("in Moscow"), or a modifier of a
     * building, an area or a street ("his Moscow apartment building"), not of anything else ("a Telegram post").
     */
    private boolean placeInPhrase(Tokens t, Chunk np, Name n, int k) {
        int end = k;
        while (end < t.size() && t.name[end] == n) {
            end++;
        }
        int h = np.head();
        if (h < end || !np.is(Kind.NP)) {
            return true;
        }
        Lexicon.NounClass c = nounClass(t, end, h);
        return c == Lexicon.NounClass.FACILITY || c == Lexicon.NounClass.AREA || c == Lexicon.NounClass.STREET
                || Set.of("city", "town", "village", "capital", "port", "suburb", "outskirts", "centre", "center").contains(t.lower[h]);
    }

    private static boolean street(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return Set.of("highway", "street", "st.", "avenue", "ave.", "road", "boulevard", "lane", "square", "prospekt", "prospect",
                "shosse", "embankment", "bridge", "alley").contains(last);
    }

    private static void appendStreet(Draft d, String preposition, String street) {
        if (d.detail != null && !d.detail.contains(street)) {
            d.detail = d.detail + " " + (preposition.equals("in") || preposition.equals("at") ? preposition : "on") + " " + street;
        } else if (d.detail == null) {
            d.detail(street, 6);
        }
    }

    /** "Kharkiv" followed by "region" is the Kharkiv region. */
    private String withArea(Tokens t, Name n, int k, int limit) {
        int end = k;
        while (end < t.size() && t.name[end] == n) {
            end++;
        }
        if (end < Math.min(limit, t.size()) && lex.noun(t.lower[end]) == Lexicon.NounClass.AREA) {
            return n.text() + " " + t.word[end];
        }
        return n.text();
    }

    private String placeName(Tokens t, Np np) {
        int k = np.head;
        while (k > 0 && t.name[k - 1] == np.name) {
            k--;
        }
        return withArea(t, np.name, k, t.size());
    }

    /** A location detail as written, without article, possessive or place names: "apartment building". */
    private String detailText(Tokens t, Chunks ch, int c) {
        Chunk chunk = ch.get(c);
        StringBuilder b = new StringBuilder();
        int runStart = -1;
        for (int k = chunk.from(); k <= chunk.to(); k++) {
            boolean keep = k < chunk.to() && !(t.pos[k].equals("DT") || t.pos[k].equals("PRP$") || t.pos[k].equals("POS")
                    || t.quantity[k] != null || t.name[k] != null && t.name[k].type() == Name.Type.PLACE && !street(t.name[k].text()));
            if (keep && runStart < 0) {
                runStart = k;
            } else if (!keep && runStart >= 0) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(t.text(runStart, k));
                runStart = -1;
            }
        }
        return b.toString();
    }

    // ---- status ---------------------------------------------------------------------------------------------------

    private void status(Tokens t, Chunks ch, int c, Draft d) {
        Chunk chunk = ch.get(c);
        int from = chunk.from();
        int to = chunk.to();
        int vg = chunk.is(Kind.VG) ? c : ch.governor(c);
        for (int k = from; k < to; k++) {
            if (ATTEMPT_WORDS.contains(t.lower[k])) {
                d.attempted = true;
            }
            if (chunk.is(Kind.NP) && Set.of("planned", "upcoming", "proposed", "scheduled", "expected", "next", "possible",
                    "potential", "future").contains(t.lower[k])) {
                d.planned = true;
            }
        }
        if (vg >= 0 && vg != c && Set.of("survived", "survive", "survives", "foiled", "thwarted", "prevented", "averted", "escaped")
                .contains(t.lower[ch.get(vg).head()])) {
            d.attempted = true;
        }
        if (vg >= 0) {
            Chunk g = ch.get(vg);
            boolean past = false;
            boolean future = false;
            for (int k = g.from(); k < g.to(); k++) {
                String w = t.lower[k];
                if (MODALS.contains(w) || PLAN_VERBS.contains(w) && k < g.head() || t.pos[k].equals("TO")) {
                    future = true;
                }
                if (ATTEMPT_WORDS.contains(w) && vg == c) {
                    d.attempted = true;
                }
                if (t.pos[k].equals("VBD") || t.pos[k].equals("VBN")) {
                    past = true;
                }
            }
            if (vg != c && PLAN_VERBS.contains(t.lower[g.head()])) {
                future = true;
            }
            if (future) {
                d.planned = true;
            } else if (past) {
                d.completed = true;
            }
        }
    }

    // ---- deaths, injuries and counts ------------------------------------------------------------------------------

    private Draft casualty(Tokens t, Chunks ch, Found f, Entry e) {
        int c = chunkOf(ch, f);
        Chunk chunk = ch.get(c);
        String kind = e.kind() == Lexicon.Kind.DIE ? "killed" : "injured";
        EventType type = e.kind() == Lexicon.Kind.DIE ? e.type() : EventType.ATTACK;
        Draft d = new Draft(type, null, t.index);
        d.trigger(new Span(t.start[f.from()], t.end[f.to() - 1]));
        d.casualty = true;
        position.put(d, f.from());
        List<Integer> victims = new ArrayList<>();
        List<Integer> agents = new ArrayList<>();
        if (chunk.is(Kind.VG)) {
            boolean participle = (t.pos[chunk.head()].equals("VBG")) && chunk.to() - chunk.from() == 1;
            boolean intransitive = Set.of("died", "dies", "die", "dead").contains(t.lower[chunk.head()]);
            if (chunk.passive()) {
                victims.addAll(ch.subject(c));
            } else if (intransitive) {
                victims.addAll(ch.subject(c));
            } else if (participle) {
                victims.addAll(ch.objects(c));
            } else {
                victims.addAll(ch.objects(c));
                agents.addAll(ch.subject(c));
            }
            List<Integer> objs = ch.objects(c);
            for (Pp pp : ch.after(objs.isEmpty() || chunk.passive() ? c : objs.getLast())) {
                if (pp.preposition().equals("by")) {
                    agents.add(pp.np());
                } else if (pp.preposition().equals("along with") || pp.preposition().equals("together with")) {
                    victims.add(pp.np());
                }
            }
            status(t, ch, c, d);
            if (!d.planned) {
                d.completed = true;
            }
            places(t, ch, c, d, ch.after(objs.isEmpty() || chunk.passive() ? c : objs.getLast()));
        } else {
            if (chunk.is(Kind.NP)) {
                boolean inside = chunk.head() != f.to() - 1 || t.lower[f.to() - 1].equals("dead");
                if (inside && chunk.from() < f.from()) {
                    victims.add(c); // "five dead", "17 injured" read as one phrase
                }
                if (ch.is(c - 1, Kind.NP) && ch.get(c - 1).genitive()) {
                    victims.add(c - 1);
                }
                for (Pp pp : ch.after(c)) {
                    if (pp.preposition().equals("of") || pp.preposition().equals("to")) {
                        victims.add(pp.np());
                        break;
                    }
                }
                int g = ch.governor(c);
                if (g >= 0 && Set.of("sustained", "suffered", "received", "sustains", "suffers", "suffering", "sustaining")
                        .contains(t.lower[ch.get(g).head()])) {
                    victims.addAll(ch.subject(g));
                }
                if (t.lower[f.to() - 1].equals("dead") && ch.is(c - 1, Kind.NP) && victims.isEmpty()) {
                    victims.add(c - 1); // "left five people dead"
                }
            } else if (ch.is(c - 1, Kind.NP)) {
                victims.add(c - 1); // "17 injured" as adjective after the number
            }
            d.completed = true;
            if (victims.isEmpty() && !t.pos[f.to() - 1].startsWith("JJ")) {
                return null; // "killings", "deaths" with nobody named: no casualty to count
            }
            places(t, ch, c, d, chunk.is(Kind.NP) ? ch.after(c) : List.of());
        }
        long inferred = 0;
        Quantity stated = null;
        int stated_n = 0;
        for (int v : victims) {
            Np np = np(t, ch, v);
            if (np.quantity != null) {
                stated = np.quantity;
                stated_n++;
            }
            switch (np.cls) {
                case PERSON, HUMAN, PERPETRATOR, GROUP -> {
                    d.party(Event.Role.VICTIM, np.text, np.name == null ? null : np.name.type());
                    if (np.personName != null) {
                        d.party(Event.Role.VICTIM, np.personName, Name.Type.PERSON);
                    }
                    if (np.name != null && np.name.type() == Name.Type.PERSON && !np.text.contains(np.name.text())) {
                        d.party(Event.Role.VICTIM, np.name.text(), Name.Type.PERSON);
                    }
                    if (np.quantity == null && !np.plural) {
                        inferred++;
                    }
                }
                case PRONOUN -> {
                    String who = resolve(t, np.head);
                    if (who != null) {
                        d.party(Event.Role.VICTIM, who, Name.Type.PERSON);
                        inferred++;
                    }
                }
                default -> {
                }
            }
        }
        if (stated != null && stated_n == 1 && victims.size() == 1) {
            d.count(kind, new Event.Count(stated.value(), stated.qualifier()));
        } else if (stated != null) {
            long sum = 0;
            for (int v : victims) {
                Np np = np(t, ch, v);
                sum += np.quantity != null ? np.quantity.value() : (np.plural ? 0 : 1);
            }
            d.inferredCount(kind, sum);
        } else if (inferred > 0) {
            d.inferredCount(kind, inferred);
        }
        for (int a : agents) {
            Np np = np(t, ch, a);
            if (np.cls == Cls.WEAPON) {
                d.instrument(np.text, np.weaponSubtype);
                premodifiersOf(t, ch, a, d);
                d.type = EventType.ATTACK;
            } else if (np.cls == Cls.ORG || np.cls == Cls.PERPETRATOR || np.cls == Cls.GROUP || np.cls == Cls.HUMAN
                    || np.cls == Cls.PERSON || np.stateLike) {
                agent(t, ch, a, d);
                d.type = EventType.ATTACK;
            }
        }
        return d; // even with no victim named, a mention of the dying or the wounded, for the act nearby
    }

    /** A launch, interception or impact of drones or missiles, with its count. */
    private Draft volley(Tokens t, Chunks ch, Found f, Entry e) {
        int c = chunkOf(ch, f);
        Np weapon = countedWeapon(t, ch, c);
        if (weapon == null) {
            return null;
        }
        String kind = switch (e.kind()) {
            case LAUNCH -> "launched";
            case INTERCEPT -> "intercepted";
            default -> "impacted";
        };
        Draft d = new Draft(EventType.STRIKE, weapon.weaponSubtype, t.index);
        d.act = e.kind() == Lexicon.Kind.LAUNCH;
        d.trigger(new Span(t.start[f.from()], t.end[f.to() - 1]));
        position.put(d, f.from());
        d.count(kind, new Event.Count(weapon.quantity.value(), weapon.quantity.qualifier()));
        d.completed = true;
        if (weapon.cls == Cls.WEAPON) {
            d.instrument(weapon.text.replaceFirst("^[^\\p{L}]*\\S*\\s+", "").isBlank() ? weapon.text : nounOnly(t, ch, weapon), weapon.weaponSubtype);
            premodifiersOf(t, ch, weapon.chunk, d);
        }
        if (e.kind() == Lexicon.Kind.LAUNCH && !ch.get(c).passive()) {
            for (int s : ch.subject(c)) {
                agent(t, ch, s, d);
            }
        }
        if (d.act) {
            places(t, ch, c, d, ch.after(weapon.chunk > c ? weapon.chunk : c));
        }
        return d;
    }

    /** "131 drones" without its number: "drones". */
    private String nounOnly(Tokens t, Chunks ch, Np np) {
        Chunk chunk = ch.get(np.chunk);
        int from = chunk.from();
        while (from < chunk.head() && (t.quantity[from] != null || t.pos[from].equals("DT") || t.pos[from].equals("CD"))) {
            from++;
        }
        return t.text(from, chunk.to());
    }

    // ---- facts ----------------------------------------------------------------------------------------------------

    private List<Draft> facts(Tokens t, Chunks ch) {
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
                    Np np = np(t, ch, sub);
                    if (np.cls == Cls.PERSON || np.cls == Cls.HUMAN) {
                        d.party(Event.Role.VICTIM, np.text, np.name == null ? null : np.name.type());
                    } else if (np.cls == Cls.PRONOUN) {
                        String who = resolve(t, np.head);
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
            if ((w.equals("blamed") || w.equals("blaming") || w.equals("blames") || w.equals("attributed"))) {
                int c = ch.at[k];
                if (!ch.is(c, Kind.VG)) {
                    continue;
                }
                for (Pp pp : ch.after(c)) {
                    if (pp.preposition().equals("on") || pp.preposition().equals("to")) {
                        Np np = np(t, ch, pp.np());
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
            if (w.equals("responsibility") && k > 0) {
                int c = ch.at[k];
                int vg = c - 1;
                if (ch.is(vg, Kind.VG) && !negated(t, ch.get(vg))) {
                    String verb = t.lower[ch.get(vg).head()];
                    if (Set.of("claimed", "claim", "claims", "claiming", "took", "taken", "take", "takes", "accepted", "admitted",
                            "assumed").contains(verb)) {
                        Draft d = new Draft(EventType.ATTACK, null, t.index);
                        position.put(d, k);
                        for (int sub : ch.subject(vg)) {
                            Np np = np(t, ch, sub);
                            if (np.cls != Cls.PRONOUN && np.cls != Cls.TIME && np.cls != Cls.NUMBER) {
                                agent(t, ch, sub, d);
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
    private List<Draft> damage(Tokens t, Chunks ch) {
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
                Np np = np(t, ch, a);
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
                Np np = np(t, ch, p);
                if (np.cls == Cls.FACILITY) {
                    d.party(Event.Role.TARGET, np.text, null);
                }
            }
            if (!d.parties.isEmpty() || !d.instruments.isEmpty()) {
                position.put(d, ch.get(c).head());
                out.add(d);
            }
        }
        return out;
    }

    /** "the soldiers involved in the killing", "guerrillas responsible for the attack": the perpetrators. */
    private List<Draft> responsible(Tokens t, Chunks ch) {
        List<Draft> out = new ArrayList<>();
        for (int k = 1; k + 2 < t.size(); k++) {
            String w = t.lower[k];
            boolean involved = w.equals("involved") && t.lower[k + 1].equals("in");
            boolean resp = w.equals("responsible") && t.lower[k + 1].equals("for");
            boolean held = w.equals("responsible") && Set.of("held", "hold", "holds", "holding").contains(t.lower[k - 1]);
            if (!involved && !resp && !held) {
                continue;
            }
            int next = ch.at[k + 1] + 1;
            if (!held && (!ch.is(next, Kind.NP) || np(t, ch, next).cls != Cls.EVENT)) {
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
            Np who = np(t, ch, before);
            if (who.cls == Cls.PRONOUN || who.cls == Cls.TIME || who.cls == Cls.NUMBER || who.cls == Cls.EVENT) {
                continue;
            }
            Draft d = new Draft(EventType.ATTACK, null, t.index);
            agent(t, ch, before, d);
            if (!d.parties.isEmpty()) {
                position.put(d, ch.get(next).head());
                out.add(d);
            }
        }
        return out;
    }

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being");

    private static boolean negated(Tokens t, Chunk vg) {
        for (int k = vg.from(); k < vg.to(); k++) {
            if (t.lower[k].equals("not") || t.lower[k].equals("n't") || t.lower[k].equals("never")) {
                return true;
            }
        }
        return false;
    }

    private static int token(Tokens t, int offset) {
        for (int k = 0; k < t.size(); k++) {
            if (t.start[k] <= offset && offset < t.end[k]) {
                return k;
            }
        }
        return -1;
    }

    // ---- dates ----------------------------------------------------------------------------------------------------

    /** Each date of the sentence goes to the nearest event mention in it, across as few clause boundaries as can be. */
    private void dates(Tokens t, Chunks ch, List<Draft> here) {
        if (here.isEmpty()) {
            return;
        }
        for (Dates.Dated date : Dates.in(t)) {
            Draft best = null;
            int bestCost = Integer.MAX_VALUE;
            for (Draft d : here) {
                Integer p = position.get(d);
                if (p == null) {
                    continue;
                }
                int distance = p < date.from() ? date.from() - p : p - date.to() + 1;
                int b = ch.boundaries(Math.min(p, date.from()), Math.max(p, date.from()));
                int cost = distance + 6 * b + (d.act ? 0 : 3);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = d;
                }
            }
            if (best != null) {
                best.date(date.value(), date.basis(), 0);
            }
        }
    }

    // ---- attachment and merging -----------------------------------------------------------------------------------

    private Draft nearest(Chunks ch, List<Draft> acts, int token) {
        Draft best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Draft d : acts) {
            Integer p = position.get(d);
            if (p == null) {
                continue;
            }
            int cost = Math.abs(p - token) + 4 * ch.boundaries(Math.min(p, token), Math.max(p, token));
            if (cost < bestCost) {
                bestCost = cost;
                best = d;
            }
        }
        return best;
    }

    /**
     * Whether a death, injury, count or fact without an act in its sentence follows up on an event told just before:
     * it names no person and no place of its own, and the sentence does not turn elsewhere ("meanwhile").
     */
    private boolean followUp(Tokens t, Draft o) {
        for (String w : t.lower) {
            if (w.equals("meanwhile") || w.equals("separately") || w.equals("elsewhere")) {
                return false;
            }
        }
        boolean person = !o.named(Set.of(Event.Role.VICTIM), Name.Type.PERSON).isEmpty() && o.facts.isEmpty();
        return !person && o.bestPlace(1) == null;
    }

    /** The latest event of the two sentences before, to which a follow-up ("Two more people were injured") belongs. */
    private Draft recent(Draft o, int sentence) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.lastSentence < sentence - 2) {
                return null;
            }
            if (d.compatible(o) && (Draft.violent(d.type) || !o.counts.isEmpty() || !o.facts.isEmpty())) {
                d.lastSentence = Math.max(d.lastSentence, sentence);
                return d;
            }
        }
        return null;
    }

    private List<Draft> merge() {
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
        return events;
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

    // ---- pronouns -------------------------------------------------------------------------------------------------

    /** "him", "her": the last person named before, within three sentences; null for anything else. */
    private String resolve(Tokens t, int token) {
        String w = t.lower[token];
        if (!Set.of("he", "him", "she", "her", "his").contains(w)) {
            return null;
        }
        int at = t.start[token];
        int limit = sentenceSpans.get(Math.max(0, t.index - 3)).start();
        Name best = null;
        for (Name n : persons) {
            if (n.span().start() >= at) {
                break;
            }
            if (n.span().start() >= limit) {
                best = n;
            }
        }
        return best == null ? null : best.text();
    }

    // ---- events ---------------------------------------------------------------------------------------------------

    private List<Event> events(List<Draft> merged) {
        Draft main = main(merged);
        List<Event> out = new ArrayList<>();
        for (Draft d : merged) {
            finish(d);
            if (d.date == null && d == main && anchor != null) {
                d.date(anchor.precision() == PartialDate.Precision.TIME ? new PartialDate(anchor.value().substring(0, 10)) : anchor,
                        DateBasis.DOCUMENT, 9);
            }
            Draft.Place place = d.bestPlace();
            Event.Location location = place == null ? null : new Event.Location(null, place.name(), d.detail);
            List<Event.Participant> participants = new ArrayList<>();
            for (Draft.Party p : d.parties) {
                participants.add(new Event.Participant(p.role(), null, p.text()));
            }
            Map<String, Event.Count> counts = new LinkedHashMap<>(d.counts);
            d.inferred.forEach(counts::putIfAbsent);
            List<Mention> mentions = new ArrayList<>();
            List<Span> spans = new ArrayList<>(d.triggers);
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (Span s : spans) {
                mentions.add(new Mention(articleId, s, s.of(text)));
            }
            List<Event.Fact> facts = new ArrayList<>();
            for (String[] f : d.facts) {
                if (!f[0].startsWith("#")) {
                    facts.add(new Event.Fact(f[0], f[1], List.of(documentId)));
                }
            }
            for (String i : d.instruments) {
                facts.add(new Event.Fact("instrument", i, List.of(documentId)));
            }
            Event.Status status = d.attempted ? Event.Status.ATTEMPTED : d.completed ? Event.Status.COMPLETED
                    : d.planned ? Event.Status.PLANNED : null;
            Event.EventDate date = d.date == null ? Event.EventDate.unknown() : new Event.EventDate(d.date, d.basis);
            out.add(new Event(StableId.of('v', articleId, d.start()), d.type, d.subtype, status, date, location, participants,
                    counts, mentions, List.of(documentId), 1, facts, List.of()));
        }
        out.sort((a, b) -> Integer.compare(a.mentions().getFirst().span().start(), b.mentions().getFirst().span().start()));
        return Collections.unmodifiableList(out);
    }

    /** The dispatch's main, current event: the most mentioned of those its first sentences tell, if any. */
    private static Draft main(List<Draft> merged) {
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
    private void finish(Draft d) {
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
            if (STATE_AGENTS.contains(k) || k.endsWith("forces") || k.endsWith("army") || k.endsWith("military")) {
                return true;
            }
        }
        return false;
    }
}
