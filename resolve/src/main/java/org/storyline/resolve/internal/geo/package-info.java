/** Internals of geocoding: name folding, the gazetteer index and the disambiguation. Not an API. */
package org.storyline.resolve.internal.geo;
