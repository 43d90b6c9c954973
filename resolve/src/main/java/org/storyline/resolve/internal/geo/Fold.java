package org.storyline.resolve.internal.geo;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The key a place name is indexed and looked up by: lower case, accents and punctuation gone, one space between
 * words, "St." spelled "saint" ("Genève" → "geneve", "U.S." → "us", "Rostov-on-Don" → "rostov on don",
 * "St. Petersburg" → "saint petersburg"). Names in other scripts are transliterated first ("Київ" → "kiiv").
 *
 * <p>Design decision: the gazetteer keeps Latin-script names only, so almost every name takes the fast path
 * (NFKD and a few letter mappings); ICU's {@code Any-Latin} transliterator, which is slow and not thread-safe,
 * runs only for names with letters of another script.
 */
public final class Fold {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static Transliterator toLatin;

    private Fold() {
    }

    /** The folded key of a name; empty when the name has no letters or digits. */
    public static String key(String name) {
        String s = name;
        if (hasOtherScript(s)) {
            s = latin(s);
        }
        if (!isAscii(s)) {
            s = NFKD.normalize(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    if (space && !out.isEmpty()) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(Character.toLowerCase(c));
                } else if (c == '.' || c == '\'' || c == '`') {
                    // "U.S." and "Côte d'Ivoire": dropped, not a word break
                } else {
                    space = true;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == '\u2019' || c == '\u02bc' || c == '\u02bb') {
                continue;
            }
            String mapped = special(c);
            if (mapped != null) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(mapped);
            } else if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return saints(out.toString());
    }

    /** Latin letters that NFKD does not take apart. */
    private static String special(char c) {
        return switch (c) {
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            case 'ħ', 'Ħ' -> "h";
            default -> null;
        };
    }

    private static String saints(String key) {
        if (key.startsWith("st ")) {
            return "saint " + key.substring(3);
        }
        if (key.startsWith("ste ")) {
            return "sainte " + key.substring(4);
        }
        if (key.startsWith("mt ")) {
            return "mount " + key.substring(3);
        }
        return key;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasOtherScript(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x250 && Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    private static synchronized String latin(String s) {
        if (toLatin == null) {
            toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        return toLatin.transliterate(s);
    }
}
