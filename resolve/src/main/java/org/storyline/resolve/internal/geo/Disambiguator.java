package org.storyline.resolve.internal.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.resolve.geo.Place;

/**
 * Chooses one place for each distinct place mention of a document, or none.
 *
 * <p>A candidate's score is its prominence (log10 of population, a bonus for countries, regions and capitals, a
 * penalty when only one of its alternate names matched) plus the support it gets from the document's other places:
 * being in a country, region or neighbourhood where the document's other places are, or containing them. Two passes:
 * the first resolves each mention alone and keeps the confident answers as anchors; the second rescores every
 * mention against the anchors of the other mentions. A city that wins without support must be large enough to be
 * the obvious reading of its name (see {@link #accepted}), so a village on another continent is never a guess.
 *
 * <p>Design decision: one sense per document. The same mention resolves to the same place everywhere in a
 * document, and the list of mentions (with repeats) is the whole context the geocoder needs.
 */
public final class Disambiguator {
    static final double COUNTRY_BONUS = 3.0;
    static final double REGION_BONUS = 1.0;
    static final double CAPITAL_BONUS = 3.0;
    static final double SEAT_BONUS = 0.5;
    static final double ALTERNATE_PENALTY = 1.0;
    static final double SHORT_PENALTY = 0.5;

    static final double SAME_COUNTRY = 2.0;
    static final double REGION_SAME_COUNTRY = 1.0;
    static final double SIBLING_REGION = 1.0;
    static final double CONTAINS_ANCHOR = 2.0;
    static final double SAME_REGION = 1.5;
    static final double NEARBY = 1.0;
    static final double NEARBY_KM = 300;

    /** Smallest city chosen without support from the document; a smaller one needs to be the only one of its name. */
    static final long UNSUPPORTED_MIN = 50_000;
    static final long UNSUPPORTED_UNIQUE_MIN = 15_000;
    static final long UNSUPPORTED_ALTERNATE_MIN = 100_000;
    /** Smallest city chosen when only its country is supported; in its region or nearby, any city of the gazetteer. */
    static final long COUNTRY_SUPPORTED_MIN = 10_000;
    /** Smallest city chosen by one of its alternate names, with support. */
    static final long SUPPORTED_ALTERNATE_MIN = 50_000;
    /** Smallest region (people in its places) chosen without support from the document. */
    static final long UNSUPPORTED_REGION_MIN = 50_000;
    /** Smallest city chosen by its name without "City" ("Kansas" is not Kansas City), unless a capital. */
    static final long SHORT_MIN = 200_000;
    /** A city seated under the same name as its region takes the bare name ("Kharkiv" the city, not the oblast). */
    static final long SEAT_NAMESAKE_MIN = 20_000;

    private final GazetteerIndex index;

    public Disambiguator(GazetteerIndex index) {
        this.index = index;
    }

    /** Resolves each name of a document; the result is aligned with the input, null where no place is chosen. */
    public List<Entry> resolve(List<String> names) {
        Map<String, Mention> mentions = new LinkedHashMap<>();
        for (String name : names) {
            mentions.computeIfAbsent(name, n -> Mention.read(n, index));
        }
        Map<String, List<Candidate>> candidates = new HashMap<>();
        for (Mention m : mentions.values()) {
            if (m != null) {
                candidates.computeIfAbsent(id(m), k -> candidates(m));
            }
        }
        // Pass 1: each mention alone.
        List<Anchor> anchors = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> e : candidates.entrySet()) {
            Choice c = choose(e.getValue(), List.of(), e.getKey());
            if (c != null) {
                anchors.add(new Anchor(e.getKey(), c.candidate.entry));
            }
        }
        // Pass 2: against the other mentions' anchors.
        Map<String, Entry> chosen = new HashMap<>();
        for (Map.Entry<String, List<Candidate>> e : candidates.entrySet()) {
            Choice c = choose(e.getValue(), anchors, e.getKey());
            chosen.put(e.getKey(), c == null ? null : c.candidate.entry);
        }
        List<Entry> out = new ArrayList<>(names.size());
        for (String name : names) {
            Mention m = mentions.get(name);
            out.add(m == null ? null : chosen.get(id(m)));
        }
        return out;
    }

    private static String id(Mention m) {
        return m.key() + "\u0000" + m.want() + (m.within() == null ? "" : "\u0000" + m.within().place().id());
    }

    /** The places a mention could name, before context; those in the region or country it names, when it names one. */
    List<Candidate> candidates(Mention m) {
        List<Candidate> all = unplaced(m);
        if (m.within() == null) {
            return all;
        }
        List<Candidate> inside = new ArrayList<>();
        for (Candidate c : all) {
            if (m.inside(c.entry)) {
                inside.add(new Candidate(c.entry, c.match, true));
            }
        }
        return inside.isEmpty() ? all : inside;
    }

    private List<Candidate> unplaced(Mention m) {
        List<Candidate> out = new ArrayList<>();
        switch (m.want()) {
            case REGION -> {
                for (int p : index.regionPostings(m.key())) {
                    out.add(new Candidate(index.entry(GazetteerIndex.row(p)), GazetteerIndex.PRIMARY, false));
                }
                for (int p : index.postings(m.key())) {
                    Entry e = index.entry(GazetteerIndex.row(p));
                    if (e.kind() == Place.Kind.REGION && out.stream().noneMatch(c -> c.entry == e)) {
                        out.add(new Candidate(e, GazetteerIndex.match(p), false));
                    }
                }
                // "The Moscow region" is Moscow Oblast, not the city of federal status named plain "Moscow".
                if (out.stream().anyMatch(c -> regionWorded(c.entry))) {
                    out.removeIf(c -> !regionWorded(c.entry));
                }
                if (out.isEmpty()) {
                    out.addAll(regionsOfCities(m.key()));
                }
            }
            case CITY -> {
                for (int p : index.postings(m.key())) {
                    Entry e = index.entry(GazetteerIndex.row(p));
                    if (e.kind() == Place.Kind.CITY) {
                        out.add(new Candidate(e, GazetteerIndex.match(p), false));
                    }
                }
            }
            case ANY -> {
                for (int p : index.postings(m.key())) {
                    out.add(new Candidate(index.entry(GazetteerIndex.row(p)), GazetteerIndex.match(p), false));
                }
                out.removeIf(c -> c.entry.kind() == Place.Kind.REGION && namesakeSeat(c.entry, out));
                if (out.isEmpty()) {
                    for (int p : index.regionPostings(m.key())) {
                        out.add(new Candidate(index.entry(GazetteerIndex.row(p)), GazetteerIndex.SHORT, false));
                    }
                }
            }
        }
        return out;
    }

    /**
     * For a region mention no region is named by ("Kharkov oblast", "Odessa region"): the region whose seat the named
     * city is; a city that seats no region stands for its own surroundings ("the Bakhmut region").
     */
    private List<Candidate> regionsOfCities(String key) {
        Candidate best = null;
        for (int p : index.postings(key)) {
            Entry e = index.entry(GazetteerIndex.row(p));
            if (e.kind() != Place.Kind.CITY) {
                continue;
            }
            Candidate c = new Candidate(e, GazetteerIndex.match(p), false);
            if (best == null || prior(c) > prior(best)) {
                best = c;
            }
        }
        if (best == null) {
            return List.of();
        }
        Entry region = best.entry.region() == null ? null : index.region(best.entry.region());
        if (region != null && best.entry.seat()) {
            return List.of(new Candidate(region, GazetteerIndex.PRIMARY, false));
        }
        return List.of(best);
    }

    /** Whether a region's own name has a generic region word ("Moscow Oblast", "Krasnodar Krai"). */
    private static boolean regionWorded(Entry region) {
        return RegionNames.stripped(Fold.key(region.place().name())) != null;
    }

    /** Whether a region shares the mention's name with a city seated in it ("Kharkiv", "Sumy", "Abu Dhabi"). */
    private static boolean namesakeSeat(Entry region, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            Entry e = c.entry;
            if (e.kind() == Place.Kind.CITY && c.match == GazetteerIndex.PRIMARY && region.region().equals(e.region())
                    && (e.seat() || e.population() >= SEAT_NAMESAKE_MIN)) {
                return true;
            }
        }
        return false;
    }

    /** Prominence of a candidate before context. */
    static double prior(Candidate c) {
        Entry e = c.entry;
        double s = Math.log10(e.population() + 1.0);
        switch (e.kind()) {
            case COUNTRY -> s += COUNTRY_BONUS;
            case REGION -> s += REGION_BONUS;
            case CITY -> {
                if (e.capital()) {
                    s += CAPITAL_BONUS;
                } else if (e.seat()) {
                    s += SEAT_BONUS;
                }
                if (c.match == GazetteerIndex.ALTERNATE) {
                    s -= ALTERNATE_PENALTY;
                } else if (c.match == GazetteerIndex.SHORT) {
                    s -= SHORT_PENALTY;
                }
            }
        }
        return s;
    }

    /**
     * Support a candidate gets from the anchors of the document's other mentions; strong when more than a shared
     * country (a shared region, a neighbouring city, a region containing one of the document's cities).
     */
    static Support support(Entry e, List<Anchor> anchors, String self) {
        boolean country = false, sibling = false, contains = false, region = false, near = false;
        for (Anchor a : anchors) {
            if (a.mention.equals(self) || a.entry == e) {
                continue;
            }
            Entry x = a.entry;
            boolean sameCountry = x.country().equals(e.country());
            country |= sameCountry;
            switch (e.kind()) {
                case COUNTRY -> { }
                case REGION -> {
                    contains |= x.kind() != Place.Kind.COUNTRY && e.region().equals(x.region());
                    sibling |= sameCountry && x.kind() == Place.Kind.REGION;
                }
                case CITY -> {
                    region |= x.kind() != Place.Kind.COUNTRY && e.region() != null && e.region().equals(x.region());
                    near |= x.kind() == Place.Kind.CITY && km(e, x) <= NEARBY_KM;
                }
            }
        }
        return switch (e.kind()) {
            case COUNTRY -> new Support(country ? SAME_COUNTRY : 0, country);
            case REGION -> new Support((contains ? CONTAINS_ANCHOR : 0) + (country ? REGION_SAME_COUNTRY : 0)
                    + (sibling ? SIBLING_REGION : 0), contains || sibling);
            case CITY -> new Support((country ? SAME_COUNTRY : 0) + (region ? SAME_REGION : 0) + (near ? NEARBY : 0),
                    region || near);
        };
    }

    private Choice choose(List<Candidate> candidates, List<Anchor> anchors, String self) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Support bestSupport = Support.NONE;
        for (Candidate c : candidates) {
            Support support = support(c.entry, anchors, self);
            double score = prior(c) + support.score;
            if (best == null || score > bestScore || score == bestScore && before(c.entry, best.entry)) {
                best = c;
                bestScore = score;
                bestSupport = support;
            }
        }
        if (best == null || !accepted(best, bestSupport, candidates)) {
            return null;
        }
        return new Choice(best, bestScore);
    }

    /** Ties go to the bigger kind (country, then region), then to the lower row: deterministic. */
    private static boolean before(Entry a, Entry b) {
        if (a.kind() != b.kind()) {
            return a.kind().ordinal() > b.kind().ordinal();
        }
        return a.index() < b.index();
    }

    /** Whether the evidence is enough to answer with this candidate rather than with nothing. */
    static boolean accepted(Candidate c, Support support, List<Candidate> all) {
        Entry e = c.entry;
        if (e.kind() == Place.Kind.REGION && RegionNames.generic(Fold.key(e.place().name()))) {
            return support.strong;                     // "the West" is no region of Cameroon unless the text is there
        }
        if (e.kind() == Place.Kind.REGION && support.score == 0 && e.population() < UNSUPPORTED_REGION_MIN) {
            return false;                              // "Long Island" is not the Bahamas' district of 1,752 people
        }
        if (e.kind() != Place.Kind.CITY || e.capital() || c.placed) {
            return true;
        }
        long population = e.population();
        if (c.match == GazetteerIndex.SHORT) {
            return population >= SHORT_MIN;
        }
        if (c.match == GazetteerIndex.ALTERNATE) {
            return population >= (support.score > 0 ? SUPPORTED_ALTERNATE_MIN : UNSUPPORTED_ALTERNATE_MIN);
        }
        if (support.strong) {
            return true;                               // its region, or near another place of the document
        }
        if (support.score > 0) {
            return population >= COUNTRY_SUPPORTED_MIN;
        }
        if (population >= UNSUPPORTED_MIN) {
            return true;
        }
        if (population < UNSUPPORTED_UNIQUE_MIN) {
            return false;
        }
        for (Candidate other : all) {
            if (other != c && !other.entry.country().equals(e.country())) {
                return false;
            }
        }
        return true;
    }

    static double km(Entry a, Entry b) {
        double la1 = Math.toRadians(a.place().geo().lat()), la2 = Math.toRadians(b.place().geo().lat());
        double dla = la2 - la1, dlo = Math.toRadians(b.place().geo().lon() - a.place().geo().lon());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * A place a mention could name, with how the name matched ({@link GazetteerIndex#PRIMARY} and so on) and whether
     * the mention itself says where it is ("Selma, Ala.").
     */
    record Candidate(Entry entry, int match, boolean placed) {
    }

    /** A confident first-pass answer, by the mention it answers. */
    record Anchor(String mention, Entry entry) {
    }

    /** Context score of a candidate, and whether it is more than a shared country. */
    record Support(double score, boolean strong) {
        static final Support NONE = new Support(0, false);
    }

    private record Choice(Candidate candidate, double score) {
    }
}
