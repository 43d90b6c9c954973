package org.storyline.resolve.internal.names;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ASCII folding of names: any script to lower-case Latin letters (ICU4J), so "Алексеев", "Alekseyev" and "ALEKSEYEV"
 * can be compared.
 *
 * <p>Design decision: Russian and Ukrainian Cyrillic go through the BGN/PCGN transliterators rather than ICU's
 * generic Cyrillic-Latin (ISO 9), because BGN is what English-language outlets write ("Zhukov", not "Zukov"); other
 * scripts use {@code Any-Latin}. Pure ASCII, the common case, never reaches ICU, and folded non-ASCII strings are
 * cached because the same names recur across a corpus.
 */
public final class Fold {
    private static final int CACHE_LIMIT = 100_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> ANY = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> RUSSIAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> UKRAINIAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII"));

    private Fold() {
    }

    /** The text in ASCII, lower case, with apostrophes and every other character kept where ASCII has it. */
    public static String ascii(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String folded = transliterate(normaliseApostrophes(text)).toLowerCase(Locale.ROOT);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, folded);
        return folded;
    }

    /** Lower-case ASCII letters only: "Zelens'kyy" and "Zelenskyy" both fold to "zelenskyy". */
    public static String letters(String text) {
        String a = ascii(text);
        StringBuilder b = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Folded words: lower-case ASCII letter runs, everything else a separator. */
    public static String words(String text) {
        String a = ascii(text);
        StringBuilder b = new StringBuilder(a.length());
        boolean gap = false;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !b.isEmpty()) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            } else if (c != '\'') {
                gap = true;
            }
        }
        return b.toString();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseApostrophes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('\u02bb', '\'');
    }

    private static String transliterate(String s) {
        boolean cyrillic = false;
        boolean ukrainian = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0400' && c <= '\u04ff') {
                cyrillic = true;
                if (c == '\u0456' || c == '\u0457' || c == '\u0454' || c == '\u0491'
                        || c == '\u0406' || c == '\u0407' || c == '\u0404' || c == '\u0490') {
                    ukrainian = true;
                }
            }
        }
        Transliterator t = cyrillic ? (ukrainian ? UKRAINIAN : RUSSIAN).get() : ANY.get();
        String out = t.transliterate(s);
        return isAscii(out) ? out : ANY.get().transliterate(out);
    }
}
