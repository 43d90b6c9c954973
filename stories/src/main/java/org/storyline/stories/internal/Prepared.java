package org.storyline.stories.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.PartialDate;

/**
 * What clustering needs of one article, computed without shared state (so articles can be prepared in parallel):
 * its content terms by block with their raw weights, its MinHash signature, and its date as a day interval.
 */
public record Prepared(String id, String orderKey, List<String> terms, float[] tf, byte[] blocks, int[] signature,
                       long fromDay, long toDay) {
    public static final byte TEXT = 0;
    public static final byte NAMES = 1;
    public static final byte PLACES = 2;
    public static final byte TYPES = 3;
    public static final int BLOCKS = 4;
    static final long UNDATED = Long.MIN_VALUE;

    /** Prepares an article from its full text (title and body), key sets and date ({@code null} when unknown). */
    public static Prepared of(String id, String text, PartialDate date, Iterable<String> names, Iterable<String> places,
                              Iterable<String> eventTypes) {
        Words words = Words.of(text);
        List<String> terms = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        List<Byte> blocks = new ArrayList<>();
        // sorted, so that the order of terms (and of floating-point sums over them) does not depend on hashing
        for (Map.Entry<String, Integer> e : new TreeMap<>(words.terms()).entrySet()) {
            terms.add(e.getKey());
            weights.add((float) (1 + Math.log(e.getValue())));
            blocks.add(TEXT);
        }
        keys(names, NAMES, terms, weights, blocks);
        keys(places, PLACES, terms, weights, blocks);
        keys(eventTypes, TYPES, terms, weights, blocks);
        float[] tf = new float[terms.size()];
        byte[] b = new byte[terms.size()];
        for (int i = 0; i < tf.length; i++) {
            tf[i] = weights.get(i);
            b[i] = blocks.get(i);
        }
        long from = UNDATED;
        long to = UNDATED;
        if (date != null) {
            String v = date.value();
            switch (date.precision()) {
                case YEAR -> {
                    LocalDate first = LocalDate.of(Integer.parseInt(v), 1, 1);
                    from = first.toEpochDay();
                    to = first.plusYears(1).toEpochDay() - 1;
                }
                case MONTH -> {
                    YearMonth month = YearMonth.parse(v);
                    from = month.atDay(1).toEpochDay();
                    to = month.atEndOfMonth().toEpochDay();
                }
                default -> {
                    from = LocalDate.parse(v.substring(0, 10)).toEpochDay();
                    to = from;
                }
            }
        }
        return new Prepared(id, date == null ? "~" : date.value(), List.copyOf(terms), tf, b,
                NearDuplicates.signature(words.hashes()), from, to);
    }

    public boolean dated() {
        return fromDay != UNDATED;
    }

    private static void keys(Iterable<String> values, byte block, List<String> terms, List<Float> weights, List<Byte> blocks) {
        TreeMap<String, Boolean> sorted = new TreeMap<>();
        for (String v : values) {
            String key = v.strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty()) {
                sorted.put((char) block + key, Boolean.TRUE);
            }
        }
        for (String key : sorted.keySet()) {
            terms.add(key);
            weights.add(1f);
            blocks.add(block);
        }
    }
}
