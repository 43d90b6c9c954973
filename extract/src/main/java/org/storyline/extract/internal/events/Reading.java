package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.extract.internal.events.Chunk.Kind;
import org.storyline.extract.internal.events.Chunks.Pp;
import org.storyline.extract.internal.events.Lexicon.Entry;
import org.storyline.extract.internal.events.Phrase.Cls;
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
    private static final Set<String> GENERAL_ATTACK = Set.of("attack", "attacks", "attacked", "attacking", "assault", "assaults",
            "assaulted", "raid", "raids", "raided", "hit", "hits", "struck", "targeted", "targeting", "pounded", "strike", "strikes");
    private static final Set<String> CUES = Set.of("condition", "responsibility", "credit", "blamed", "blaming", "blames", "blame",
            "attributed", "damaged", "destroyed", "wrecked", "razed", "demolished", "gutted", "accused", "responsible");

    private final Lexicon lex;
    private final Phrases phrases;
    private final Places places;
    private final Merger merger;
    private final Pronouns pronouns;
    private final Roles roles;
    private final Clues clues;
    private final Accidents accidents;
    private final String documentId;
    private final String articleId;
    private final String text;
    private final Annotated annotated;
    private final PartialDate anchor;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Span> sentenceSpans = new ArrayList<>();
    /** Where each draft's own trigger is, in its sentence (token index). */
    private final Map<Draft, Integer> position = new LinkedHashMap<>();

    Reading(Lexicon lex, String documentId, String articleId, String text, Annotated annotated, PartialDate anchor) {
        this.lex = lex;
        this.phrases = new Phrases(lex);
        this.places = new Places(lex, phrases);
        this.merger = new Merger(lex);
        this.pronouns = new Pronouns(annotated.names(), sentenceSpans);
        this.roles = new Roles(lex, phrases, places, pronouns);
        this.clues = new Clues(phrases, places, roles, pronouns, position);
        this.accidents = new Accidents(lex);
        this.documentId = documentId;
        this.articleId = articleId;
        this.text = text;
        this.annotated = annotated;
        this.anchor = anchor;
        for (Name n : annotated.names()) {
            if (n.type() == Name.Type.GROUP || n.type() == Name.Type.MISC) {
                continue;
            }
            String k = Tokens.normal(n.text()).replaceAll("\\s+", " ");
            String[] words = k.split(" ");
            boolean acronym = n.type() == Name.Type.ORGANIZATION && words.length == 1 && k.length() >= 3 && n.text().equals(n.text().toUpperCase());
            if (words.length >= 2 || acronym) {
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
        List<Draft> merged = merger.merge(drafts);
        accidents.settle(merged, text);
        rebels(merged);
        return events(merged);
    }

    private static final java.util.regex.Pattern REBEL_NOUN = java.util.regex.Pattern.compile(
            "(?i)\\b(guerrillas?|rebels?|subversives?|terrorists?|insurgents?|commandos?|narcoterrorists?|gunmen|assassins|hit ?men|extremists?|militants?)\\b");
    private static final Set<String> REBEL_HEADS = Set.of("front", "movement", "army", "forces", "commando", "commandos",
            "brigade", "alliance", "command", "group", "path", "cartel", "unity", "liberation", "extraditables");

    /**
     * Violence the dispatch tells as done by "guerrillas" or "terrorists" without naming their organisation is that of
     * the one armed organisation the dispatch names ("urban guerrilla commandos" in a dispatch about the FMLN).
     */
    private void rebels(List<Draft> events) {
        Map<String, String> orgs = new LinkedHashMap<>();
        for (Name n : annotated.names()) {
            if (n.type() != Name.Type.ORGANIZATION) {
                continue;
            }
            String k = Draft.key(n.text()).replaceAll("\\s+", " ");
            String[] w = k.split(" ");
            if (w.length >= 2 && REBEL_HEADS.contains(w[w.length - 1])) {
                orgs.putIfAbsent(k, n.text().replaceAll("\\s+", " ").strip());
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
            boolean rebel = false;
            for (Draft.Party p : d.parties) {
                if (p.role() == Event.Role.PERPETRATOR) {
                    hasOrg |= p.name() == Name.Type.ORGANIZATION;
                    rebel |= REBEL_NOUN.matcher(p.text()).find();
                }
            }
            if (rebel && !hasOrg) {
                d.party(Event.Role.PERPETRATOR, org, Name.Type.ORGANIZATION);
            }
        }
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
        others.addAll(clues.facts(t, ch));
        others.addAll(clues.damage(t, ch));
        others.addAll(clues.responsible(t, ch));
        skim(t, ch, acts, others);
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
                    || o.casualty && (!o.parties.isEmpty() || !o.instruments.isEmpty())) {
                acts.add(o);
            }
        }
        accidents.mark(t, acts, position);
        drafts.addAll(acts);
    }

    private static final Set<String> SEIZED = Set.of("seized", "found", "confiscated", "captured", "recovered", "discovered",
            "defused", "deactivated", "dismantled", "carrying", "carried", "possession", "stockpile", "cache");

    /**
     * The attackers and weapons of a sentence with an attack that no rule placed: a perpetrator noun ("guerrillas",
     * "gunmen") is the nearest attack's perpetrator, a weapon its instrument, unless the sentence only tells of
     * weapons seized or found. FASTUS-style skimming, for the long sentences of wire copy where the chunk rules miss.
     */
    private void skim(Tokens t, Chunks ch, List<Draft> acts, List<Draft> others) {
        List<Draft> violent = new ArrayList<>();
        for (Draft d : acts) {
            if (d.type == EventType.ATTACK || d.type == EventType.STRIKE) {
                violent.add(d);
            }
        }
        if (violent.isEmpty()) {
            return;
        }
        Set<String> placed = new java.util.HashSet<>();
        for (List<Draft> list : List.of(acts, others)) {
            for (Draft d : list) {
                d.parties.forEach(p -> placed.add(p.key()));
                d.instruments.forEach(i -> placed.add(Draft.key(i)));
            }
        }
        boolean seized = false;
        for (String w : t.lower) {
            seized |= SEIZED.contains(w);
        }
        for (int c = 0; c < ch.size(); c++) {
            if (!ch.is(c, Kind.NP) || ch.get(c).genitive()) {
                continue;
            }
            Phrase np = phrases.of(t, ch, c);
            if (np.cls != Cls.PERPETRATOR && !(np.cls == Cls.WEAPON && !seized)) {
                continue;
            }
            if (placed.contains(Draft.key(np.text)) || ch.is(c - 1, Kind.PREP) && ch.word(c - 1, "against", "on", "of")) {
                continue;
            }
            Draft target = nearest(ch, violent, ch.get(c).head());
            if (target == null || ch.boundaries(ch.get(c).head(), position.get(target)) > 3) {
                continue;
            }
            if (np.cls == Cls.WEAPON) {
                target.instrument(np.text, np.weaponSubtype);
            } else {
                roles.agent(t, ch, c, target);
            }
            placed.add(Draft.key(np.text));
        }
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
        if (t.time[f.from()] != null || t.lower[f.from()].startsWith("march") && Character.isUpperCase(t.word[f.from()].charAt(0))
                && f.from() + 1 < t.size() && (Character.isDigit(t.word[f.from() + 1].charAt(0)) || f.from() > 0
                && Set.of("in", "of", "since", "until", "early", "late", "mid", "on", "by").contains(t.lower[f.from() - 1]))) {
            return null; // "In March 2019": a month, not a march
        }
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
                Phrase np = phrases.of(t, ch, k);
                if (np.cls == Cls.WEAPON) {
                    return true;
                }
            }
        }
        if (e.kind() == Lexicon.Kind.ACT && ch.get(c).is(Kind.VG) && !ch.get(c).passive()) {
            for (int s : ch.subject(c)) {
                Phrase np = phrases.of(t, ch, s);
                if (np.stateLike) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The counted weapon a launch, interception or impact is about ("131 drones", "106"), or null. */
    private Phrase countedWeapon(Tokens t, Chunks ch, int c) {
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
            Phrase np = phrases.of(t, ch, k);
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
            if (ch.is(k, Kind.NP) && phrases.of(t, ch, k).cls == Cls.WEAPON) {
                return true;
            }
        }
        return false;
    }

    // ---- noun phrases ---------------------------------------------------------------------------------------------

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
        // "a dynamite attack", "the car bomb attack": the weapon the trigger names is the instrument
        for (int k = f.from(), h = f.to() - 2; k <= h; k++) {
            String sub = lex.weaponSubtype(t.words(k, h + 1));
            if (sub != null) {
                d.instrument(t.text(k, h + 1), sub);
                break;
            }
        }
        List<Pp> pps;
        if (chunk.is(Kind.VG)) {
            pps = verbal(t, ch, c, d, f);
        } else {
            pps = nominal(t, ch, c, f, d);
        }
        status(t, ch, c, d);
        places.locate(t, ch, c, d, pps);
        if (e.has('m') && !counterpart(t, ch, c, d, pps)) {
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
            boolean counted = false;
            for (int k = chunk.from(); k < f.from(); k++) {
                counted |= t.quantity[k] != null; // "over 20 bomb explosions", "two bomb attacks"
            }
            boolean bare = !definite && !Set.of("a", "an").contains(first) && !counted;
            boolean named = d.parties.stream().anyMatch(p -> p.name() != null || p.role() == Event.Role.VICTIM
                    || p.role() == Event.Role.TARGET);
            d.generic = plural && bare && !specific && !named && d.counts.isEmpty() || !definite && presentTenseSubject(t, ch, chunkOf(ch, f)) && !specific;
        }
        return d;
    }

    /** Whether talks have someone to talk with: "met with X", "talks between X and Y", "officials met", "X and Y met". */
    private static boolean counterpart(Tokens t, Chunks ch, int c, Draft d, List<Pp> pps) {
        for (Pp pp : pps) {
            if (Set.of("with", "between", "among", "involving").contains(pp.preposition())) {
                return true;
            }
        }
        if (d.parties.size() >= 2) {
            return true;
        }
        if (ch.get(c).is(Kind.VG)) {
            for (int s : ch.subject(c)) {
                if (t.pos[ch.get(s).head()].equals("NNS") || t.pos[ch.get(s).head()].equals("NNPS")) {
                    return true;
                }
            }
        }
        return false;
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
        boolean plural = t.pos[ch.get(c).head()].equals("NNS");
        return (p.equals("VBZ") || p.equals("VBP")) && g.to() - g.from() == 1
                && (plural && !Set.of("has", "have").contains(t.lower[g.from()]) || !Set.of("is", "are", "has", "have").contains(t.lower[g.from()]));
    }

    /** Roles of a verb trigger; returns the prepositional phrases after it. */
    private List<Pp> verbal(Tokens t, Chunks ch, int c, Draft d, Found f) {
        Chunk chunk = ch.get(c);
        List<Integer> subject = ch.subject(c);
        List<Integer> objects = ch.objects(c);
        if (!objects.isEmpty() && ch.get(objects.getFirst()).from() < f.to()) {
            // "set fire to a police station", "opened fire on protesters": the noun is the trigger's, the patient follows
            int within = objects.getFirst();
            objects = List.of();
            List<Pp> after = ch.after(within);
            if (!after.isEmpty() && Set.of("to", "on", "at", "against").contains(after.getFirst().preposition())) {
                objects = List.of(after.getFirst().np());
            }
            List<Pp> pps = ch.after(objects.isEmpty() ? within : objects.getFirst());
            for (int s : subject) {
                if (chunk.passive()) {
                    roles.patient(t, ch, s, d); // "were shot dead by gunmen"
                } else {
                    roles.agent(t, ch, s, d);
                }
            }
            if (chunk.passive()) {
                for (Pp pp : pps) {
                    if (pp.preposition().equals("by")) {
                        roles.agent(t, ch, pp.np(), d);
                    }
                }
            }
            for (int o : objects) {
                roles.patient(t, ch, o, d);
            }
            roles.prepositions(t, ch, pps, d);
            return pps;
        }
        int last = objects.isEmpty() ? c : objects.getLast();
        List<Pp> pps = ch.after(last);
        for (int s : subject) {
            Chunk sc = ch.get(s);
            if (phrases.of(t, ch, s).cls == Cls.EVENT && t.pos[sc.head()].equals("NNS") && !DEFINITE.contains(t.lower[sc.from()])) {
                d.generic = true; // "a series of killings and attacks have targeted …"
            }
        }
        if (chunk.passive()) {
            for (int s : subject) {
                roles.patient(t, ch, s, d);
            }
            for (Pp pp : pps) {
                if (pp.preposition().equals("by")) {
                    roles.agent(t, ch, pp.np(), d);
                }
            }
        } else {
            for (int s : subject) {
                roles.agent(t, ch, s, d);
            }
            for (int o : objects) {
                roles.patient(t, ch, o, d);
            }
        }
        roles.prepositions(t, ch, pps, d);
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
                roles.premodifier(n, d);
                while (k < f.from() && t.name[k] == n) {
                    k++;
                }
                continue;
            }
            String ws = phrases.weaponSubtype(t, k, k);
            if (ws != null) {
                d.instrument(t.text(k, f.from()), ws);
            }
            k++;
        }
        // possessor: "Russia's latest attack"
        if (ch.is(c - 1, Kind.NP) && ch.get(c - 1).genitive()) {
            Phrase owner = phrases.of(t, ch, c - 1);
            boolean human = owner.cls == Cls.PERSON || owner.cls == Cls.HUMAN || owner.cls == Cls.PRONOUN;
            boolean suffered = Set.of("murder", "murders", "assassination", "killing", "killings", "kidnapping", "abduction",
                    "death", "execution", "poisoning", "slaying", "shooting", "stabbing").contains(t.lower[f.to() - 1]);
            if (human && Draft.violent(d.type) && suffered) {
                if (owner.cls == Cls.PRONOUN) {
                    String who = pronouns.resolve(t, owner.head);
                    if (who != null) {
                        d.party(Event.Role.VICTIM, who, Name.Type.PERSON); // "his assassination"
                    }
                } else {
                    roles.patient(t, ch, c - 1, d); // "the Jesuits' murder"
                }
            } else if (owner.cls == Cls.PERSON && Draft.violent(d.type) && !t.lower[f.from()].startsWith("attack")) {
                roles.patient(t, ch, c - 1, d);
            } else if (owner.cls != Cls.PRONOUN) {
                roles.agent(t, ch, c - 1, d);
            }
        }
        List<Pp> pps = ch.after(c);
        String rolePreposition = null;
        for (Pp pp : pps) {
            Phrase about = phrases.of(t, ch, pp.np());
            String p = pp.preposition();
            if (about.cls == Cls.EVENT) {
                break; // what follows another event's word is about that event
            }
            if (p.equals("by")) {
                roles.agent(t, ch, pp.np(), d);
                continue;
            }
            if (rolePreposition != null) {
                if (p.equals(rolePreposition)) {
                    roles.patient(t, ch, pp.np(), d); // "attacks on stores and electric towers"
                    continue;
                }
                break;
            }
            if (about.cls == Cls.TIME || Places.LOCATIVE.contains(p) && !p.equals("on")) {
                continue; // "the 7 January assassination in Tegucigalpa of Manuel Rugama"
            }
            if (!Set.of("of", "on", "against", "targeting", "upon").contains(p)) {
                break;
            }
            if (p.equals("of") && !(Draft.violent(d.type) || d.type == EventType.ARREST || d.type == EventType.SANCTION)) {
                break;
            }
            roles.patient(t, ch, pp.np(), d);
            rolePreposition = p;
        }
        roles.prepositions(t, ch, pps, d);
        // the verb that governs the trigger: "Russia carried out an attack", "X survived an assassination attempt"
        int g = ch.governor(c);
        if (g >= 0) {
            String verb = t.lower[ch.get(g).head()];
            boolean passive = ch.get(g).passive();
            if (LIGHT_VERBS.contains(verb) || GOVERNOR_AGENT.contains(verb) || verb.equals("survived") || verb.equals("survive")) {
                if (!passive) {
                    for (int s : ch.subject(g)) {
                        if (verb.startsWith("surviv")) {
                            roles.patient(t, ch, s, d);
                            d.attempted = true;
                        } else {
                            roles.agent(t, ch, s, d);
                        }
                    }
                    if (verb.equals("added") || verb.equals("add") || verb.equals("adds")) {
                        for (int o : ch.objects(g)) {
                            roles.patient(t, ch, o, d);
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
                places.locatives(t, ch, d, ch.after(after), 0, parties);
            }
            if (ch.get(v).passive() && LIGHT_VERBS.contains(verb)) {
                for (Pp pp : ch.after(v)) {
                    if (pp.preposition().equals("by")) {
                        roles.agent(t, ch, pp.np(), d); // "the attack was carried out by …"
                    }
                }
            }
            if (Set.of("targeted", "target", "targeting", "hit", "struck", "damaged", "destroyed", "killed", "wounded", "injured").contains(verb)) {
                for (int o : ch.objects(v)) {
                    roles.patient(t, ch, o, d);
                }
            }
        }
        return pps;
    }

    // ---- places ---------------------------------------------------------------------------------------------------

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
            int last = objs.isEmpty() || chunk.passive() ? c : objs.getLast();
            if (ch.is(last + 1, Kind.NP) && ch.get(last + 1).from() < f.to()) {
                last++; // "shot dead by gunmen": the trigger's own word
            }
            for (Pp pp : ch.after(last)) {
                if (pp.preposition().equals("by")) {
                    agents.add(pp.np());
                } else if (pp.preposition().equals("along with") || pp.preposition().equals("together with")) {
                    victims.add(pp.np());
                } else if (pp.preposition().equals("with") && phrases.of(t, ch, pp.np()).cls == Cls.WEAPON) {
                    Phrase w = phrases.of(t, ch, pp.np());
                    d.instrument(w.text, w.weaponSubtype); // "killed with two bursts of machinegun fire"
                }
            }
            status(t, ch, c, d);
            if (!d.planned) {
                d.completed = true;
            }
            places.locate(t, ch, c, d, ch.after(last));
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
            if (victims.isEmpty() && !t.pos[f.to() - 1].startsWith("JJ") && listed(t, ch, f).isEmpty()) {
                return null; // "killings", "deaths" with nobody named: no casualty to count
            }
            places.locate(t, ch, c, d, chunk.is(Kind.NP) ? ch.after(c) : List.of());
        }
        for (int v : victims) {
            Chunk vc = ch.get(v);
            String first = t.lower[vc.from()];
            if (first.equals("no") || first.equals("nobody") || first.equals("none") || t.words(vc.from(), vc.to()).equals("no one")) {
                d.count(kind, new Event.Count(0, Event.Qualifier.EXACT)); // "no one was injured": none, as stated
                return d;
            }
        }
        if (!chunk.is(Kind.VG) && chunk.is(Kind.NP) && t.lower[chunk.from()].equals("no")) {
            d.count(kind, new Event.Count(0, Event.Qualifier.EXACT)); // "there were no injuries"
            return d;
        }
        List<Name> listed = listed(t, ch, f);
        for (Name n : listed) {
            d.party(Event.Role.VICTIM, n.text(), Name.Type.PERSON);
            d.listed = true;
        }
        long inferred = victims.isEmpty() ? listed.size() : 0;
        Quantity stated = null;
        int stated_n = 0;
        for (int v : victims) {
            Phrase np = phrases.of(t, ch, v);
            if (np.quantity != null) {
                stated = np.quantity;
                stated_n++;
            }
            switch (np.cls) {
                case PERSON, HUMAN, PERPETRATOR, GROUP -> {
                    d.party(Event.Role.VICTIM, np.text, np.name == null ? null : np.name.type());
                    Name named = np.cls == Cls.HUMAN ? Roles.apposition(t, ch, v) : null;
                    if (named != null) {
                        d.party(Event.Role.VICTIM, named.text(), Name.Type.PERSON);
                    }
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
                    String who = pronouns.resolve(t, np.head);
                    if (who != null) {
                        d.party(Event.Role.VICTIM, who, Name.Type.PERSON);
                        inferred++;
                    }
                }
                default -> {
                    if (phrases.properName(t, ch.get(v)) && Draft.violent(d.type)) {
                        d.party(Event.Role.VICTIM, np.text, Name.Type.PERSON);
                        inferred++;
                    }
                }
            }
        }
        if (stated != null && stated_n == 1 && victims.size() == 1) {
            d.count(kind, new Event.Count(stated.value(), stated.qualifier()));
        } else if (stated != null) {
            long sum = 0;
            for (int v : victims) {
                Phrase np = phrases.of(t, ch, v);
                sum += np.quantity != null ? np.quantity.value() : (np.plural ? 0 : 1);
            }
            d.inferredCount(kind, sum);
        } else if (inferred > 0) {
            d.inferredCount(kind, inferred);
        }
        for (int a : agents) {
            Phrase np = phrases.of(t, ch, a);
            if (np.cls == Cls.WEAPON) {
                d.instrument(np.text, np.weaponSubtype);
                roles.premodifiersOf(t, ch, a, d);
                d.type = EventType.ATTACK;
            } else if (np.cls == Cls.ORG || np.cls == Cls.PERPETRATOR || np.cls == Cls.GROUP || np.cls == Cls.HUMAN
                    || np.cls == Cls.PERSON || np.stateLike) {
                roles.agent(t, ch, a, d);
                d.type = EventType.ATTACK;
            }
        }
        return d; // even with no victim named, a mention of the dying or the wounded, for the act nearby
    }

    private static final Set<String> COPULAS = Set.of("were", "was", "are", "is", "include", "included", "includes", "including");

    /**
     * The people a death or injury lists by name after it: after a colon ("the following policemen died: Major A, Captain
     * B"), as the complement of a copula ("the injured were A, B and C", "among the dead are A and B"), or after
     * "identified as" ("the man killed was identified as A"). Only names the language stage tagged as persons.
     */
    private List<Name> listed(Tokens t, Chunks ch, Found f) {
        int from = -1;
        for (int k = f.to(); k < t.size(); k++) {
            if (t.word[k].equals(":")) {
                from = k + 1;
                break;
            }
            if (t.lower[k].equals("as") && k > 0 && t.lower[k - 1].equals("identified")) {
                from = k + 1;
                break;
            }
            if (t.pos[k].equals("WDT") || t.lower[k].equals(";") || ch.boundaries(f.from(), k) > 0 && !COPULAS.contains(t.lower[k])) {
                break;
            }
        }
        int c = chunkOf(ch, f);
        if (from < 0 && ch.get(c).is(Kind.NP) && ch.is(c + 1, Kind.VG) && COPULAS.contains(t.lower[ch.get(c + 1).head()])
                && ch.get(c + 1).to() - ch.get(c + 1).from() == 1) {
            from = ch.get(c + 1).to(); // "the injured were …", "among the dead are …"
        }
        if (from < 0) {
            return List.of();
        }
        List<Name> out = new ArrayList<>();
        for (int k = from; k < t.size(); k++) {
            Name n = t.name[k];
            if (n != null && n.type() == Name.Type.PERSON && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** A launch, interception or impact of drones or missiles, with its count. */
    private Draft volley(Tokens t, Chunks ch, Found f, Entry e) {
        int c = chunkOf(ch, f);
        Phrase weapon = countedWeapon(t, ch, c);
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
            roles.premodifiersOf(t, ch, weapon.chunk, d);
        }
        if (e.kind() == Lexicon.Kind.LAUNCH && !ch.get(c).passive()) {
            for (int s : ch.subject(c)) {
                roles.agent(t, ch, s, d);
            }
        }
        if (d.act) {
            places.locate(t, ch, c, d, ch.after(weapon.chunk > c ? weapon.chunk : c));
        }
        return d;
    }

    /** "131 drones" without its number: "drones". */
    private String nounOnly(Tokens t, Chunks ch, Phrase np) {
        Chunk chunk = ch.get(np.chunk);
        int from = chunk.from();
        while (from < chunk.head() && (t.quantity[from] != null || t.pos[from].equals("DT") || t.pos[from].equals("CD"))) {
            from++;
        }
        return t.text(from, chunk.to());
    }

    // ---- facts ----------------------------------------------------------------------------------------------------

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
        boolean person = !o.named(Set.of(Event.Role.VICTIM), Name.Type.PERSON).isEmpty() && o.facts.isEmpty() && !o.listed;
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

    // ---- pronouns -------------------------------------------------------------------------------------------------

    // ---- events ---------------------------------------------------------------------------------------------------

    private List<Event> events(List<Draft> merged) {
        Draft main = Merger.main(merged);
        List<Event> out = new ArrayList<>();
        for (Draft d : merged) {
            merger.finish(d);
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

}
