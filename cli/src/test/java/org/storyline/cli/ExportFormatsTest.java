package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.store.CsvExport;
import org.storyline.store.GeoJsonExport;

/**
 * {@code export --format csv} and {@code --format geojson} on the seed pages run into a temporary store: one row per
 * event of the JSON export, and a point for each located one.
 *
 * <p>Reads the folder named by the system property {@code storyline.shared} (Surefire sets it) and is skipped
 * when it or its seed corpus is absent.
 */
class ExportFormatsTest extends CommandLineHarness {
    @Test
    void seedEventsAsCsvRowsAndGeoJsonFeatures() throws IOException {
        Path seeds = seeds("seed exports not checked");

        String data = tmp.resolve("data").toString();
        assertThat(storyline("run", "--quiet", "--data", data, seeds.toString()))
                .as("storyline run on %s; stdout: %s; stderr: %s", seeds, out, err).isZero();
        Path json = tmp.resolve("x.json");
        Path csv = tmp.resolve("x.csv");
        Path geojson = tmp.resolve("x.geojson");
        for (String[] export : List.of(new String[] {"json", json.toString()}, new String[] {"csv", csv.toString()},
                new String[] {"geojson", geojson.toString()})) {
            assertThat(storyline("export", "--data", data, "--format", export[0], "--out", export[1]))
                    .as("export --format %s; stdout: %s; stderr: %s", export[0], out, err).isZero();
        }
        JsonNode events = new ObjectMapper().readTree(json.toFile()).get("events");
        assertThat(events).as("events in the seeds").isNotEmpty();

        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            rows = it.readAll();
        }
        assertThat(Files.readString(csv)).startsWith(String.join(",", CsvExport.COLUMNS) + "\r\n");
        assertThat(rows).hasSameSizeAs(events);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("event_id")).isEqualTo(events.get(i).get("id").asText());
            assertThat(rows.get(i).get("event_type")).isEqualTo(events.get(i).get("type").asText());
        }
        assertThat(rows).as("rows with coordinates").anySatisfy(r -> assertThat(r.get("latitude")).isNotEmpty());

        JsonNode map = new ObjectMapper().readTree(geojson.toFile());
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.get("features")).as("located events").isNotEmpty();
        assertThat(map.get("features").size() + map.get(GeoJsonExport.UNLOCATED).asInt()).isEqualTo(events.size());
        for (JsonNode f : map.get("features")) {
            JsonNode c = f.get("geometry").get("coordinates");
            assertThat(c.get(0).asDouble()).as("longitude").isBetween(-180.0, 180.0);
            assertThat(c.get(1).asDouble()).as("latitude").isBetween(-90.0, 90.0);
        }
    }
}
