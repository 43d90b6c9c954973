package org.storyline.stories.internal;

import java.util.Arrays;

/** The sum of some articles' vectors, with its squared length per block and the mean day of the dated ones. */
final class Centroid {
    FloatMap map;
    final double[] sq = new double[Prepared.BLOCKS];
    double daySum;
    int dated;
    int size;

    Centroid(int expectedTerms) {
        map = new FloatMap(expectedTerms);
    }

    double meanDay() {
        return daySum / dated;
    }

    /** Adds (sign 1) or removes (sign -1) an article. */
    void add(Vector v, byte[] termBlock, int sign) {
        double[] dot = new double[Prepared.BLOCKS];
        for (int i = 0; i < v.terms.length; i++) {
            dot[termBlock[v.terms[i]]] += v.w[i] * map.get(v.terms[i]);
        }
        for (int b = 0; b < Prepared.BLOCKS; b++) {
            sq[b] = Math.max(0, sq[b] + sign * 2 * dot[b] + (v.has[b] ? 1 : 0));
        }
        for (int i = 0; i < v.terms.length; i++) {
            map.add(v.terms[i], sign * v.w[i]);
        }
        size += sign;
        if (v.dated()) {
            daySum += sign * v.midDay();
            dated += sign;
        }
    }

    /** Adds another centroid. */
    void add(Centroid other, byte[] termBlock) {
        double[] dot = new double[Prepared.BLOCKS];
        other.map.forEach((t, v) -> dot[termBlock[t]] += (double) v * map.get(t));
        for (int b = 0; b < Prepared.BLOCKS; b++) {
            sq[b] += other.sq[b] + 2 * dot[b];
        }
        other.map.forEach(map::add);
        size += other.size;
        daySum += other.daySum;
        dated += other.dated;
    }

    /** Recomputes the squared lengths from the map (after many additions and removals). */
    void recomputeLengths(byte[] termBlock) {
        Arrays.fill(sq, 0);
        map.forEach((t, v) -> sq[termBlock[t]] += (double) v * v);
    }
}
