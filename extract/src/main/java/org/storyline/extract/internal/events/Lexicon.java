package org.storyline.extract.internal.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.EventType;

/**
 * The words of events: triggers ({@code triggers.txt}) and classes of nouns ({@code nouns.txt}), read once from
 * this module's resources, plus the names of countries (from the JDK's locale data). Immutable, thread-safe.
 */
public final class Lexicon {
    private static final String TRIGGERS = "/org/storyline/extract/events/triggers.txt";
    private static final String NOUNS = "/org/storyline/extract/events/nouns.txt";

    /** The longest trigger or noun, in words. */
    static final int MAX_WORDS = 6;

    private static volatile Lexicon english;

    private final Map<String, List<Entry>> triggers;
    private final Set<String> prefixes;
    private final Map<String, NounClass> nouns;
    private final Map<String, String> weaponSubtypes;
    private final Set<String> countries;
    private final Set<String> groupNouns;
    private final Set<String> humanAlso;

    private Lexicon(Map<String, List<Entry>> triggers, Map<String, NounClass> nouns, Map<String, String> weaponSubtypes,
                    Set<String> countries, Set<String> groupNouns, Set<String> humanAlso) {
        this.triggers = triggers;
        Set<String> p = new HashSet<>();
        for (String form : triggers.keySet()) {
            String[] words = form.split(" ");
            for (int i = 1; i < words.length; i++) {
                p.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
            }
        }
        this.prefixes = Set.copyOf(p);
        this.nouns = nouns;
        this.weaponSubtypes = weaponSubtypes;
        this.countries = countries;
        this.groupNouns = groupNouns;
        this.humanAlso = humanAlso;
    }

    /** The English lexicon of this module, read on first use. */
    public static Lexicon english() {
        Lexicon l = english;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = english;
                if (l == null) {
                    l = read();
                    english = l;
                }
            }
        }
        return l;
    }

    /** What a trigger word says. */
    public enum Kind { ACT, DIE, INJURE, LAUNCH, INTERCEPT, IMPACT }

    /** One reading of a trigger: kind, event type, subtype (or null) and flags. */
    public record Entry(Kind kind, EventType type, String subtype, String flags, String form) {
        boolean has(char flag) {
            return flags.indexOf(flag) >= 0;
        }

        int words() {
            return form.split(" ").length;
        }
    }

    /** Classes of nouns by their heads. */
    public enum NounClass { HUMAN, PERPETRATOR, WEAPON, FACILITY, STREET, AREA, GROUP }

    /** The readings of a trigger written as {@code form} (lower case, single spaces), or an empty list. */
    public List<Entry> triggers(String form) {
        return triggers.getOrDefault(form, List.of());
    }

    /** Whether some longer trigger starts with these words ("car" of "car bomb"). */
    public boolean prefix(String words) {
        return prefixes.contains(words);
    }

    /** The class of a noun (lower case, single spaces) as written, or null. */
    public NounClass noun(String form) {
        return nouns.get(form);
    }

    /** Whether the words are one of the group nouns that join a group to its members ("members of"). */
    public boolean groupNoun(String form) {
        return groupNouns.contains(form);
    }

    /** Whether the word is a human noun (perpetrator nouns are human too). */
    public boolean human(String form) {
        NounClass c = nouns.get(form);
        return c == NounClass.HUMAN || c == NounClass.PERPETRATOR || humanAlso.contains(form);
    }

    /** The attack subtype a weapon gives (car_bomb, drone, shooting…), or null when the words are not a weapon. */
    public String weaponSubtype(String form) {
        return weaponSubtypes.get(form);
    }

    /** Whether a place name is a country or wider (a continent, "the West"): never the most specific place. */
    public boolean broad(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        return country(name) || Set.of("europe", "asia", "africa", "middle east", "america", "americas", "north america",
                "south america", "latin america", "central america", "west", "east", "central asia", "caucasus", "north caucasus",
                "balkans", "gulf", "persian gulf", "arctic", "world", "eastern europe", "western europe").contains(k);
    }

    /** Whether a place name is a country (or a common short name of one: US, U.S., UK, Britain). */
    public boolean country(String name) {
        return countries.contains(name.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    private static Lexicon read() {
        Map<String, List<Entry>> triggers = new HashMap<>();
        for (String[] row : rows(TRIGGERS, 5)) {
            Kind kind = Kind.valueOf(row[0].toUpperCase(Locale.ROOT));
            EventType type = EventType.valueOf(row[1].toUpperCase(Locale.ROOT));
            String subtype = row[2].equals("-") ? null : row[2];
            String flags = row[3].equals("-") ? "" : row[3];
            for (String form : forms(row[4])) {
                triggers.computeIfAbsent(form, f -> new ArrayList<>()).add(new Entry(kind, type, subtype, flags, form));
            }
        }
        Map<String, NounClass> nouns = new HashMap<>();
        Map<String, String> weapons = new HashMap<>();
        Set<String> groups = new HashSet<>();
        Set<String> alsoHuman = new HashSet<>();
        for (String[] row : rows(NOUNS, 3)) {
            NounClass c = NounClass.valueOf(row[0].toUpperCase(Locale.ROOT));
            for (String form : forms(row[2])) {
                if (c == NounClass.GROUP) {
                    groups.add(form);
                    continue;
                }
                if (c == NounClass.WEAPON) {
                    weapons.putIfAbsent(form, row[1]);
                }
                NounClass before = nouns.putIfAbsent(form, c);
                if (before != null && before != c && (c == NounClass.HUMAN || c == NounClass.PERPETRATOR)) {
                    alsoHuman.add(form);
                }
            }
        }
        return new Lexicon(Map.copyOf(freeze(triggers)), Map.copyOf(nouns), Map.copyOf(weapons), countries(), Set.copyOf(groups),
                Set.copyOf(alsoHuman));
    }

    private static Map<String, List<Entry>> freeze(Map<String, List<Entry>> m) {
        Map<String, List<Entry>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static List<String> forms(String cell) {
        List<String> out = new ArrayList<>();
        for (String f : cell.split(",")) {
            String form = f.strip().replaceAll("\\s+", " ");
            if (!form.isEmpty()) {
                if (form.split(" ").length > MAX_WORDS) {
                    throw new IllegalStateException("a lexicon form must have at most " + MAX_WORDS + " words: " + form);
                }
                out.add(form);
            }
        }
        return out;
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the event lexicon " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\\|", columns);
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + " line " + lineNo + " must have " + columns + " columns separated by '|': " + line);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static Set<String> countries() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            out.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        out.addAll(List.of("us", "u.s.", "u.s", "usa", "u.s.a.", "america", "united states of america", "the united states", "uk", "u.k.",
                "britain", "great britain", "england", "scotland", "wales", "northern ireland", "russian federation", "south korea",
                "north korea", "czech republic", "ivory coast", "burma", "holland", "the netherlands", "vatican", "taiwan",
                "palestine", "gaza", "west bank", "kosovo", "uae", "the uae", "emirates", "the emirates", "congo", "dprk", "prc"));
        return Set.copyOf(out);
    }
}
