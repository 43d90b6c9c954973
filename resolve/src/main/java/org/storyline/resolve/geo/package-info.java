/**
 * Geocoding: place mentions resolved to countries, first-level regions and populated places of a GeoNames-derived
 * {@link org.storyline.resolve.geo.Gazetteer}, with coordinates and GeoNames ids. Start at
 * {@link org.storyline.resolve.geo.Geocoder}; {@link org.storyline.resolve.geo.Toponyms} widens a tagged name with
 * the words that say what it is, {@link org.storyline.resolve.geo.StreetDetail} keeps street-level detail under its
 * city.
 */
package org.storyline.resolve.geo;
