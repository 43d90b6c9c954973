package org.storyline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.store.InventedEvents.EVENTS;
import static org.storyline.store.InventedEvents.FULL;
import static org.storyline.store.InventedEvents.UNKNOWN;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events as ACLED-like CSV rows, on invented records. */
class CsvExportTest {

    @Test
    void headerAndOneRowPerEventWithCrlfLineEnds() {
        String csv = csv(EVENTS);
        assertThat(csv).startsWith(String.join(",", CsvExport.COLUMNS) + "\r\n");
        assertThat(read(csv)).hasSize(3);
        assertThat(csv(List.of())).isEqualTo(String.join(",", CsvExport.COLUMNS) + "\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        String csv = csv(List.of(FULL));
        // quotes doubled, the field in quotes; a line break inside a quoted field stays
        assertThat(csv).contains("\"Daily \"\"Quoted\"\", News; Wire\nService\"");
        assertThat(csv).contains(",\"grain terminal, \"\"Pier 3\"\"\",");
        assertThat(csv).contains(",\"Drones; Smith, Jones\",");
        // the library also quotes fields with spaces, which RFC 4180 allows
        assertThat(csv).contains(",\"dock workers; grain terminal\",").contains(",Kherson,");
        Map<String, String> row = read(csv).getFirst();
        assertThat(row.get("sources")).isEqualTo(InventedEvents.OUTLET_1 + "; " + InventedEvents.OUTLET_2);
        assertThat(row.get("location_detail")).isEqualTo("grain terminal, \"Pier 3\"");
    }

    @Test
    void aFullyPopulatedEventFillsEveryColumn() {
        Map<String, String> row = read(csv(List.of(FULL))).getFirst();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("event_id", FULL.id());
        expected.put("event_date", "2026-02-06");
        expected.put("date_precision", "day");
        expected.put("date_basis", "stated");
        expected.put("year", "2026");
        expected.put("event_type", "attack");
        expected.put("sub_event_type", "drone");
        expected.put("status", "completed");
        expected.put("actor1", "Drones; Smith, Jones");
        expected.put("actor2", "dock workers; grain terminal");
        expected.put("country", "Ukraine");
        expected.put("iso", "UA");
        expected.put("location", "Kherson");
        expected.put("location_detail", "grain terminal, \"Pier 3\"");
        expected.put("latitude", "46.6354");
        expected.put("longitude", "32.6169");
        expected.put("geo_precision", "place");
        expected.put("geo_id", "geonames:706448");
        expected.put("fatalities", "4");
        expected.put("fatalities_qualifier", "at_least");
        expected.put("injured", "12");
        expected.put("launched", "30");
        expected.put("intercepted", "25");
        expected.put("impacted", "5");
        expected.put("sources", InventedEvents.OUTLET_1 + "; " + InventedEvents.OUTLET_2);
        expected.put("source_count", "2");
        expected.put("origins", "2");
        expected.put("disagreements", "killed");
        expected.put("notes", "Drones struck the grain terminal, killing at least four dock workers, the governor said.");
        expected.put("articles", InventedEvents.A1);
        assertThat(expected.keySet()).containsExactlyElementsOf(CsvExport.COLUMNS);
        assertThat(row).containsExactlyEntriesOf(expected);
        assertThat(CsvExport.row(FULL, InventedEvents.lookup())).containsExactlyElementsOf(expected.values());
    }

    @Test
    void anEventWithUnknownDateAndPlaceLeavesThoseColumnsEmpty() {
        Map<String, String> row = read(csv(List.of(UNKNOWN))).getFirst();
        for (String empty : List.of("event_date", "date_precision", "year", "sub_event_type", "status", "actor1",
                "actor2", "country", "iso", "location", "location_detail", "latitude", "longitude", "geo_precision",
                "geo_id", "fatalities", "fatalities_qualifier", "injured", "launched", "intercepted", "impacted",
                "disagreements", "articles")) {
            assertThat(row.get(empty)).as(empty).isEmpty();
        }
        assertThat(row.get("date_basis")).isEqualTo("unknown");
        assertThat(row.get("event_type")).isEqualTo("protest");
        assertThat(row.get("sources")).isEqualTo(InventedEvents.OUTLET_2);
        assertThat(row.get("source_count")).isEqualTo("1");
        assertThat(row.get("notes")).as("described when no sentence is at hand").isEqualTo("protest");
    }

    @Test
    void aPartialDateStaysAsPreciseAsStated() {
        Map<String, String> row = read(csv(List.of(InventedEvents.UNLOCATED))).getFirst();
        assertThat(row.get("event_date")).isEqualTo("2025-12");
        assertThat(row.get("date_precision")).isEqualTo("month");
        assertThat(row.get("year")).isEqualTo("2025");
        assertThat(row.get("location")).isEqualTo("Nowhere Village");
        assertThat(row.get("latitude")).isEmpty();
        assertThat(row.get("notes")).isEqualTo("arrest in Nowhere Village, 2025-12");
    }

    @Test
    void sentenceNotesSkipAbbreviations() {
        String text = "Earlier news. Lt. Gen. Ivan Petrov was shot in the U.S. embassy on Friday. Police came.";
        int at = text.indexOf("shot");
        assertThat(EventRow.sentence(text, at, at + 4))
                .isEqualTo("Lt. Gen. Ivan Petrov was shot in the U.S. embassy on Friday.");
    }

    @Test
    void sentenceNotesLeaveTheDatelineOut() {
        String text = "(LONDON) — A general was shot in Moscow on Friday. Police came.";
        int at = text.indexOf("shot");
        assertThat(EventRow.sentence(text, at, at + 4)).isEqualTo("A general was shot in Moscow on Friday.");
        String lima = "LIMA, Peru — Protesters marched on Congress.";
        assertThat(EventRow.sentence(lima, lima.indexOf("marched"), lima.indexOf("marched") + 7))
                .isEqualTo("Protesters marched on Congress.");
    }

    private static String csv(List<org.storyline.model.Event> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(events, InventedEvents.lookup(), out);
        return out.toString(UTF_8);
    }

    private static List<Map<String, String>> read(String csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        } catch (java.io.IOException e) {
            throw new AssertionError("the CSV does not parse: " + e.getMessage() + "\n" + csv, e);
        }
    }
}
