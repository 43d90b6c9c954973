package org.storyline.resolve.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.resolve.internal.geo.Entry;
import org.storyline.resolve.internal.geo.Fold;
import org.storyline.resolve.internal.geo.GazetteerIndex;

/**
 * Countries, first-level regions and populated places (GeoNames, see {@code NOTICE} beside the resource), looked up
 * by name case- and accent-insensitively, by any of a place's kept names ("Kiev" finds Kyiv).
 *
 * <p>The data is the committed resource {@code org/storyline/resolve/geo/gazetteer.tsv.gz}, made by
 * {@code tools/gazetteer/generate.sh}; nothing is downloaded at run time. {@link #shared()} loads it once per
 * process on first use (about a second); a {@code Gazetteer} is immutable and safe to share between threads.
 */
public final class Gazetteer {
    static final String RESOURCE = "/org/storyline/resolve/geo/gazetteer.tsv.gz";

    private final GazetteerIndex index;

    private Gazetteer(GazetteerIndex index) {
        this.index = index;
    }

    /** The process-wide gazetteer, loaded from the bundled resource on first use. */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    /** A gazetteer read from a gzipped TSV in the bundled resource's format. */
    public static Gazetteer read(InputStream gzippedTsv) {
        return new Gazetteer(GazetteerIndex.read(gzippedTsv));
    }

    /** Places whose name or one of whose alternate names is {@code name} after folding, most populous first. */
    public List<Place> candidates(String name) {
        List<Entry> entries = new ArrayList<>();
        for (int p : index.postings(Fold.key(name))) {
            entries.add(index.entry(GazetteerIndex.row(p)));
        }
        entries.sort((a, b) -> Long.compare(b.population(), a.population()));
        return entries.stream().map(Entry::place).toList();
    }

    /** The place with an id as in {@link Place#id()} ("geonames:703448", "geonames:admin1:UA.07"). */
    public Optional<Place> place(String id) {
        Entry e = index.byId(id);
        return e == null ? Optional.empty() : Optional.of(e.place());
    }

    /** Number of places. */
    public int size() {
        return index.size();
    }

    GazetteerIndex index() {
        return index;
    }

    private static final class Holder {
        static final Gazetteer SHARED = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource missing from the class path: " + RESOURCE
                            + " (run tools/gazetteer/generate.sh)");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
