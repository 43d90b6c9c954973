package org.storyline.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.resolve.internal.geo.Disambiguator;
import org.storyline.resolve.internal.geo.Entry;

/**
 * Resolves the place names of one document to places of the {@link Gazetteer}: "Kharkiv" to the Ukrainian city,
 * "Kharkiv region" to its oblast, "Georgia" to the country beside Tbilisi and to the US state beside Atlanta.
 *
 * <p>What decides, in order of weight: the name's own words ("the Moscow region", "Kyiv city"); countries and
 * regions over cities of the same name, except a region named after its seat city ("Kharkiv", "Sumy"); the
 * document's other places (a candidate in a country or region the document also names, or containing a city it
 * names, wins); population and capital status. A name with no candidate well enough supported resolves to nothing:
 * a village of a thousand people on another continent is never a guess. Institutions the tagger often types as
 * places ("the White House", "the Kremlin") resolve to nothing.
 *
 * <p>Resolving is thread-safe and takes microseconds per name once the gazetteer is loaded.
 */
public final class Geocoder {
    private final Disambiguator disambiguator;

    public Geocoder(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer must not be null");
        this.disambiguator = new Disambiguator(gazetteer.index());
    }

    /** A geocoder over {@link Gazetteer#shared()}. */
    public static Geocoder shared() {
        return Holder.SHARED;
    }

    /**
     * Resolves every place name of one document, each in the light of the others.
     *
     * @param placeNamesInDocument the document's place mentions as written ("Kyiv", "the Kharkiv region", "U.S."),
     *                             repeats allowed; see {@link Toponyms#mention} for widening a tagged name
     * @return one answer per input name, in input order; empty where no place is chosen
     */
    public List<Optional<Place>> resolve(List<String> placeNamesInDocument) {
        Objects.requireNonNull(placeNamesInDocument, "place names must not be null");
        for (int i = 0; i < placeNamesInDocument.size(); i++) {
            if (placeNamesInDocument.get(i) == null) {
                throw new IllegalArgumentException("place name " + i + " of " + placeNamesInDocument.size() + " is null");
            }
        }
        List<Entry> entries = disambiguator.resolve(placeNamesInDocument);
        List<Optional<Place>> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e == null ? Optional.empty() : Optional.of(e.place()));
        }
        return out;
    }

    /** Resolves one place name with no other place of its document to go by. */
    public Optional<Place> resolve(String placeName) {
        return resolve(List.of(placeName)).get(0);
    }

    private static final class Holder {
        static final Geocoder SHARED = new Geocoder(Gazetteer.shared());
    }
}
