package org.storyline.clean.internal;

/** Measures that tell running prose from boilerplate, shared by the HTML and plain-text cleaners. */
final class Prose {
    /** Below this weighted length a block is short: judged by its neighbours, never prose on its own. */
    static final int SHORT = 60;

    private Prose() {
    }

    /** Running prose: a long block, not made of links, with the stop words or sentence marks of real text. */
    static boolean isProse(String text, double linkDensity) {
        if (weightedLength(text) < 80 || linkDensity >= 0.3) {
            return false;
        }
        return StopWords.count(text).density() >= 0.2 || sentenceEnds(text) >= 1;
    }

    /** Sentence-ending marks: a full stop, question or exclamation mark before a space or the end, or a CJK, Devanagari or Arabic one. */
    static int sentenceEnds(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (((c == '.' || c == '!' || c == '?') && end) || "\u3002\uFF01\uFF1F\u0964\u061F\u06D4".indexOf(c) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Length with ideographs, kana and hangul counted three times: they carry a word's worth each. */
    static int weightedLength(String text) {
        int n = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7AF')) {
                n += 2;
            }
        }
        return n;
    }

    /** Share of letters among the characters that are not white space. */
    static double letterShare(String text) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return visible == 0 ? 0 : (double) letters / visible;
    }
}
