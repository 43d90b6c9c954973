package org.storyline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void holdsCountriesRegionsAndPlaces() {
        assertThat(gazetteer.size()).isGreaterThan(100_000);
        assertThat(gazetteer.place("geonames:country:UA")).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(Place.Kind.COUNTRY);
            assertThat(p.name()).isEqualTo("Ukraine");
            assertThat(p.region()).isNull();
        });
        assertThat(gazetteer.place("geonames:admin1:UA.07")).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(Place.Kind.REGION);
            assertThat(p.country()).isEqualTo("UA");
            assertThat(p.geo().lat()).isBetween(49.0, 50.5);
        });
        assertThat(gazetteer.place("geonames:703448")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Kyiv");
            assertThat(p.population()).isGreaterThan(2_000_000);
        });
        assertThat(gazetteer.place("geonames:0")).isEmpty();
    }

    @Test
    void candidatesAreFoundCaseAndAccentInsensitivelyMostPopulousFirst() {
        List<Place> odessa = gazetteer.candidates("ODESSA");
        assertThat(odessa).extracting(Place::country).contains("UA", "US");
        assertThat(odessa.get(0).country()).isEqualTo("UA");
        assertThat(gazetteer.candidates("geneve")).extracting(Place::id).contains("geonames:2660646");
        assertThat(gazetteer.candidates("Kiev")).extracting(Place::id).contains("geonames:703448");
        assertThat(gazetteer.candidates("no such place anywhere")).isEmpty();
    }

    @Test
    void readsItsOwnFormatAndNamesABadLine() throws IOException {
        String good = "# comment\nC\tUA\tUkraine\t\tUA\t\tPCL\t100\t48.0\t31.0\n"
                + "R\tUA.07\tKharkiv\t\tUA\t07\tADM1\t50\t49.7\t36.3\n"
                + "P\t706483\tKharkiv\tKharkov\tUA\t07\tPPLA\t50\t49.98\t36.25\n";
        Gazetteer small = Gazetteer.read(new ByteArrayInputStream(gzip(good)));
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.candidates("kharkov")).extracting(Place::label).containsExactly("Kharkiv, Ukraine");
        assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(gzip("X\t1\n"))))
                .hasMessageContaining("line 1").hasMessageContaining("columns");
        assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(gzip(good.replace("P\t706483", "Q\t706483")))))
                .hasMessageContaining("unknown kind Q");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
