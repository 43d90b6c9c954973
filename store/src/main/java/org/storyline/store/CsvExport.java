package org.storyline.store;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Event;

/**
 * Events as a table with ACLED-like columns ({@link #COLUMNS}), one row per event: RFC 4180 (a header row, CRLF
 * line ends, fields with commas, quotes or line breaks quoted, quotes doubled; jackson-dataformat-csv also quotes
 * fields with spaces, which the RFC allows), UTF-8 without a byte-order mark.
 *
 * <p>Unknown values are empty. Lists (actors, outlets, fields in disagreement, articles) are joined with
 * {@code "; "}. A count's column holds its number only; how exact the killed count is goes in
 * {@code fatalities_qualifier} ({@code exact}, {@code at_least}, {@code about}, {@code at_most}).
 */
public final class CsvExport {
    /** The header row, in order. */
    public static final List<String> COLUMNS = List.of(
            "event_id", "event_date", "date_precision", "date_basis", "year", "event_type", "sub_event_type", "status",
            "actor1", "actor2", "country", "iso", "location", "location_detail", "latitude", "longitude",
            "geo_precision", "geo_id", "fatalities", "fatalities_qualifier", "injured", "launched", "intercepted",
            "impacted", "sources", "source_count", "origins", "disagreements", "notes", "articles");

    private static final String SEPARATOR = "; ";
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA;

    static {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        SCHEMA = b.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    private CsvExport() {
    }

    /** Every event of the store's corpus, in corpus order. */
    public static void write(Store store, OutputStream out) {
        Store.Corpus corpus = store.corpus();
        write(corpus.events(), EventLookup.of(store, corpus), out);
    }

    /** These events, in this order; the header row even when there are none. The stream is left open. */
    public static void write(List<Event> events, EventLookup lookup, OutputStream out) {
        try (SequenceWriter w = CSV.writer(SCHEMA).writeValues(ContractExport.nonClosing(out))) {
            for (Event e : events) {
                w.write(row(e, lookup));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export: " + e.getMessage(), e);
        }
    }

    /** One event's values, in the order of {@link #COLUMNS}; unknown ones are empty strings. */
    public static List<String> row(Event e, EventLookup lookup) {
        return Arrays.stream(row(EventRow.of(e, lookup))).map(v -> v == null ? "" : v).toList();
    }

    private static String[] row(EventRow r) {
        Event e = r.event();
        Event.Count killed = e.counts().get("killed");
        return new String[] {
            e.id(),
            r.date(),
            r.datePrecision(),
            e.date().basis().label(),
            r.year(),
            e.type().label(),
            e.subtype(),
            e.status() == null ? null : e.status().name().toLowerCase(Locale.ROOT),
            String.join(SEPARATOR, r.actor1()),
            String.join(SEPARATOR, r.actor2()),
            r.country(),
            r.iso(),
            e.location() == null ? null : e.location().name(),
            e.location() == null ? null : e.location().detail(),
            r.geo() == null ? null : EventRow.decimal(r.geo().lat()),
            r.geo() == null ? null : EventRow.decimal(r.geo().lon()),
            r.geoPrecision(),
            r.geo() == null ? null : r.geo().id(),
            killed == null ? null : Long.toString(killed.value()),
            killed == null ? null : killed.qualifier().name().toLowerCase(Locale.ROOT),
            count(e, "injured"),
            count(e, "launched"),
            count(e, "intercepted"),
            count(e, "impacted"),
            String.join(SEPARATOR, r.outlets()),
            Integer.toString(e.sources().size()),
            Integer.toString(e.origins()),
            String.join(SEPARATOR, r.disagreements()),
            r.note(),
            String.join(SEPARATOR, r.articles()),
        };
    }

    private static String count(Event e, String kind) {
        Event.Count c = e.counts().get(kind);
        return c == null ? null : Long.toString(c.value());
    }
}
