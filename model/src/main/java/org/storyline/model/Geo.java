package org.storyline.model;

/** A geocoded point with its gazetteer id ("geonames:524901"). */
public record Geo(double lat, double lon, String id) {
    public Geo {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: lat=" + lat + ", lon=" + lon);
        }
        Checks.nonBlank(id, "geo id");
    }
}
