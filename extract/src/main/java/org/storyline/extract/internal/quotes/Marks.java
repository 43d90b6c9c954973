package org.storyline.extract.internal.quotes;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;

/**
 * Finds the quoted passages of a text from its quotation marks: curly (“…”), straight ("…"), doubled apostrophes
 * (''…''), guillemets («…») and, outside double quotes, single curly quotes (‘…’).
 *
 * <p>A quotation left open at the end of a paragraph continues when the next paragraph opens with a quotation mark,
 * as news writing continues a quotation over several paragraphs; otherwise it ends with its paragraph. Quotation
 * marks inside a quotation (nested quotes) are part of it.
 */
final class Marks {
    private Marks() {
    }

    /**
     * One quotation.
     *
     * @param start  where its opening mark is
     * @param end    just after its closing mark, or the end of its last paragraph when it is never closed
     * @param parts  the quoted words, one span a paragraph, without the marks and surrounding spaces
     * @param closed whether a closing mark ends it
     */
    record Region(int start, int end, List<Span> parts, boolean closed) {
    }

    private enum Kind { CURLY, STRAIGHT, DOUBLED, GUILLEMET }

    static List<Region> find(String text) {
        List<int[]> lines = lines(text);
        List<Region> out = new ArrayList<>();
        List<Region> doubles = doubles(text, lines);
        out.addAll(doubles);
        out.addAll(singles(text, lines, doubles));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Non-blank lines as [start, end) character ranges. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static List<Region> doubles(String text, List<int[]> lines) {
        List<Region> out = new ArrayList<>();
        Kind open = null;
        int regionStart = -1;
        int partStart = -1;
        List<Span> parts = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            int[] line = lines.get(l);
            int i = line[0];
            if (open != null) {
                // A quotation carried over from the previous paragraph: this paragraph opens with a mark.
                int first = skipSpace(text, i, line[1]);
                int len = openerLength(text, first, line[1], open);
                partStart = first + len;
                i = partStart;
            }
            while (i < line[1]) {
                char c = text.charAt(i);
                if (open == null) {
                    Kind k = opener(text, i, line);
                    if (k != null) {
                        open = k;
                        regionStart = i;
                        i += k == Kind.DOUBLED ? 2 : 1;
                        partStart = i;
                        continue;
                    }
                } else if (closes(text, i, open)) {
                    int len = open == Kind.DOUBLED && i + 1 < text.length() && apostrophe(text.charAt(i + 1))
                            && apostrophe(c) ? 2 : 1;
                    add(parts, text, partStart, i);
                    if (!parts.isEmpty()) {
                        out.add(new Region(regionStart, i + len, List.copyOf(parts), true));
                    }
                    parts.clear();
                    open = null;
                    i += len;
                    continue;
                }
                i++;
            }
            if (open != null) {
                add(parts, text, partStart, line[1]);
                boolean continues = l + 1 < lines.size() && continues(text, lines.get(l + 1), open);
                if (!continues) {
                    if (!parts.isEmpty()) {
                        out.add(new Region(regionStart, line[1], List.copyOf(parts), false));
                    }
                    parts.clear();
                    open = null;
                }
            }
        }
        return out;
    }

    private static boolean continues(String text, int[] next, Kind open) {
        int first = skipSpace(text, next[0], next[1]);
        return openerLength(text, first, next[1], open) > 0;
    }

    /** The length of an opening mark of the family of {@code kind} at {@code i}, or 0. */
    private static int openerLength(String text, int i, int end, Kind kind) {
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        return switch (kind) {
            case CURLY, STRAIGHT -> c == '“' || c == '"' || c == '„' ? 1 : doubled(text, i, end) ? 2 : 0;
            case DOUBLED -> doubled(text, i, end) ? 2 : c == '“' || c == '"' ? 1 : 0;
            case GUILLEMET -> c == '«' ? 1 : 0;
        };
    }

    private static Kind opener(String text, int i, int[] line) {
        char c = text.charAt(i);
        if (c == '“' || c == '„') {
            return Kind.CURLY;
        }
        if (c == '«') {
            return Kind.GUILLEMET;
        }
        if (c == '"') {
            return Kind.STRAIGHT;
        }
        if (doubled(text, i, line[1]) && (i == line[0] || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
            return Kind.DOUBLED;
        }
        // A right mark used as a left one ("” Word"): after a space, before a letter.
        if (c == '”' && (i == line[0] || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < line[1]
                && Character.isLetterOrDigit(text.charAt(i + 1))) {
            return Kind.CURLY;
        }
        return null;
    }

    private static boolean closes(String text, int i, Kind open) {
        char c = text.charAt(i);
        return switch (open) {
            case CURLY -> c == '”' || c == '"';
            case STRAIGHT -> c == '"' || c == '”';
            case DOUBLED -> doubled(text, i, text.length()) || c == '"' || c == '”';
            case GUILLEMET -> c == '»';
        };
    }

    private static boolean doubled(String text, int i, int end) {
        return i + 1 < end && text.charAt(i) == '\'' && text.charAt(i + 1) == '\'';
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** Single curly quotes outside double quotations: ‘ before a word, closed by ’ not followed by a letter. */
    private static List<Region> singles(String text, List<int[]> lines, List<Region> doubles) {
        List<Region> out = new ArrayList<>();
        int d = 0;
        for (int[] line : lines) {
            int open = -1;
            for (int i = line[0]; i < line[1]; i++) {
                while (d < doubles.size() && doubles.get(d).end() <= i) {
                    d++;
                }
                if (d < doubles.size() && doubles.get(d).start() <= i) {
                    open = -1;
                    i = Math.max(i, doubles.get(d).end() - 1);
                    continue;
                }
                char c = text.charAt(i);
                if (open < 0) {
                    if (c == '‘' && i + 1 < line[1] && Character.isLetterOrDigit(text.charAt(i + 1))
                            && (i == line[0] || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                        open = i;
                    }
                } else if (c == '’' && (i + 1 >= line[1] || !Character.isLetter(text.charAt(i + 1)))
                        && Character.isLetterOrDigit(text.charAt(i - 1)) || c == '’' && i > 0 && ".,!?".indexOf(text.charAt(i - 1)) >= 0) {
                    List<Span> parts = new ArrayList<>();
                    add(parts, text, open + 1, i);
                    if (!parts.isEmpty()) {
                        out.add(new Region(open, i + 1, List.copyOf(parts), true));
                    }
                    open = -1;
                }
            }
        }
        return out;
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Span> parts, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            parts.add(new Span(start, end));
        }
    }
}
