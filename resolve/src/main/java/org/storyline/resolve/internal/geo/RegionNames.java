package org.storyline.resolve.internal.geo;

import java.util.List;
import java.util.Set;

/**
 * Words that say a name is a first-level region ("Kharkiv oblast", "the Moscow region", "Krasnodar Krai") and the
 * region names without them ("Chernihiv Oblast" is found as "Chernihiv" when a mention says it is a region).
 */
public final class RegionNames {
    /** Folded words that, after a name, make it a region ("Kharkiv region", "Washington state"). */
    private static final Set<String> QUALIFIERS = Set.of("region", "regions", "oblast", "oblasts", "province",
            "provinces", "krai", "kray", "state", "governorate", "governorates", "prefecture", "voivodeship",
            "territory", "emirate", "canton", "republic", "autonomous republic", "autonomous okrug",
            "autonomous oblast", "autonomous region", "autonomous community", "department",
            "federal district");

    /** Generic parts of GeoNames admin1 names, as folded suffixes and prefixes. */
    private static final List<String> SUFFIXES = List.of(" autonomous okrug", " autonomous oblast", " autonomous region",
            " autonomous republic", " autonomous community", " special administrative region", " capital region",
            " oblast", " oblast'", " region", " province", " krai", " kray", " governorate", " prefecture", " state",
            " county", " republic", " voivodeship", " department", " district", " territory", " emirate",
            " municipality", " parish", " canton");
    private static final List<String> PREFIXES = List.of("republic of ", "province of ", "state of ", "canton of ",
            "region of ", "city of ", "departement du ", "departement de ");

    /** Region names that are also everyday words for a part of any country ("West", "Centre", "Capital"). */
    private static final Set<String> GENERIC = Set.of("north", "south", "east", "west", "centre", "center", "central",
            "northern", "southern", "eastern", "western", "north east", "north west", "south east", "south west",
            "northeast", "northwest", "southeast", "southwest", "north central", "south central", "far north",
            "far west", "midwest", "capital", "coast", "littoral", "plateau", "lakes", "islands", "highlands",
            "mountains", "upper", "lower", "interior", "border", "frontier", "valley", "delta", "lagoons", "savanes",
            "mountain", "river", "lake", "sea", "harbour", "gulf");

    private RegionNames() {
    }

    /** Whether a folded region name is an everyday word for part of a country. */
    public static boolean generic(String key) {
        return GENERIC.contains(key);
    }

    /** The folded region qualifier that ends a folded mention ("kharkiv oblast" → "oblast"), or null. */
    public static String trailingQualifier(String key) {
        for (String q : QUALIFIERS) {
            if (key.length() > q.length() + 1 && key.endsWith(" " + q)) {
                return q;
            }
        }
        return null;
    }

    /** A folded admin1 name without its generic words ("chernihiv oblast" → "chernihiv"), or null when it has none. */
    public static String stripped(String key) {
        String s = key;
        for (String p : PREFIXES) {
            if (s.startsWith(p) && s.length() > p.length()) {
                s = s.substring(p.length());
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        return s.equals(key) || s.isBlank() ? null : s;
    }
}
