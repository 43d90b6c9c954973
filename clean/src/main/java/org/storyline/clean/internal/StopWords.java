package org.storyline.clean.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * Stop-word lists of the languages news is most often written in (Lucene's snowball and analyzer lists), for
 * telling running prose from boilerplate and for naming a text's language.
 */
public final class StopWords {
    private static final Map<String, CharArraySet> BY_LANGUAGE = new LinkedHashMap<>();
    private static final CharArraySet ALL = new CharArraySet(4096, true);

    static {
        String snowball = "org/apache/lucene/analysis/snowball/";
        snowball("en", snowball + "english_stop.txt");
        snowball("de", snowball + "german_stop.txt");
        snowball("fr", snowball + "french_stop.txt");
        snowball("es", snowball + "spanish_stop.txt");
        snowball("it", snowball + "italian_stop.txt");
        snowball("pt", snowball + "portuguese_stop.txt");
        snowball("nl", snowball + "dutch_stop.txt");
        snowball("sv", snowball + "swedish_stop.txt");
        snowball("da", snowball + "danish_stop.txt");
        snowball("no", snowball + "norwegian_stop.txt");
        snowball("fi", snowball + "finnish_stop.txt");
        snowball("ru", snowball + "russian_stop.txt");
        snowball("hu", snowball + "hungarian_stop.txt");
        snowball("id", snowball + "indonesian_stop.txt");
        plain("cs", "org/apache/lucene/analysis/cz/stopwords.txt");
        plain("ro", "org/apache/lucene/analysis/ro/stopwords.txt");
        plain("ca", "org/apache/lucene/analysis/ca/stopwords.txt");
        plain("el", "org/apache/lucene/analysis/el/stopwords.txt");
        plain("bg", "org/apache/lucene/analysis/bg/stopwords.txt");
        plain("tr", "org/apache/lucene/analysis/tr/stopwords.txt");
        plain("ar", "org/apache/lucene/analysis/ar/stopwords.txt");
        plain("fa", "org/apache/lucene/analysis/fa/stopwords.txt");
        plain("uk", "org/apache/lucene/analysis/uk/stopwords.txt");
        plain("pl", "org/apache/lucene/analysis/pl/stopwords.txt");
        BY_LANGUAGE.values().forEach(ALL::addAll);
    }

    private StopWords() {
    }

    private static void snowball(String language, String resource) {
        load(language, resource, true);
    }

    private static void plain(String language, String resource) {
        load(language, resource, false);
    }

    private static void load(String language, String resource, boolean snowball) {
        try (InputStream in = CharArraySet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return; // a list this Lucene version does not ship: that language is simply not identified
            }
            var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CharArraySet set = snowball ? WordlistLoader.getSnowballWordSet(reader)
                    : WordlistLoader.getWordSet(reader, "#", new CharArraySet(256, true));
            BY_LANGUAGE.put(language, set);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stop words " + resource, e);
        }
    }

    /** Word count and stop-word count of a text, over all languages' lists. */
    public record Counts(int words, int stopWords) {
        public double density() {
            return words == 0 ? 0 : (double) stopWords / words;
        }
    }

    public static Counts count(CharSequence text) {
        int words = 0;
        int stops = 0;
        int n = text.length();
        int i = 0;
        char[] buffer = new char[64];
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            int length = i - start;
            if (length == 0) {
                continue;
            }
            words++;
            if (length <= buffer.length) {
                for (int k = 0; k < length; k++) {
                    buffer[k] = text.charAt(start + k);
                }
                if (ALL.contains(buffer, 0, length)) {
                    stops++;
                }
            }
        }
        return new Counts(words, stops);
    }

    /**
     * The ISO 639-1 code of the language whose stop words the text uses most, or null when the evidence is thin
     * (fewer than 20 words, or no list covers at least a sixth of them).
     */
    public static String language(CharSequence text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        String s = text.length() > 20_000 ? text.subSequence(0, 20_000).toString() : text.toString();
        for (String word : s.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, CharArraySet> e : BY_LANGUAGE.entrySet()) {
                if (e.getValue().contains(word)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < 20) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits * 6 >= words ? best : null;
    }
}
