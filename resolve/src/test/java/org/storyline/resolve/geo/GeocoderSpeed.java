package org.storyline.resolve.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Load time and heap of the gazetteer, and the time to resolve 10,000 place mentions (the fixture's documents,
 * repeated). Not a test: timings do not belong in unit tests. Run with the test class path, e.g.
 * {@code java -cp "$(cat cp.txt):resolve/target/classes:resolve/target/test-classes" org.storyline.resolve.geo.GeocoderSpeed}.
 */
public final class GeocoderSpeed {
    private GeocoderSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.shared();
        long t1 = System.nanoTime();
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("gazetteer: %d places loaded in %.2f s, %d MB of heap%n", gazetteer.size(), (t1 - t0) / 1e9,
                (heapAfter - heapBefore) >> 20);

        List<List<String>> documents = documents();
        Geocoder geocoder = new Geocoder(gazetteer);
        for (int warm = 0; warm < 20; warm++) {
            documents.forEach(geocoder::resolve);
        }
        for (int run = 0; run < 5; run++) {
            int mentions = 0;
            long s = System.nanoTime();
            while (mentions < 10_000) {
                for (List<String> d : documents) {
                    mentions += geocoder.resolve(d).size();
                }
            }
            long e = System.nanoTime();
            System.out.printf("resolved %d mentions in %.1f ms (%.1f µs each)%n", mentions, (e - s) / 1e6,
                    (e - s) / 1e3 / mentions);
        }
    }

    private static List<List<String>> documents() throws IOException {
        List<List<String>> documents = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GeocoderSpeed.class.getResourceAsStream("/org/storyline/resolve/geo/places-fixture.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("name\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String> names = new ArrayList<>();
                names.add(f[0]);
                if (!f[1].isEmpty()) {
                    names.addAll(Arrays.asList(f[1].split("\\|")));
                }
                documents.add(names);
            }
        }
        return documents;
    }
}
