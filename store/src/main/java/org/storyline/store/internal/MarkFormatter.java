package org.storyline.store.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text with the matches in {@code <mark>…</mark>}, passages joined by
 * {@link #SEPARATOR}; a long passage is cut to a window around its first match.
 */
final class MarkFormatter extends PassageFormatter {
    /** Joins passages; never left in the text, which is stripped of it. */
    static final char SEPARATOR = '\u001F';
    private static final int MAX_CHARS = 300;
    private static final int BEFORE_MATCH = 100;

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > MAX_CHARS) {
                int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
                start = Math.max(start, wordStart(content, first - BEFORE_MATCH, start));
                end = Math.min(end, wordEnd(content, start + MAX_CHARS, end));
            }
            if (!out.isEmpty()) {
                out.append(SEPARATOR);
            }
            if (start > p.getStartOffset()) {
                out.append('…');
            }
            int at = start;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = Math.max(p.getMatchStarts()[i], at);
                int me = Math.min(p.getMatchEnds()[i], end);
                if (me <= ms) {
                    continue;
                }
                escape(content, at, ms, out);
                out.append("<mark>");
                escape(content, ms, me, out);
                out.append("</mark>");
                at = me;
            }
            escape(content, at, end, out);
            if (end < p.getEndOffset()) {
                out.append('…');
            }
        }
        return out.toString();
    }

    private static int wordStart(String s, int at, int floor) {
        int i = Math.max(floor, at);
        while (i > floor && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String s, int at, int ceiling) {
        int i = Math.min(ceiling, at);
        while (i < ceiling && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case SEPARATOR -> out.append(' ');
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
