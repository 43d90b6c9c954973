package org.storyline.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in some text.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start must not be negative: start=" + start + ", end=" + end);
        }
        if (start > end) {
            throw new IllegalArgumentException("span start must not be larger than end: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered part of {@code text}; fails when the span runs past its end. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " runs past the text's end " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
