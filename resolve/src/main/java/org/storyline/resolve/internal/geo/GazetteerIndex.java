package org.storyline.resolve.internal.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.storyline.model.Geo;
import org.storyline.resolve.geo.Place;

/**
 * The gazetteer in memory: every row of {@code gazetteer.tsv.gz} (see tools/gazetteer/convert.mjs for the columns)
 * and an index from folded names to rows.
 *
 * <p>A posting packs a row index and how the name matched it: {@link #PRIMARY} (the row's own name),
 * {@link #ALTERNATE} (one of its other names), {@link #SHORT} ("Kuwait" for "Kuwait City"). Region names without
 * their generic words ("Chernihiv" for "Chernihiv Oblast") sit in a second index that only region mentions use.
 */
public final class GazetteerIndex {
    public static final int PRIMARY = 0;
    public static final int ALTERNATE = 1;
    public static final int SHORT = 2;

    private static final int[] NONE = new int[0];

    private final Entry[] entries;
    private final Map<String, int[]> names;
    private final Map<String, int[]> regionNames;
    private final Map<String, Entry> byId;
    private final Map<String, Entry> regions;
    private final Map<String, Entry> countries;

    private GazetteerIndex(Entry[] entries, Map<String, int[]> names, Map<String, int[]> regionNames,
                           Map<String, Entry> byId, Map<String, Entry> regions, Map<String, Entry> countries) {
        this.entries = entries;
        this.names = names;
        this.regionNames = regionNames;
        this.byId = byId;
        this.regions = regions;
        this.countries = countries;
    }

    public static int row(int posting) {
        return posting >>> 2;
    }

    public static int match(int posting) {
        return posting & 3;
    }

    public Entry entry(int row) {
        return entries[row];
    }

    public int size() {
        return entries.length;
    }

    /** Postings of a folded name, empty when none. */
    public int[] postings(String key) {
        return names.getOrDefault(key, NONE);
    }

    /** Postings of regions whose name, without its generic words, is the folded name. */
    public int[] regionPostings(String key) {
        return regionNames.getOrDefault(key, NONE);
    }

    public Entry byId(String id) {
        return byId.get(id);
    }

    /** A region by GeoNames admin1 code ("UA.07"). */
    public Entry region(String code) {
        return regions.get(code);
    }

    /** A country by ISO 3166-1 alpha-2 code. */
    public Entry country(String code) {
        return countries.get(code);
    }

    /** Reads the gzipped TSV; fails naming the line when a row is malformed. */
    public static GazetteerIndex read(InputStream gzipped) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            return build(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
    }

    private static GazetteerIndex build(BufferedReader in) throws IOException {
        List<Entry> entries = new ArrayList<>(130_000);
        Map<String, Postings> names = new HashMap<>(400_000);
        Map<String, Postings> regionNames = new HashMap<>(8_000);
        Map<String, Entry> byId = new HashMap<>(260_000);
        Map<String, Entry> regions = new HashMap<>(8_000);
        Map<String, Entry> countries = new HashMap<>(512);
        Map<String, String> interned = new HashMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new IllegalStateException("gazetteer line " + number + " has " + f.length + " columns, expected 10: " + line);
            }
            String kind = f[0], id = f[1], name = f[2], cc = intern(interned, f[4]), admin1 = intern(interned, f[5]);
            String feature = intern(interned, f[6]);
            long population = Long.parseLong(f[7]);
            double lat = Double.parseDouble(f[8]), lon = Double.parseDouble(f[9]);
            Entry country = countries.get(cc);
            Place place = switch (kind) {
                case "C" -> new Place(new Geo(lat, lon, "geonames:country:" + id), name, Place.Kind.COUNTRY, cc, name,
                        null, null, population);
                case "R" -> new Place(new Geo(lat, lon, "geonames:admin1:" + id), name, Place.Kind.REGION, cc,
                        countryName(country, cc), id, name, population);
                case "P" -> {
                    Entry region = regions.get(cc + "." + admin1);
                    yield new Place(new Geo(lat, lon, "geonames:" + id), name, Place.Kind.CITY, cc, countryName(country, cc),
                            region == null ? null : region.place().region(), region == null ? null : region.place().name(),
                            population);
                }
                default -> throw new IllegalStateException("gazetteer line " + number + " has unknown kind " + kind
                        + ", expected C, R or P");
            };
            Entry entry = new Entry(entries.size(), place, feature);
            entries.add(entry);
            byId.put(place.id(), entry);
            if (kind.equals("C")) {
                countries.put(cc, entry);
            } else if (kind.equals("R")) {
                regions.put(id, entry);
            }
            int row = entry.index();
            String key = Fold.key(name);
            add(names, key, row, PRIMARY);
            if (!f[3].isEmpty()) {
                for (String alternate : f[3].split("\\|")) {
                    boolean usual = alternate.startsWith("=");     // the press's usual name for the place
                    String alt = Fold.key(usual ? alternate.substring(1) : alternate);
                    add(names, alt, row, usual || variant(alt, key) ? PRIMARY : ALTERNATE);
                }
            }
            if (kind.equals("R")) {
                String stripped = RegionNames.stripped(key);
                add(regionNames, stripped == null ? key : stripped, row, PRIMARY);
            } else if (kind.equals("P") && key.endsWith(" city") && key.length() > 5) {
                add(names, key.substring(0, key.length() - 5), row, SHORT);
            }
        }
        seatRegions(entries, byId, regions);
        return new GazetteerIndex(entries.toArray(Entry[]::new), compact(names), compact(regionNames), byId, regions, countries);
    }

    /**
     * Design decision: a region's point is its most populous place (usually its seat, and the place news means by
     * "the Bryansk region"), not the average of its towns, which may lie in open country.
     */
    private static void seatRegions(List<Entry> entries, Map<String, Entry> byId, Map<String, Entry> regions) {
        Map<String, Place> seat = new HashMap<>();
        for (Entry e : entries) {
            Place p = e.place();
            if (p.kind() == Place.Kind.CITY && p.region() != null) {
                seat.merge(p.region(), p, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        for (Map.Entry<String, Entry> r : regions.entrySet()) {
            Entry e = r.getValue();
            Place city = seat.get(e.place().region());
            if (city == null) {
                continue;
            }
            Place p = e.place();
            Place seated = new Place(new Geo(city.geo().lat(), city.geo().lon(), p.geo().id()), p.name(), p.kind(), p.country(),
                    p.countryName(), p.region(), p.regionName(), p.population());
            Entry replaced = new Entry(e.index(), seated, e.feature());
            entries.set(e.index(), replaced);
            byId.put(seated.id(), replaced);
            r.setValue(replaced);
        }
    }

    /**
     * Whether an alternate name is a spelling of the name rather than another name: at most two edits and at most a
     * third of its letters apart ("geneva" for "geneve", "odessa" for "odesa", but not "dnipropetrovsk" for "dnipro"
     * nor "kiev" for "kyiv").
     */
    static boolean variant(String alternate, String name) {
        int n = name.length(), m = alternate.length();
        if (Math.abs(n - m) > 2 || n < 4) {
            return false;
        }
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = name.charAt(i - 1) == alternate.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int d = prev[m];
        return d <= 2 && d * 3 <= n;
    }

    private static String countryName(Entry country, String cc) {
        return country == null ? cc : country.place().name();
    }

    private static String intern(Map<String, String> interned, String s) {
        return interned.computeIfAbsent(s, k -> k);
    }

    private static void add(Map<String, Postings> index, String key, int row, int match) {
        if (key == null || key.isEmpty()) {
            return;
        }
        index.computeIfAbsent(key, k -> new Postings()).add(row, match);
    }

    private static Map<String, int[]> compact(Map<String, Postings> index) {
        Map<String, int[]> out = new HashMap<>(index.size() * 4 / 3 + 1);
        index.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** Postings of one key while building: a row keeps its best (lowest) match kind. */
    private static final class Postings {
        private int[] values = new int[2];
        private int size;

        void add(int row, int match) {
            for (int i = 0; i < size; i++) {
                if (row(values[i]) == row) {
                    if (match < match(values[i])) {
                        values[i] = row << 2 | match;
                    }
                    return;
                }
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = row << 2 | match;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
