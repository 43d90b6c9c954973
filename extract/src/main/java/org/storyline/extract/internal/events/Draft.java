package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.language.Name;
import org.storyline.model.DateBasis;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;

/**
 * An event while a dispatch is read: what one or more trigger mentions say about it, before it becomes an
 * {@link Event}. Mutable, confined to one reading.
 */
final class Draft {
    EventType type;
    String subtype;
    /** True when an act trigger made it ("the attack"), false when only a death, injury or count did ("17 injured"). */
    boolean act;
    boolean attempted;
    boolean planned;
    boolean completed;
    /** "the attack", "the talks": a definite mention that refers back to an event told before. */
    boolean anaphoric;
    /** "another attack", "a second blast": a mention that is not an event told before. */
    boolean distinct;
    /** "attacks" with no article and nothing specific about them. */
    boolean generic;
    /** Whether a death or an injury is told ("died", "wounded"), even of nobody named. */
    boolean casualty;
    /** Whether its victims are listed by name after the casualty ("the injured were …"): the list of an event told before. */
    boolean listed;
    /** Sentence of the first and of the last mention. */
    int sentence;
    int lastSentence;
    final List<Span> triggers = new ArrayList<>();
    /** The last words of the act triggers ("shooting", "attempt"), for definite mentions that refer back. */
    final java.util.Set<String> heads = new java.util.HashSet<>();
    final List<Party> parties = new ArrayList<>();
    final List<Place> places = new ArrayList<>();
    String detail;
    int detailRank = Integer.MAX_VALUE;
    PartialDate date;
    DateBasis basis = DateBasis.UNKNOWN;
    int dateRank = Integer.MAX_VALUE;
    final Map<String, Event.Count> counts = new LinkedHashMap<>();
    /** Counts worked out from the victims named rather than stated ("X was killed along with his assistant"). */
    final Map<String, Event.Count> inferred = new LinkedHashMap<>();
    final List<String[]> facts = new ArrayList<>();
    final List<String> instruments = new ArrayList<>();
    /** Buildings and vehicles where it happened ("outside Government House"): the targets of a bombing or arson. */
    final List<String> sites = new ArrayList<>();
    final List<String> instrumentSubtypes = new ArrayList<>();
    /**
     * "fire" or "explosion" when the mention is a fire or an explosion that nobody is said to have set ("a blaze
     * killed 27"): an accident unless the dispatch says otherwise (see {@link Accidents}).
     */
    String accident;

    Draft(EventType type, String subtype, int sentence) {
        this.type = type;
        this.subtype = subtype;
        this.sentence = sentence;
        this.lastSentence = sentence;
    }

    /** A participant: role, text as written, the kind of name it is (or null), and whether it is a name at all. */
    record Party(Event.Role role, String text, Name.Type name) {
        String key() {
            return Draft.key(text);
        }
    }

    /** A place candidate: a name, and how directly the text ties it to the event (lower is better). */
    record Place(String name, int rank, boolean country) {
    }

    int start() {
        return triggers.stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
    }

    void trigger(Span s) {
        if (!triggers.contains(s)) {
            triggers.add(s);
        }
    }

    void party(Event.Role role, String text, Name.Type name) {
        text = text == null ? null : Phrases.unbracketed(text);
        if (text == null || text.isBlank()) {
            return;
        }
        String k = key(text);
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.key().equals(k)) {
                if (p.role() != role && rolePriority(role) < rolePriority(p.role())) {
                    parties.set(i, new Party(role, p.text(), p.name() != null ? p.name() : name));
                }
                return;
            }
        }
        parties.add(new Party(role, text.strip(), name));
    }

    private static int rolePriority(Event.Role r) {
        return switch (r) {
            case VICTIM -> 0;
            case PERPETRATOR -> 1;
            case TARGET -> 2;
            case ACTOR -> 3;
            case PARTY -> 4;
            case SPEAKER -> 5;
        };
    }

    void place(String name, int rank, boolean country) {
        if (name == null || name.isBlank()) {
            return;
        }
        places.add(new Place(name.strip(), rank, country));
    }

    void detail(String text, int rank) {
        if (text != null && !text.isBlank() && rank < detailRank) {
            detail = text.strip();
            detailRank = rank;
        }
    }

    void date(PartialDate value, DateBasis basis, int rank) {
        if (value != null && rank < dateRank) {
            this.date = value;
            this.basis = basis;
            this.dateRank = rank;
        }
    }

    void count(String kind, Event.Count c) {
        Event.Count before = counts.get(kind);
        if (before == null || better(c, before)) {
            counts.put(kind, c);
        }
    }

    void inferredCount(String kind, long value) {
        Event.Count before = inferred.get(kind);
        if (before == null || before.value() < value) {
            inferred.put(kind, new Event.Count(value, Event.Qualifier.AT_LEAST));
        }
    }

    private static boolean better(Event.Count c, Event.Count before) {
        return before.qualifier() != Event.Qualifier.EXACT && c.qualifier() == Event.Qualifier.EXACT;
    }

    void fact(String field, String value) {
        value = Phrases.unbracketed(value);
        if (value.isBlank()) {
            return;
        }
        for (String[] f : facts) {
            if (f[0].equals(field) && f[1].equalsIgnoreCase(value)) {
                return;
            }
        }
        facts.add(new String[] {field, value});
    }

    void instrument(String text, String weaponSubtype) {
        text = text == null ? null : Phrases.unbracketed(text);
        if (text == null || text.isBlank()) {
            return;
        }
        for (String s : instruments) {
            if (s.equalsIgnoreCase(text)) {
                return;
            }
        }
        instruments.add(text.strip());
        instrumentSubtypes.add(weaponSubtype);
    }

    /** The best place: the most directly tied, a city before a country. */
    Place bestPlace() {
        return bestPlace(Integer.MAX_VALUE);
    }

    /** The best place among those tied at least this directly (rank at most {@code maxRank}). */
    Place bestPlace(int maxRank) {
        Place best = null;
        for (Place p : places) {
            if (p.rank() <= maxRank && (best == null || score(p) < score(best))) {
                best = p;
            }
        }
        return best;
    }

    /** Ranks 0-1 (a preposition of the trigger, a modifier) beat rank 2 (the clause), which beats the sentence. */
    private static int score(Place p) {
        int tier = p.rank() <= 1 ? 0 : p.rank() == 2 ? 1 : 2;
        return tier * 10 + (p.country() ? 5 : 0) + p.rank();
    }

    /** The place that may contradict another event's: only one the text ties to this event. */
    Place firmPlace() {
        return bestPlace(2);
    }

    boolean empty() {
        return !(act && triggers.size() > 1 && casualty) && parties.isEmpty() && places.isEmpty() && date == null && counts.isEmpty() && inferred.isEmpty() && instruments.isEmpty()
                && facts.isEmpty() && detail == null;
    }

    // ---- merging ----------------------------------------------------------------------------------------------

    /** Whether two drafts can be one event: nothing they state contradicts the other. */
    boolean compatible(Draft o) {
        if (!compatibleTypes(o)) {
            return false;
        }
        if (subtype != null && o.subtype != null && !subtype.equals(o.subtype) && !sameSubtypeFamily(subtype, o.subtype)) {
            return false;
        }
        Place a = firmPlace();
        Place b = o.firmPlace();
        if (a != null && b != null && !a.country() && !b.country() && !samePlace(a.name(), b.name())) {
            return false;
        }
        if (date != null && o.date != null && !date.value().startsWith(o.date.value()) && !o.date.value().startsWith(date.value())) {
            return false;
        }
        for (Map.Entry<String, Event.Count> e : counts.entrySet()) {
            Event.Count other = o.counts.get(e.getKey());
            if (other != null && other.value() != e.getValue().value()) {
                return false;
            }
        }
        if (conflict(o, Set.of(Event.Role.VICTIM), Name.Type.PERSON)) {
            return false;
        }
        return !conflict(o, Set.of(Event.Role.ACTOR, Event.Role.PERPETRATOR), null);
    }

    /** Whether both name someone in the roles (of the name kind, if given) and none of them is the same. */
    private boolean conflict(Draft o, Set<Event.Role> roles, Name.Type kind) {
        List<String> mine = named(roles, kind);
        List<String> theirs = o.named(roles, kind);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return false;
        }
        for (String m : mine) {
            for (String t : theirs) {
                if (sameName(m, t)) {
                    return false;
                }
            }
        }
        return true;
    }

    List<String> named(Set<Event.Role> roles, Name.Type kind) {
        List<String> out = new ArrayList<>();
        for (Party p : parties) {
            if (roles.contains(p.role()) && p.name() != null && (kind == null || p.name() == kind)) {
                out.add(p.text());
            }
        }
        return out;
    }

    /** Whether the two share something specific: a named victim or party, a city, a day, a stated count. */
    boolean sharesKey(Draft o) {
        for (Party p : parties) {
            if (p.name() == null) {
                continue;
            }
            for (Party q : o.parties) {
                if (q.name() != null && p.role() == q.role() && sameName(p.text(), q.text())
                        && (p.name() == Name.Type.PERSON || p.role() == Event.Role.VICTIM || type == EventType.SANCTION)) {
                    return true;
                }
            }
        }
        Place a = firmPlace();
        Place b = o.firmPlace();
        if (a != null && b != null && (!a.country() && !b.country() || !violent(type)) && samePlace(a.name(), b.name()) && type == o.type) {
            return true; // the same city; for talks or sanctions even the same country
        }
        for (Party p : parties) {
            if (p.name() == null && p.role() == Event.Role.PERPETRATOR && !p.text().contains(" ") && !p.text().endsWith("s")) {
                for (Party q : o.parties) {
                    if (q.role() == p.role() && q.key().equals(p.key())) {
                        return true; // "the gunman" of both
                    }
                }
            }
        }
        if (date != null && o.date != null && date.value().length() >= 10 && date.equals(o.date)) {
            return true;
        }
        for (Map.Entry<String, Event.Count> e : counts.entrySet()) {
            Event.Count other = o.counts.get(e.getKey());
            if (other != null && other.value() == e.getValue().value() && e.getValue().value() > 1) {
                return true;
            }
        }
        return false;
    }

    boolean compatibleTypes(Draft o) {
        if (type == o.type) {
            return true;
        }
        if (violent(type) && violent(o.type)) {
            return type != EventType.DEATH && o.type != EventType.DEATH || !act || !o.act;
        }
        return false;
    }

    static boolean violent(EventType t) {
        return t == EventType.ATTACK || t == EventType.STRIKE || t == EventType.DEATH;
    }

    private static boolean sameSubtypeFamily(String a, String b) {
        Set<String> bombs = Set.of("bombing", "car_bomb");
        Set<String> strikes = Set.of("drone", "missile", "air", "artillery");
        return bombs.contains(a) && bombs.contains(b) || strikes.contains(a) && strikes.contains(b);
    }

    /** Takes in another draft's mentions and statements. */
    void absorb(Draft o) {
        // an accident stays one only when what joins it is an accident too, or only a death or injury ("Two more were hurt")
        accident = accident != null ? (o.accident != null || !o.act ? accident : null) : !act ? o.accident : null;
        if (o.act && (type == EventType.DEATH && o.type != EventType.DEATH || type == EventType.ATTACK && o.type == EventType.STRIKE)
                || !act && o.act) {
            type = o.type;
        }
        if (subtype == null || "bombing".equals(subtype) && "car_bomb".equals(o.subtype)) {
            subtype = o.subtype != null ? o.subtype : subtype;
        }
        act |= o.act;
        casualty |= o.casualty;
        attempted |= o.attempted;
        planned |= o.planned;
        completed |= o.completed;
        sentence = Math.min(sentence, o.sentence);
        lastSentence = Math.max(lastSentence, o.lastSentence);
        o.triggers.forEach(this::trigger);
        heads.addAll(o.heads);
        o.parties.forEach(p -> party(p.role(), p.text(), p.name()));
        places.addAll(o.places);
        if (o.detail != null) {
            detail(o.detail, o.detailRank);
        }
        if (o.date != null) {
            date(o.date, o.basis, o.dateRank);
        }
        o.counts.forEach(this::count);
        o.inferred.forEach((k, v) -> inferredCount(k, v.value()));
        o.facts.forEach(f -> fact(f[0], f[1]));
        for (String site : o.sites) {
            if (!sites.contains(site)) {
                sites.add(site);
            }
        }
        for (int i = 0; i < o.instruments.size(); i++) {
            instrument(o.instruments.get(i), o.instrumentSubtypes.get(i));
        }
        if (o.act) {
            generic &= o.generic;
        }
    }

    static String key(String text) {
        String k = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\"\u201c\u201d]", "").strip();
        k = k.replaceFirst("^(the|a|an) ", "");
        return switch (k) {
            case "us", "u.s.", "u.s", "usa", "america", "united states of america" -> "united states";
            case "uk", "u.k.", "britain", "great britain" -> "united kingdom";
            case "eu", "e.u." -> "european union";
            default -> k;
        };
    }

    /** Same name, allowing a surname alone, a spelling variant, or a demonym for its country ("Russian", "Russia"). */
    static boolean sameName(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return true;
        }
        String lx = last(x);
        String ly = last(y);
        if (lx.equals(ly) && lx.length() > 3) {
            return true;
        }
        if (lx.length() >= 6 && ly.length() >= 6 && distance(lx, ly) <= 2) {
            return true; // Alekseyev, Alexeyev
        }
        return lx.length() >= 5 && ly.length() >= 5 && lx.substring(0, 5).equals(ly.substring(0, 5))
                && Math.abs(lx.length() - ly.length()) <= 3 && !x.contains(" ") && !y.contains(" ");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String last(String s) {
        String[] parts = s.split(" ");
        return parts[parts.length - 1];
    }

    static boolean samePlace(String a, String b) {
        String x = " " + key(a) + " ";
        String y = " " + key(b) + " ";
        return x.contains(y) || y.contains(x);
    }
}
