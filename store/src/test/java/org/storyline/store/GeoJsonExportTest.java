package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.store.InventedEvents.EVENTS;
import static org.storyline.store.InventedEvents.FULL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Located events as an RFC 7946 FeatureCollection, on invented records. */
class GeoJsonExportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void onePointPerLocatedEventInLongitudeLatitudeOrder() throws Exception {
        JsonNode root = geojson(EVENTS);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("features")).hasSize(1);
        assertThat(root.get(GeoJsonExport.UNLOCATED).asInt()).as("no place, and a place without coordinates").isEqualTo(2);

        JsonNode f = root.get("features").get(0);
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.get("id").asText()).isEqualTo(FULL.id());
        JsonNode geometry = f.get("geometry");
        assertThat(geometry.get("type").asText()).isEqualTo("Point");
        JsonNode coordinates = geometry.get("coordinates");
        assertThat(coordinates).hasSize(2);
        assertThat(coordinates.get(0).asDouble()).as("longitude first").isEqualTo(32.6169);
        assertThat(coordinates.get(1).asDouble()).as("latitude second").isEqualTo(46.6354);
        for (JsonNode c : coordinates) {
            assertThat(c.isNumber()).isTrue();
        }
    }

    @Test
    void propertiesCarryTypeDatePlaceCountsAndCorroboration() throws Exception {
        JsonNode p = geojson(List.of(FULL)).get("features").get(0).get("properties");
        assertThat(p.get("id").asText()).isEqualTo(FULL.id());
        assertThat(p.get("type").asText()).isEqualTo("attack");
        assertThat(p.get("subtype").asText()).isEqualTo("drone");
        assertThat(p.get("date").asText()).isEqualTo("2026-02-06");
        assertThat(p.get("location").asText()).isEqualTo("Kherson");
        assertThat(p.get("country").asText()).isEqualTo("Ukraine");
        assertThat(p.get("iso").asText()).isEqualTo("UA");
        assertThat(p.get("killed").asLong()).isEqualTo(4);
        assertThat(p.get("killed_qualifier").asText()).isEqualTo("at_least");
        assertThat(p.get("injured").asLong()).isEqualTo(12);
        assertThat(p.get("intercepted").asLong()).isEqualTo(25);
        assertThat(p.get("sources").asInt()).isEqualTo(2);
        assertThat(p.get("origins").asInt()).isEqualTo(2);
        assertThat(p.get("outlets")).hasSize(2);
        assertThat(p.get("outlets").get(1).asText()).isEqualTo(InventedEvents.OUTLET_2);
        assertThat(p.get("disagreements").asInt()).isEqualTo(1);
    }

    @Test
    void noEventsIsAnEmptyCollection() throws Exception {
        JsonNode root = geojson(List.of());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("features")).isEmpty();
        assertThat(root.get(GeoJsonExport.UNLOCATED).asInt()).isZero();
    }

    private static JsonNode geojson(List<org.storyline.model.Event> events) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonExport.write(events, InventedEvents.lookup(), out);
        return MAPPER.readTree(out.toByteArray());
    }
}
