package org.storyline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Accuracy over {@code places-fixture.tsv}: every place mention of the seed articles and 200 sampled from the quotes
 * dev set, each with its document's other mentions and an answer checked by hand. A city is right within 50 km of
 * the expected point, a region or country when it is the same one, "none" when nothing is answered.
 */
class GeocoderFixtureTest {
    private static final String FIXTURE = "/org/storyline/resolve/geo/places-fixture.tsv";
    private static final double FLOOR = 0.90;
    private static final double CITY_KM = 50;

    @Test
    void resolvesTheHandCheckedMentions() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(250);
        Geocoder geocoder = Geocoder.shared();
        int right = 0, places = 0, placesRight = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            List<String> names = new ArrayList<>();
            names.add(row.name);
            names.addAll(row.context);
            Optional<Place> answer = geocoder.resolve(names).get(0);
            boolean ok = correct(row.expected, answer);
            if (!row.expected.equals("none")) {
                places++;
                placesRight += ok ? 1 : 0;
            }
            if (ok) {
                right++;
            } else {
                wrong.add(row.name + " -> " + answer.map(Place::label).orElse("none") + " (expected " + row.expected + ")");
            }
        }
        double accuracy = right / (double) rows.size();
        System.out.printf("geocoder fixture: %d/%d right (%.3f); mentions of places %d/%d (%.3f); wrong: %s%n", right,
                rows.size(), accuracy, placesRight, places, placesRight / (double) places, wrong);
        assertThat(accuracy).as("accuracy over the fixture; wrong: %s", wrong).isGreaterThanOrEqualTo(FLOOR);
    }

    static boolean correct(String expected, Optional<Place> answer) {
        if (expected.equals("none")) {
            return answer.isEmpty();
        }
        if (answer.isEmpty()) {
            return false;
        }
        Place p = answer.get();
        String[] e = expected.split(":");
        return switch (e[0]) {
            case "country" -> p.kind() == Place.Kind.COUNTRY && p.country().equals(e[1]);
            case "region" -> p.kind() == Place.Kind.REGION && p.region().equals(e[1]);
            case "city" -> {
                String[] ll = e[2].split(",");
                yield p.kind() == Place.Kind.CITY && p.country().equals(e[1])
                        && km(p.geo().lat(), p.geo().lon(), Double.parseDouble(ll[0]), Double.parseDouble(ll[1])) <= CITY_KM;
            }
            default -> throw new IllegalArgumentException("unknown expected answer in " + FIXTURE + ": " + expected
                    + " (country:CC, region:CODE, city:CC:lat,lon or none)");
        };
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    private record Row(String name, List<String> context, String expected) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = GeocoderFixtureTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine();
            while (line != null && line.startsWith("#")) {
                line = r.readLine();
            }
            assertThat(line).as("fixture header").isEqualTo("name\tcontext\texpected\tnote");
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(FIXTURE + " row needs 4 columns: " + line);
                }
                List<String> context = f[1].isEmpty() ? List.of() : Arrays.asList(f[1].split("\\|"));
                rows.add(new Row(f[0], context, f[2]));
            }
        }
        return rows;
    }
}
