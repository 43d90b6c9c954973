package org.storyline.resolve.internal.geo;

import org.storyline.resolve.geo.Place;

/**
 * One gazetteer row as the geocoder scores it: the public {@link Place} plus its GeoNames feature code ("PPLC" for a
 * capital, "PPLA" for the seat of a first-level region, "ADM1" for a region, "PCL" for a country).
 */
public record Entry(int index, Place place, String feature) {

    public boolean capital() {
        return feature.equals("PPLC");
    }

    /** Seat of a first-level region ("PPLA") or of a country. */
    public boolean seat() {
        return feature.equals("PPLA") || feature.equals("PPLC");
    }

    public Place.Kind kind() {
        return place.kind();
    }

    public long population() {
        return place.population();
    }

    public String country() {
        return place.country();
    }

    /** Region code "UA.07", null for a country. */
    public String region() {
        return place.region();
    }
}
