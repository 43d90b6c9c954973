package org.storyline.language.internal.numbers;

import java.util.Arrays;

/**
 * A text cut into words, numbers and single symbols, each with its offsets in the text, the whitespace before it
 * and (for words) its {@link Lexicon} entry. Whitespace is not a token.
 *
 * <p>A word is a run of letters (with combining marks and inner apostrophes: "o'clock", "Russia’s"); a number is a
 * run of ASCII digits with the separators inside it (",", "." and the no-break and thin spaces before a group of
 * three digits: "2,600", "1.5", "2 600"); anything else is a symbol of one character (one code point). Letters and
 * digits never share a token, so "G7" is a word and a number with no gap between them.
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte SYMBOL = 2;

    /** Gaps: nothing between the previous token and this one. */
    static final byte GLUED = 0;
    /** Spaces, tabs, at most one line break. */
    static final byte SPACE = 1;
    /** Two or more line breaks, or the start of the text. */
    static final byte PARAGRAPH = 2;

    final String text;
    int size;
    int[] start;
    int[] end;
    int[] entry;
    byte[] kind;
    byte[] gap;
    /** Whether a line break is in the gap before the token (or the token starts the text). */
    boolean[] lineStart;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        entry = new int[capacity];
        kind = new byte[capacity];
        gap = new byte[capacity];
        lineStart = new boolean[capacity];
    }

    static Tokens of(String text, Lexicon lexicon) {
        int n = text.length();
        Tokens t = new Tokens(text, Math.max(16, n / 5));
        int i = 0;
        int breaks = 2;
        boolean space = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) || c == '\u2028'
                        || c == '\u2029') {
                    breaks++;
                }
                space = true;
                i++;
                continue;
            }
            byte gap = breaks >= 2 ? PARAGRAPH : space ? SPACE : GLUED;
            boolean lineStart = breaks > 0;
            breaks = 0;
            space = false;
            int j;
            byte kind;
            int e = -1;
            if (c >= '0' && c <= '9') {
                j = scanNumber(text, i);
                kind = NUMBER;
            } else if (isLetter(c)) {
                j = scanWord(text, i);
                kind = WORD;
                e = lexicon.lookup(text, i, j);
            } else {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < n
                        && Character.isLowSurrogate(text.charAt(i + 1));
                j = i + (pair ? 2 : 1);
                kind = SYMBOL;
            }
            t.add(i, j, kind, gap, lineStart, e);
            i = j;
        }
        return t;
    }

    private void add(int s, int e, byte k, byte g, boolean line, int lexiconEntry) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            entry = Arrays.copyOf(entry, capacity);
            kind = Arrays.copyOf(kind, capacity);
            gap = Arrays.copyOf(gap, capacity);
            lineStart = Arrays.copyOf(lineStart, capacity);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        gap[size] = g;
        lineStart[size] = line;
        entry[size] = lexiconEntry;
        size++;
    }

    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGroupSpace(char c) {
        return c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    private static int scanWord(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (isLetter(c)) {
                j++;
            } else if (c > 127 && isMark(c)) {
                j++;
            } else if ((c == '\'' || c == '\u2019') && j + 1 < n && isLetter(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static int scanNumber(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isDigit(text.charAt(j))) {
            j++;
        }
        while (j + 1 < n) {
            char c = text.charAt(j);
            if ((c == ',' || c == '.') && isDigit(text.charAt(j + 1))) {
                j += 2;
                while (j < n && isDigit(text.charAt(j))) {
                    j++;
                }
            } else if (isGroupSpace(c) && j + 3 < n && isDigit(text.charAt(j + 1)) && isDigit(text.charAt(j + 2))
                    && isDigit(text.charAt(j + 3)) && (j + 4 == n || !isDigit(text.charAt(j + 4)))) {
                j += 4;
            } else {
                break;
            }
        }
        return j;
    }

    // ---- views used by the rules ---------------------------------------------------------------------------------

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kind[i] == NUMBER;
    }

    /** Whether token {@code i} is the one-character symbol {@code c}. */
    boolean isSymbol(int i, char c) {
        return i >= 0 && i < size && kind[i] == SYMBOL && text.charAt(start[i]) == c;
    }

    char symbol(int i) {
        return i >= 0 && i < size && kind[i] == SYMBOL ? text.charAt(start[i]) : 0;
    }

    /** Whether token {@code i} follows the one before it with no gap. */
    boolean glued(int i) {
        return i > 0 && i < size && gap[i] == GLUED;
    }

    /** Whether token {@code i} follows the one before it after spaces within the paragraph. */
    boolean spaced(int i) {
        return i > 0 && i < size && gap[i] == SPACE;
    }

    /** Whether word token {@code i} starts with a capital letter. */
    boolean capitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** Whether word token {@code i} is the lower-case word {@code w} (any case in the text). */
    boolean is(int i, String w) {
        if (!isWord(i) || end[i] - start[i] != w.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (Lexicon.fold(text.charAt(start[i] + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    int length(int i) {
        return end[i] - start[i];
    }

    char last(int i) {
        return text.charAt(end[i] - 1);
    }
}
