package org.storyline.resolve.geo;

import java.util.Objects;
import org.storyline.model.Geo;

/**
 * A place of the gazetteer: a populated place, a first-level region (state, oblast, province) or a country, with
 * its point and GeoNames identity.
 *
 * <p>Ids ({@code geo().id()}) are in GeoNames' namespaces: {@code geonames:703448} for a populated place (its
 * GeoNames id), {@code geonames:admin1:UA.07} for a region (its GeoNames admin1 code) and {@code geonames:country:UA}
 * for a country (GeoNames uses ISO 3166-1 alpha-2 codes).
 *
 * @param geo         point and id
 * @param name        the gazetteer's preferred name ("Kyiv", "Kharkiv", "United States")
 * @param kind        city, region or country
 * @param country     ISO 3166-1 alpha-2 code of the country the place is in (its own code for a country)
 * @param countryName English name of that country
 * @param region      GeoNames admin1 code of the region the place is in ("UA.07"); its own for a region, null for a
 *                    country or when unknown
 * @param regionName  name of that region, null when {@code region} is null
 * @param population  GeoNames population; for regions and countries the sum over the gazetteer's places in them
 */
public record Place(Geo geo, String name, Kind kind, String country, String countryName, String region,
                    String regionName, long population) {

    /** What kind of place it is. */
    public enum Kind { CITY, REGION, COUNTRY }

    public Place {
        Objects.requireNonNull(geo, "place geo must not be null");
        Objects.requireNonNull(name, "place name must not be null");
        Objects.requireNonNull(kind, "place kind must not be null");
        if (country == null || country.length() != 2) {
            throw new IllegalArgumentException("place country must be a two-letter code: country=" + country + ", place=" + name);
        }
        Objects.requireNonNull(countryName, "place country name must not be null");
        if ((region == null) != (regionName == null)) {
            throw new IllegalArgumentException("place region and region name come together: region=" + region
                    + ", regionName=" + regionName);
        }
        if (population < 0) {
            throw new IllegalArgumentException("place population must not be negative: population=" + population);
        }
    }

    /** The place's id, as in {@link #geo()}. */
    public String id() {
        return geo.id();
    }

    /** A name for people: "Kharkiv, Ukraine" (city), "Atlanta, Georgia, United States", "Georgia, United States" (region). */
    public String label() {
        return switch (kind) {
            case COUNTRY -> name;
            case REGION -> name + ", " + countryName;
            case CITY -> regionName == null || regionName.equals(name) || regionName.startsWith(name + " ")
                    || regionName.equals(countryName)
                    ? name + ", " + countryName
                    : name + ", " + regionName + ", " + countryName;
        };
    }
}
