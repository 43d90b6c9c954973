package org.storyline.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.storyline.model.Event;

/**
 * Events on a map: an RFC 7946 GeoJSON {@code FeatureCollection} with one {@code Point} feature per event whose
 * place is geocoded ({@code coordinates} are {@code [longitude, latitude]}), and the foreign member
 * {@code "storyline:unlocated"} counting the events left out for want of coordinates.
 *
 * <p>Each feature's {@code id} is the event id; its properties are flat, for map styling: {@code id, type, subtype,
 * status, date, date_basis, location, location_detail, country, iso, geo_precision, geo_id}, each count stated
 * ({@code killed, injured, launched, intercepted, impacted}) with its {@code *_qualifier}, {@code sources} (how many
 * documents report it), {@code origins}, {@code outlets} (array), {@code disagreements} (how many fields outlets
 * state differently) and {@code note}.
 */
public final class GeoJsonExport {
    /** The foreign member that counts events without coordinates. */
    public static final String UNLOCATED = "storyline:unlocated";
    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonExport() {
    }

    /** Every event of the store's corpus that has coordinates, in corpus order, pretty-printed. */
    public static void write(Store store, OutputStream out) {
        Store.Corpus corpus = store.corpus();
        write(corpus.events(), EventLookup.of(store, corpus), out);
    }

    /** These events, in this order, pretty-printed, ending with a line break. The stream is left open. */
    public static void write(List<Event> events, EventLookup lookup, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(ContractExport.nonClosing(out), JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(events, lookup, g);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the GeoJSON export: " + e.getMessage(), e);
        }
    }

    /** These events as one FeatureCollection object, written into {@code g} (which is neither flushed nor closed). */
    public static void write(List<Event> events, EventLookup lookup, JsonGenerator g) {
        try {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            int unlocated = 0;
            for (Event e : events) {
                EventRow r = EventRow.of(e, lookup);
                if (r.geo() == null) {
                    unlocated++;
                } else {
                    feature(g, r);
                }
            }
            g.writeEndArray();
            g.writeNumberField(UNLOCATED, unlocated);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the GeoJSON export: " + e.getMessage(), e);
        }
    }

    private static void feature(JsonGenerator g, EventRow r) throws IOException {
        Event e = r.event();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(r.geo().lon());
        g.writeNumber(r.geo().lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().label());
        g.writeStringField("subtype", e.subtype());
        g.writeStringField("status", e.status() == null ? null : e.status().name().toLowerCase(Locale.ROOT));
        g.writeStringField("date", r.date());
        g.writeStringField("date_basis", e.date().basis().label());
        g.writeStringField("location", e.location().name());
        g.writeStringField("location_detail", e.location().detail());
        g.writeStringField("country", r.country());
        g.writeStringField("iso", r.iso());
        g.writeStringField("geo_precision", r.geoPrecision());
        g.writeStringField("geo_id", r.geo().id());
        for (var c : new TreeMap<>(e.counts()).entrySet()) {
            g.writeNumberField(c.getKey(), c.getValue().value());
            g.writeStringField(c.getKey() + "_qualifier", c.getValue().qualifier().name().toLowerCase(Locale.ROOT));
        }
        g.writeNumberField("sources", e.sources().size());
        g.writeNumberField("origins", e.origins());
        g.writeArrayFieldStart("outlets");
        for (String outlet : r.outlets()) {
            g.writeString(outlet);
        }
        g.writeEndArray();
        g.writeNumberField("disagreements", e.disagreements().size());
        g.writeStringField("note", r.note());
        g.writeEndObject();
        g.writeEndObject();
    }
}
