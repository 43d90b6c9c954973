package org.storyline.resolve.internal.geo;

import java.util.List;
import java.util.Set;
import org.storyline.resolve.geo.Place;

/**
 * A place mention as the geocoder reads it: the folded name to look up and what the mention's own words say about
 * the place ("the Moscow region" wants a region named "moscow", "northern Kharkiv" is "kharkiv", "Selma, Ala." is a
 * Selma in Alabama).
 *
 * @param key    folded name to look up
 * @param want   the kind the mention asks for
 * @param within the region or country the mention puts the place in, or null
 */
public record Mention(String key, Want want, Entry within) {

    /** What the mention's words ask for. */
    public enum Want { ANY, REGION, CITY }

    private static final List<String> DIRECTIONS = List.of("northern ", "southern ", "eastern ", "western ", "central ",
            "northeastern ", "northwestern ", "southeastern ", "southwestern ", "north eastern ", "north western ",
            "south eastern ", "south western ", "far eastern ", "far northern ", "occupied ", "downtown ", "midtown ",
            "uptown ", "lower ", "upper ", "greater ");

    /**
     * Names the tagger types PLACE that stand for an institution, not a place to put on a map ("the White House
     * said", "the Kremlin denied"); several are also names of small towns.
     */
    private static final Set<String> INSTITUTIONS = Set.of("white house", "kremlin", "pentagon", "capitol",
            "capitol hill", "downing street", "wall street", "whitehall", "elysee", "elysee palace", "foggy bottom",
            "oval office", "langley", "quai dorsay", "bankova", "west wing");

    /** Reads a mention; null when it names no place the gazetteer could hold. */
    public static Mention read(String name, GazetteerIndex index) {
        String raw = possessive(name.strip());
        String key = Fold.key(raw);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        if (key.startsWith("upstate ") || key.startsWith("downstate ")) {
            Mention state = read(raw.substring(raw.indexOf(' ') + 1), index);
            return state == null ? null : new Mention(state.key, Want.REGION, state.within);
        }
        if (key.endsWith(" based")) {
            key = key.substring(0, key.length() - 6);  // "Miami-based"
        }
        if (key.isEmpty() || INSTITUTIONS.contains(key)) {
            return null;
        }
        if (index.postings(key).length > 0) {
            // "Kyiv City" is also the name of the region that is the city; the mention means the city.
            if (key.endsWith(" city") && !hasCity(index.postings(key), index)
                    && hasCity(index.postings(key.substring(0, key.length() - 5)), index)) {
                return new Mention(key.substring(0, key.length() - 5), Want.CITY, null);
            }
            return new Mention(key, Want.ANY, null);
        }
        int comma = raw.lastIndexOf(',');
        if (comma > 0) {
            Entry within = container(raw.substring(comma + 1), index);
            Mention place = within == null ? null : read(raw.substring(0, comma), index);
            if (place != null) {
                return new Mention(place.key, place.want, within);
            }
        }
        for (String d : DIRECTIONS) {
            if (key.startsWith(d) && key.length() > d.length()) {
                key = key.substring(d.length());
                if (index.postings(key).length > 0) {
                    return new Mention(key, Want.ANY, null);
                }
                break;
            }
        }
        String qualifier = RegionNames.trailingQualifier(key);
        if (qualifier != null) {
            return new Mention(key.substring(0, key.length() - qualifier.length() - 1), Want.REGION, null);
        }
        if (key.endsWith(" city") && key.length() > 5) {
            return new Mention(key.substring(0, key.length() - 5), Want.CITY, null);
        }
        return new Mention(key, Want.ANY, null);
    }

    private static boolean hasCity(int[] postings, GazetteerIndex index) {
        for (int p : postings) {
            if (index.entry(GazetteerIndex.row(p)).kind() == Place.Kind.CITY) {
                return true;
            }
        }
        return false;
    }

    /** The most populous region or country a name ("Ala.", "Florida", "Ukraine") names, or null. */
    private static Entry container(String name, GazetteerIndex index) {
        Entry best = null;
        for (int p : index.postings(Fold.key(name))) {
            Entry e = index.entry(GazetteerIndex.row(p));
            if (e.kind() != Place.Kind.CITY && (best == null || e.population() > best.population())) {
                best = e;
            }
        }
        return best;
    }

    /** Whether a place lies in this mention's region or country. */
    public boolean inside(Entry e) {
        return within == null || e.country().equals(within.country())
                && (within.kind() == Place.Kind.COUNTRY || within.region().equals(e.region()));
    }

    private static String possessive(String name) {
        if (name.endsWith("'s") || name.endsWith("\u2019s")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("s'") || name.endsWith("s\u2019")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
