package org.storyline.extract.internal.quotes;

import java.util.ArrayList;
import java.util.List;
import org.storyline.language.Annotated;
import org.storyline.language.Name;
import org.storyline.language.Sentence;
import org.storyline.model.Span;

/**
 * One article's tokens as quote finding reads them: words, sentences, paragraphs, names, and which quotation each
 * token is in; and the article cut into units, the sentences of the text with each quotation kept whole.
 */
final class Tokens {
    final String text;
    final int size;
    final int[] start;
    final int[] end;
    final String[] word;
    /** Lower case, apostrophes straightened. */
    final String[] lower;
    final int[] paragraph;
    /** Index into {@link #regions} of the quotation the token is in (marks included), or -1. */
    final int[] region;
    /** Whether the token is a quotation mark of its region. */
    final boolean[] mark;
    /** Index into {@link #names} of the name the token is in, or -1. */
    final int[] name;
    final List<Name> names;
    final List<Marks.Region> regions;
    /** Units as [first, end) token ranges, in order. */
    final List<int[]> units;
    /** The unit of each token. */
    final int[] unit;

    Tokens(String text, Annotated annotated) {
        this.text = text;
        List<Span> spans = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        int s = 0;
        for (Sentence sentence : annotated.sentences()) {
            for (Span t : sentence.tokens()) {
                if (t.end() <= text.length() && t.length() > 0) {
                    spans.add(t);
                    sentenceOf.add(s);
                }
            }
            s++;
        }
        size = spans.size();
        start = new int[size];
        end = new int[size];
        word = new String[size];
        lower = new String[size];
        paragraph = new int[size];
        region = new int[size];
        mark = new boolean[size];
        name = new int[size];
        int para = 0;
        for (int i = 0; i < size; i++) {
            start[i] = spans.get(i).start();
            end[i] = spans.get(i).end();
            word[i] = text.substring(start[i], end[i]);
            lower[i] = Lexicon.normal(word[i]);
            if (i > 0 && text.substring(end[i - 1], Math.max(end[i - 1], start[i])).indexOf('\n') >= 0) {
                para++;
            }
            paragraph[i] = para;
        }
        regions = Marks.find(text);
        int r = 0;
        for (int i = 0; i < size; i++) {
            while (r < regions.size() && regions.get(r).end() <= start[i]) {
                r++;
            }
            region[i] = r < regions.size() && regions.get(r).start() <= start[i] ? r : -1;
            mark[i] = region[i] >= 0 && quoteMarks(word[i]);
        }
        names = trimmed(annotated.names());
        java.util.Arrays.fill(name, -1);
        int n = 0;
        for (int i = 0; i < size; i++) {
            while (n < names.size() && names.get(n).span().end() <= start[i]) {
                n++;
            }
            if (n < names.size() && names.get(n).span().start() <= start[i]) {
                name[i] = n;
            }
        }
        units = new ArrayList<>();
        unit = new int[size];
        int first = 0;
        for (int i = 1; i <= size; i++) {
            if (i == size || boundary(i, sentenceOf)) {
                if (i > first) {
                    units.add(new int[] {first, i});
                }
                first = i;
            }
        }
        for (int u = 0; u < units.size(); u++) {
            for (int i = units.get(u)[0]; i < units.get(u)[1]; i++) {
                unit[i] = u;
            }
        }
    }

    /** The names, without quotation marks or other punctuation the tagger took in at their edges. */
    private List<Name> trimmed(List<Name> all) {
        List<Name> out = new ArrayList<>();
        for (Name n : all) {
            int s = n.span().start();
            int e = n.span().end();
            if (e > text.length()) {
                continue;
            }
            while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '.') {
                e--;
            }
            if (e > s) {
                out.add(s == n.span().start() && e == n.span().end() ? n
                        : new Name(new Span(s, e), text.substring(s, e), n.type()));
            }
        }
        return out;
    }

    /** Whether a unit starts at token i: a new sentence or paragraph, unless inside one quotation. */
    private boolean boundary(int i, List<Integer> sentenceOf) {
        boolean sameRegion = region[i] >= 0 && region[i] == region[i - 1];
        if (paragraph[i] != paragraph[i - 1]) {
            return !sameRegion;
        }
        // The splitter may leave an opening mark at the end of the sentence before it: ''He left.'' ''We stay.''
        if (region[i] >= 0 && !sameRegion && mark[i] && regions.get(region[i]).start() == start[i]
                && region[i - 1] < 0 && terminal(i - 1)) {
            return true;
        }
        // “… campaign.” Ohio Gov. John Kasich said …: the splitter may miss a sentence ending in a quotation.
        if (i >= 2 && region[i] < 0 && region[i - 1] >= 0 && mark[i - 1] && region[i - 2] == region[i - 1]
                && terminal(i - 2) && Lexicon.capitalised(word[i]) && !Lexicon.punctuation(word[i])
                && (i + 1 >= size || region[i - 1] != region[i])) {
            return true;
        }
        if (sentenceOf.get(i).equals(sentenceOf.get(i - 1))) {
            return false;
        }
        if (sameRegion) {
            return false;
        }
        // “Why?” he asked.  The splitter ends the sentence at the mark; the frame continues it.
        return !(region[i - 1] >= 0 && mark[i - 1] && !Lexicon.capitalised(word[i]) && !Lexicon.punctuation(word[i]));
    }

    static boolean quoteMarks(String w) {
        for (int i = 0; i < w.length(); i++) {
            if ("“”\"'‘’«»„`".indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    boolean punct(int i) {
        return Lexicon.punctuation(word[i]);
    }

    boolean cap(int i) {
        return Lexicon.capitalised(word[i]);
    }

    Name nameAt(int i) {
        return name[i] < 0 ? null : names.get(name[i]);
    }

    /** The first token of the name token i is in. */
    int nameStart(int i) {
        int j = i;
        while (j > 0 && name[j - 1] == name[i]) {
            j--;
        }
        return j;
    }

    int nameEnd(int i) {
        int j = i;
        while (j + 1 < size && name[j + 1] == name[i]) {
            j++;
        }
        return j + 1;
    }

    int unitStart(int i) {
        return units.get(unit[i])[0];
    }

    /** Whether token i ends a sentence: . ! ? (or an ellipsis). */
    boolean terminal(int i) {
        String w = word[i];
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("...") || w.equals("…");
    }

    String text(int from, int to) {
        return text.substring(start[from], end[to - 1]);
    }

    Span span(int from, int to) {
        return new Span(start[from], end[to - 1]);
    }
}
