package org.storyline.stories.internal;

/** One article as clustering holds it: its terms with raw and block-normalised weights, date range and story. */
final class Vector {
    final int index;
    final String id;
    final String orderKey;
    final int[] terms;
    final float[] tf;
    final float[] w;
    final boolean[] has = new boolean[Prepared.BLOCKS];
    final long from;
    final long to;
    int[] keys;
    int story;

    Vector(int index, String id, String orderKey, int[] terms, float[] tf, long from, long to) {
        this.index = index;
        this.id = id;
        this.orderKey = orderKey;
        this.terms = terms;
        this.tf = tf;
        this.w = new float[tf.length];
        this.from = from;
        this.to = to;
    }

    boolean dated() {
        return from != Prepared.UNDATED;
    }

    /** The middle of the article's date interval (a day, or a month or year stated without a day). */
    double midDay() {
        return (from + to) / 2.0;
    }

    /** Date, then id: the fixed order of articles. */
    boolean before(Vector other) {
        int c = orderKey.compareTo(other.orderKey);
        return c != 0 ? c < 0 : id.compareTo(other.id) < 0;
    }
}
