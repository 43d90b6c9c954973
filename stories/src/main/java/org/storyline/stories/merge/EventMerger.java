package org.storyline.stories.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.storyline.model.DateBasis;
import org.storyline.model.Event;
import org.storyline.model.PartialDate;

/**
 * Merges mentions of the same real-world event across articles and outlets into one event whose every field is a
 * fact with the sources stating it. Compatible refinements merge ("2026-02" and "2026-02-06"; "UAE" and "Abu Dhabi"
 * when the place hierarchy says so); real conflicts (critical vs serious; 4 vs 7 killed) become disagreements that
 * keep both sides and their sources.
 *
 * <p>Two events are the same when their types agree, their dates and places do not conflict, and they share a named
 * victim, target or party (by entity, else by name), or, naming no different ones, the same place and day. A
 * description ("at least 15 people", "officials") identifies nothing. Linked events then join in order of evidence,
 * and only while everything a cluster has gathered stays compatible: its known places all within one another and its
 * known dates within {@value EventCluster#MAX_DAY_SPAN} days. Design decision: this is complete linkage on places and
 * dates rather than single-link union, because one report with neither date nor place (a wire round-up naming "at
 * least 15 people") would otherwise chain every shooting in a corpus into one event.
 */
public final class EventMerger {
    /** Tells whether one place lies within another (a city within its country); names as written, either order. */
    public interface Places {
        boolean within(String inner, String outer);

        Places NONE = (inner, outer) -> false;
    }

    private final Places places;
    private final Function<String, String> originOfDocument;
    private final Function<String, String> storyOfArticle;

    /**
     * @param places           the place hierarchy, for refinements
     * @param originOfDocument the independent origin of each document (syndicated copies share one)
     */
    public EventMerger(Places places, Function<String, String> originOfDocument) {
        this(places, originOfDocument, article -> null);
    }

    /**
     * @param places           the place hierarchy, for refinements
     * @param originOfDocument the independent origin of each document (syndicated copies share one)
     * @param storyOfArticle   the story each article belongs to, or null: events of one type reported within one
     *                         story merge on compatible facts alone, without a shared name or a known place and day
     */
    public EventMerger(Places places, Function<String, String> originOfDocument, Function<String, String> storyOfArticle) {
        this.places = places;
        this.originOfDocument = originOfDocument;
        this.storyOfArticle = storyOfArticle;
    }

    public List<Event> merge(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::id));
        int n = sorted.size();
        if (n >= 1 << 24) {
            throw new IllegalArgumentException("too many events to merge in one pass: " + n + ", at most " + ((1 << 24) - 1));
        }
        List<Report> reports = new ArrayList<>(n);
        for (Event e : sorted) {
            reports.add(report(e));
        }
        // Blocking: only events of one type family with a shared key (named participant, place, story) are compared.
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : keys(reports.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        // Every pair that is the same event on its own evidence, strongest evidence first, then by id (deterministic):
        // each link packed as (MAX_EVIDENCE - evidence) << 48 | pair, so that sorting the numbers orders the links.
        long[] links = new long[64];
        int count = 0;
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    Report a = reports.get(i);
                    Report b = reports.get(j);
                    if (same(a, b)) {
                        if (count == links.length) {
                            links = java.util.Arrays.copyOf(links, count * 2);
                        }
                        links[count++] = (long) (MAX_EVIDENCE - evidence(a, b)) << 48 | ((long) i * n + j);
                    }
                }
            }
        }
        long[] ordered = java.util.Arrays.stream(links, 0, count).sorted().distinct().map(l -> l & ((1L << 48) - 1)).toArray();
        // Greedy union under complete compatibility: two clusters join only when the places and dates they have
        // accumulated all agree, so an event with unknown date and place cannot chain two incompatible ones.
        int[] parent = new int[n];
        EventCluster[] clusters = new EventCluster[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            clusters[i] = new EventCluster(sorted.get(i));
        }
        for (long pair : ordered) {
            int ri = find(parent, (int) (pair / n));
            int rj = find(parent, (int) (pair % n));
            if (ri != rj && clusters[ri].compatible(clusters[rj], this::placesCompatible)) {
                int root = Math.min(ri, rj);
                int other = Math.max(ri, rj);
                parent[other] = root;
                clusters[root].absorb(clusters[other]);
                clusters[other] = null;
            }
        }
        Map<Integer, List<Event>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
        }
        List<Event> merged = new ArrayList<>();
        for (List<Event> group : groups.values()) {
            merged.add(group.size() == 1 && group.getFirst().sources().size() <= 1 ? withOrigins(group.getFirst()) : combine(group));
        }
        return merged;
    }

    /** The stories the articles mentioning an event belong to. */
    private Set<String> stories(Event e) {
        Set<String> out = new LinkedHashSet<>(1);
        for (org.storyline.model.Mention m : e.mentions()) {
            String story = storyOfArticle.apply(m.article());
            if (story != null) {
                out.add(story);
            }
        }
        return out;
    }

    /** An event with what is looked up for every comparison: its stories and the names of its victims, targets, parties. */
    private record Report(Event event, Set<String> stories, Set<String> names) {
    }

    private Report report(Event e) {
        Set<String> names = new LinkedHashSet<>(2);
        e.participants().stream().filter(EventMerger::identifying).forEach(p -> names.add(who(p)));
        return new Report(e, stories(e), names);
    }

    private static boolean sameStory(Report a, Report b) {
        return !a.stories().isEmpty() && b.stories().stream().anyMatch(a.stories()::contains);
    }

    /** Whether the events share a named victim, target or party. */
    private static boolean sharesNamed(Report a, Report b) {
        return b.names().stream().anyMatch(a.names()::contains);
    }

    private static final int MAX_EVIDENCE = 8;

    /** How much two events linked by {@link #same} share: a named participant, the place, the day, the story. */
    private static int evidence(Report x, Report y) {
        int score = sameStory(x, y) ? 1 : 0;
        if (sharesNamed(x, y)) {
            score += 2;
        }
        Event a = x.event();
        Event b = y.event();
        if (a.location() != null && b.location() != null && fold(a.location().name()).equals(fold(b.location().name()))) {
            score++;
        }
        if (a.date().value() != null && b.date().value() != null) {
            score += a.date().value().equals(b.date().value()) ? 2 : 1;
        }
        return score;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String family(Event e) {
        return switch (e.type()) {
            case TALKS, AGREEMENT -> "talks";
            default -> e.type().label();
        };
    }

    private static Set<String> keys(Report r) {
        Event e = r.event();
        Set<String> keys = new LinkedHashSet<>();
        for (String story : r.stories()) {
            keys.add(family(e) + "|s|" + story);
        }
        for (Event.Participant p : e.participants()) {
            if (named(p)) {
                keys.add(family(e) + "|p|" + who(p));
            }
        }
        if (e.location() != null) {
            keys.add(family(e) + "|l|" + fold(e.location().name()));
        }
        if (e.type() == org.storyline.model.EventType.MUTINY) {
            keys.add(family(e) + "|rare");
        }
        return keys;
    }

    private static String who(Event.Participant p) {
        return p.entity() != null ? p.entity() : fold(p.text());
    }

    boolean same(Event a, Event b) {
        return same(report(a), report(b));
    }

    private boolean same(Report x, Report y) {
        Event a = x.event();
        Event b = y.event();
        if (!family(a).equals(family(b))) {
            return false;
        }
        if (!datesCompatible(a.date(), b.date()) || !placesCompatible(a.location(), b.location())) {
            return false;
        }
        if (sameDocumentOtherDispatch(a, b)) {
            return false; // the dispatches of one page (a live blog) report different happenings
        }
        if (a.type() == org.storyline.model.EventType.MUTINY && b.type() == org.storyline.model.EventType.MUTINY) {
            return true; // a mutiny is rare enough that compatible dates and places make it the same one
        }
        if (disjoint(a, b, Event.Role.ACTOR)) {
            return false; // sanctions by the United States and by the European Union are two events
        }
        if (a.type() == org.storyline.model.EventType.SANCTION && !disjoint(a, b, Event.Role.ACTOR)
                && sharesOrGeneric(a, b, Event.Role.TARGET) && has(a, Event.Role.ACTOR) && has(b, Event.Role.ACTOR)) {
            return true; // the same sanctioning party against the same (or an unnamed) target
        }
        if (sharesNamed(x, y)) {
            return countsCompatibleEnough(a, b);
        }
        if (!x.names().isEmpty() && !y.names().isEmpty()) {
            return false; // both name who was hit, and not the same ones
        }
        // Without a shared name: the same known place and the same known day, and counts that fit.
        if (a.location() != null && b.location() != null && a.date().value() != null && b.date().value() != null
                && a.date().value().equals(b.date().value())) {
            return countsCompatibleEnough(a, b);
        }
        // Or reported by different documents within one story, of one kind, with nothing that tells them apart (two
        // events the extractor found in one text are two happenings it told apart).
        return (a.subtype() == null || b.subtype() == null || a.subtype().equals(b.subtype())) && sameStory(x, y)
                && java.util.Collections.disjoint(a.sources(), b.sources()) && countsCompatibleEnough(a, b);
    }

    /**
     * Named victims, targets and parties tell events apart; a perpetrator or actor (Russia, the army) takes part in
     * many, and so does a description ("at least 15 people", "officials", "residents").
     */
    private static boolean identifying(Event.Participant p) {
        return (p.role() == Event.Role.VICTIM || p.role() == Event.Role.TARGET || p.role() == Event.Role.PARTY) && named(p);
    }

    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:at least|at most|more than|fewer than|less than|up to|about|around|nearly|almost|over|some|approximately)\\s+)?"
                    + "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|scores of|hundreds of"
                    + "|thousands of|several|many|a few|few)\\b\\s*");

    private static final Set<String> DESCRIPTIONS = Set.of("people", "person", "persons", "officials", "official", "residents",
            "civilians", "soldiers", "police", "officers", "troops", "children", "men", "women", "workers", "students",
            "protesters", "demonstrators", "militants", "fighters", "victims", "passengers", "journalists", "reporters");

    /** Whether a participant is named ("Mara Quell", "Hanover") rather than described ("At least 15 people", "officials"). */
    static boolean named(Event.Participant p) {
        String rest = QUANTITY.matcher(p.text().strip()).replaceFirst("");
        for (String word : NON_WORD.split(rest)) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                    && !DESCRIPTIONS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean disjoint(Event a, Event b, Event.Role role) {
        Set<String> x = new LinkedHashSet<>();
        a.participants().stream().filter(p -> p.role() == role).forEach(p -> x.add(who(p)));
        Set<String> y = new LinkedHashSet<>();
        b.participants().stream().filter(p -> p.role() == role).forEach(p -> y.add(who(p)));
        return !x.isEmpty() && !y.isEmpty() && java.util.Collections.disjoint(x, y);
    }

    private static boolean has(Event e, Event.Role role) {
        return e.participants().stream().anyMatch(p -> p.role() == role);
    }

    /** The events share a participant in the role, or one of them names none in it by an entity. */
    private static boolean sharesOrGeneric(Event a, Event b, Event.Role role) {
        List<Event.Participant> x = a.participants().stream().filter(p -> p.role() == role).toList();
        List<Event.Participant> y = b.participants().stream().filter(p -> p.role() == role).toList();
        if (x.stream().allMatch(p -> p.entity() == null) || y.stream().allMatch(p -> p.entity() == null)) {
            return true;
        }
        Set<String> ids = new LinkedHashSet<>();
        x.forEach(p -> ids.add(who(p)));
        return y.stream().anyMatch(p -> ids.contains(who(p)));
    }

    private static boolean sameDocumentOtherDispatch(Event a, Event b) {
        if (a.sources().size() != 1 || !a.sources().equals(b.sources())) {
            return false;
        }
        Set<String> articles = new LinkedHashSet<>();
        a.mentions().forEach(m -> articles.add(m.article()));
        return b.mentions().stream().noneMatch(m -> articles.contains(m.article()));
    }

    /** Counts may disagree (that is data), but wildly different figures of one kind mean different events. */
    private static boolean countsCompatibleEnough(Event a, Event b) {
        for (String k : a.counts().keySet()) {
            Event.Count x = a.counts().get(k);
            Event.Count y = b.counts().get(k);
            if (y != null && Math.max(x.value(), y.value()) > 10 * Math.max(1, Math.min(x.value(), y.value()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean datesCompatible(Event.EventDate a, Event.EventDate b) {
        if (a.value() == null || b.value() == null) {
            return true;
        }
        String x = a.value().value();
        String y = b.value().value();
        if (x.startsWith(y) || y.startsWith(x)) {
            return true;
        }
        if (a.value().day().isPresent() && b.value().day().isPresent()) {
            long days = Math.abs(a.value().day().get().toEpochDay() - b.value().day().get().toEpochDay());
            // A night attack reported on two calendar days; a date taken from the report only says when it was told.
            return days <= (a.basis() == DateBasis.DOCUMENT || b.basis() == DateBasis.DOCUMENT
                    ? EventCluster.MAX_REPORT_SPAN : EventCluster.MAX_DAY_SPAN / 2);
        }
        return false;
    }

    private boolean placesCompatible(Event.Location a, Event.Location b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.entity() != null && a.entity().equals(b.entity())) {
            return true;
        }
        String x = fold(a.name());
        String y = fold(b.name());
        return x.equals(y) || places.within(a.name(), b.name()) || places.within(b.name(), a.name());
    }

    private Event withOrigins(Event e) {
        return new Event(e.id(), e.type(), e.subtype(), e.status(), e.date(), e.location(), e.participants(), e.counts(),
                e.mentions(), e.sources(), origins(e.sources()), e.facts(), e.disagreements());
    }

    private int origins(List<String> sources) {
        Set<String> origins = new LinkedHashSet<>();
        for (String s : sources) {
            origins.add(originOfDocument.apply(s));
        }
        return origins.size();
    }

    /** One event from several mentions: each field a fact with its sources; conflicts kept as disagreements. */
    private Event combine(List<Event> group) {
        Event first = group.getFirst();
        Set<String> sources = new LinkedHashSet<>();
        List<org.storyline.model.Mention> mentions = new ArrayList<>();
        Map<String, Event.Participant> participants = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> fields = new LinkedHashMap<>();
        for (Event e : group) {
            sources.addAll(e.sources());
            mentions.addAll(e.mentions());
            for (Event.Participant p : e.participants()) {
                participants.putIfAbsent(p.role() + "|" + who(p), p);
            }
            if (e.date().value() != null) {
                add(fields, "date", e.date().value().value(), e.sources());
            }
            if (e.location() != null) {
                add(fields, "place", e.location().name(), e.sources());
                if (e.location().detail() != null) {
                    add(fields, "detail", e.location().detail(), e.sources());
                }
            }
            if (e.status() != null) {
                add(fields, "status", e.status().name().toLowerCase(Locale.ROOT), e.sources());
            }
            if (e.subtype() != null) {
                add(fields, "subtype", e.subtype(), e.sources());
            }
            for (var c : e.counts().entrySet()) {
                add(fields, c.getKey(), c.getValue().value() + "|" + c.getValue().qualifier().name(), e.sources());
            }
            for (Event.Fact f : e.facts()) {
                add(fields, f.field(), f.value(), f.sources());
            }
        }
        List<Event.Fact> facts = new ArrayList<>();
        List<Event.Disagreement> disagreements = new ArrayList<>();
        for (var field : fields.entrySet()) {
            List<Event.Fact> values = new ArrayList<>();
            for (var v : field.getValue().entrySet()) {
                values.add(new Event.Fact(field.getKey(), display(v.getKey()), List.copyOf(v.getValue())));
            }
            List<Event.Fact> distinct = conflicting(field.getKey(), values);
            facts.addAll(values);
            if (distinct.size() >= 2) {
                disagreements.add(new Event.Disagreement(field.getKey(), distinct));
            }
        }
        Event.EventDate date = date(group);
        Event.Location location = group.stream().map(Event::location).filter(l -> l != null)
                .max(Comparator.comparingInt((Event.Location l) -> l.detail() == null ? 0 : 1)
                        .thenComparingInt(l -> -depth(l.name(), group)))
                .orElse(null);
        Map<String, Event.Count> counts = new TreeMap<>();
        for (Event e : group) {
            e.counts().forEach(counts::putIfAbsent);
        }
        String subtype = group.stream().map(Event::subtype).filter(s -> s != null).findFirst().orElse(null);
        Event.Status status = group.stream().map(Event::status).filter(s -> s != null).findFirst().orElse(null);
        List<String> sourceList = List.copyOf(sources);
        return new Event(first.id(), first.type(), subtype, status, date, location, List.copyOf(participants.values()), counts,
                mentions, sourceList, origins(sourceList), facts, disagreements);
    }

    /** The most precise date that all dated mentions agree with; a conflict keeps the most reported one. */
    private static Event.EventDate date(List<Event> group) {
        Map<String, Integer> votes = new TreeMap<>();
        Map<String, DateBasis> basis = new HashMap<>();
        for (Event e : group) {
            if (e.date().value() != null) {
                votes.merge(e.date().value().value(), e.sources().size(), Integer::sum);
                basis.putIfAbsent(e.date().value().value(), e.date().basis());
            }
        }
        if (votes.isEmpty()) {
            return Event.EventDate.unknown();
        }
        String best = votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(e -> e.getKey().length()))
                .orElseThrow().getKey();
        for (String v : votes.keySet()) {
            if (v.startsWith(best) && v.length() > best.length()) {
                best = v;
            }
        }
        return new Event.EventDate(new PartialDate(best), basis.getOrDefault(best, DateBasis.STATED));
    }

    private int depth(String place, List<Event> group) {
        int d = 0;
        for (Event e : group) {
            if (e.location() != null && places.within(e.location().name(), place)) {
                d++;
            }
        }
        return d;
    }

    private static void add(Map<String, Map<String, Set<String>>> fields, String field, String value, List<String> sources) {
        fields.computeIfAbsent(field, k -> new LinkedHashMap<>()).computeIfAbsent(value, k -> new LinkedHashSet<>()).addAll(sources);
    }

    private static String display(String value) {
        int bar = value.indexOf('|');
        if (bar > 0 && value.substring(bar + 1).matches("[A-Z_]+")) {
            String q = value.substring(bar + 1).toLowerCase(Locale.ROOT);
            return (q.equals("exact") ? "" : q.replace('_', ' ') + " ") + value.substring(0, bar);
        }
        return value;
    }

    /**
     * The values of one field that really conflict: a value that another one refines (a month and a day within it,
     * a country and a city within it, "at least 4" and 7) is not in conflict with it; what is left after dropping
     * such vaguer values disagrees when two or more remain.
     */
    private List<Event.Fact> conflicting(String field, List<Event.Fact> values) {
        if (field.equals("detail") || field.equals("subtype")) {
            return List.of();
        }
        List<Event.Fact> out = new ArrayList<>();
        for (Event.Fact v : values) {
            boolean vaguer = false;
            for (Event.Fact w : values) {
                if (v != w && refines(field, w.value(), v.value())) {
                    vaguer = true;
                    break;
                }
            }
            if (!vaguer) {
                out.add(v);
            }
        }
        // Outlets disagree only when different reports state different values; one report stating two values
        // (two instruments, two stages) is detail, not a disagreement.
        boolean betweenReports = false;
        for (int i = 0; i < out.size() && !betweenReports; i++) {
            for (int j = i + 1; j < out.size(); j++) {
                if (java.util.Collections.disjoint(out.get(i).sources(), out.get(j).sources())) {
                    betweenReports = true;
                    break;
                }
            }
        }
        return out.size() >= 2 && betweenReports ? out : List.of();
    }

    /** Whether {@code precise} says the same as {@code vague}, only more precisely. */
    private boolean refines(String field, String precise, String vague) {
        return switch (field) {
            case "date" -> precise.length() > vague.length() && precise.startsWith(vague);
            case "place" -> places.within(precise, vague);
            default -> vague.startsWith("at least ") && number(precise) >= number(vague) && !precise.equals(vague);
        };
    }

    private static long number(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String fold(String s) {
        return s == null ? "" : NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
