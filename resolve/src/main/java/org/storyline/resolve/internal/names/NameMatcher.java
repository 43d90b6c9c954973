package org.storyline.resolve.internal.names;

import java.util.List;

/**
 * Decides whether two written forms of a person's name can name the same person, and how close they are.
 *
 * <p>Two full names match when their given names are compatible (same key, a known equivalent such as
 * Vladimir/Volodymyr, an initial, or a small transliteration distance) and the shorter name's surname is found among
 * the longer one's family words (so "Gabriel García" and "Gabriel García Márquez" match). Keys match within a
 * length-dependent budget of {@link Skeleton#distance}: nothing for three letters or fewer, half a step up to five,
 * one step up to eight, one and a half beyond.
 *
 * <p>Design decision: gendered forms of one surname (Ivanov/Ivanova, Zelensky/Zelenska, Tolstoy/Tolstaya) and of
 * one given name (Aleksandr/Aleksandra, Mario/Maria) are different people: same family, not the same person.
 */
public final class NameMatcher {
    /** Returned when the names cannot name the same person. */
    public static final double NO = Double.POSITIVE_INFINITY;

    private NameMatcher() {
    }

    /** The distance between two full names, or {@link #NO}. */
    public static double fullNames(PersonName a, PersonName b) {
        if (!a.isFull() || !b.isFull()) {
            return NO;
        }
        if (a.junior() != b.junior()) {
            return NO;
        }
        double given = given(a.given(), b.given());
        if (given == NO) {
            return NO;
        }
        double family = family(a, b);
        if (family == NO) {
            return NO;
        }
        if (!a.middle().isEmpty() && !b.middle().isEmpty() && a.parts().size() == 3 && b.parts().size() == 3) {
            PersonName.Part ma = a.middle().getFirst();
            PersonName.Part mb = b.middle().getFirst();
            boolean sameSurname = word(a.surname().key(), b.surname().key()) != NO;
            if (sameSurname && given(ma, mb) == NO) {
                return NO;
            }
        }
        return given + family;
    }

    /**
     * Whether a surname-only form ("Alexeyev", "López Obrador") can refer to the person with the full name: its words
     * are found, in order, among the full name's family words.
     */
    public static double surnameOf(PersonName surnameOnly, PersonName full) {
        if (surnameOnly.isEmpty()) {
            return NO;
        }
        if (full.surnameFirst()) {
            return surnameOnly.parts().size() == 1
                    && surnameOnly.parts().getFirst().letters().equals(full.surname().letters()) ? 0 : NO;
        }
        List<PersonName.Part> family = full.isFull() ? full.family() : full.parts();
        return inOrder(surnameOnly.parts(), family);
    }

    /** The distance between two surname-only forms, or {@link #NO}. */
    public static double surnames(PersonName a, PersonName b) {
        if (a.parts().size() != b.parts().size()) {
            List<PersonName.Part> shorter = a.parts().size() < b.parts().size() ? a.parts() : b.parts();
            List<PersonName.Part> longer = shorter == a.parts() ? b.parts() : a.parts();
            return inOrder(shorter, longer);
        }
        double total = 0;
        for (int i = 0; i < a.parts().size(); i++) {
            double d = word(a.parts().get(i).key(), b.parts().get(i).key());
            if (d == NO) {
                return NO;
            }
            total += d;
        }
        return total;
    }

    /** The distance between two given names, or {@link #NO}. */
    public static double given(PersonName.Part a, PersonName.Part b) {
        if (a.initial() || b.initial()) {
            char ia = a.letters().charAt(0);
            char ib = b.letters().charAt(0);
            return ia == ib || a.key().charAt(0) == b.key().charAt(0) ? 0.75 : NO;
        }
        if (a.key().equals(b.key())) {
            return 0;
        }
        Lexicon lex = Lexicon.shared();
        int ga = lex.givenGroup(a.key());
        if (ga != 0 && ga == lex.givenGroup(b.key())) {
            return 0.25;
        }
        char fa = a.key().charAt(0);
        char fb = b.key().charAt(0);
        if (Math.max(a.key().length(), b.key().length()) <= 5 && fa != fb && Skeleton.vowel(fa) && Skeleton.vowel(fb)) {
            // short given names starting with different vowels are different names (Igor, Yegor), unless listed (Omar, Umar)
            return NO;
        }
        return word(a.key(), b.key());
    }

    private static double family(PersonName a, PersonName b) {
        if (a.surnameFirst() || b.surnameFirst()) {
            // romanised East Asian family names have one spelling each: Zhang and Zheng, Zhou and Zhu are two
            return a.surnameFirst() == b.surnameFirst() && a.surname().letters().equals(b.surname().letters()) ? 0 : NO;
        }
        List<PersonName.Part> fa = a.family();
        List<PersonName.Part> fb = b.family();
        double same = word(a.surname().key(), b.surname().key());
        if (same != NO) {
            return same;
        }
        if (fa.size() == fb.size()) {
            return NO;
        }
        List<PersonName.Part> shorter = fa.size() < fb.size() ? fa : fb;
        List<PersonName.Part> longer = shorter == fa ? fb : fa;
        double d = inOrder(shorter, longer);
        return d == NO ? NO : d + 0.25;
    }

    private static double inOrder(List<PersonName.Part> shorter, List<PersonName.Part> longer) {
        int j = 0;
        double total = 0;
        for (PersonName.Part s : shorter) {
            double best = NO;
            while (j < longer.size() && best == NO) {
                best = word(s.key(), longer.get(j).key());
                j++;
            }
            if (best == NO) {
                return NO;
            }
            total += best;
        }
        return total;
    }

    /** The distance between two word keys within their length's budget, or {@link #NO}. */
    public static double word(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (gendered(a, b)) {
            return NO;
        }
        int len = Math.max(a.length(), b.length());
        double budget = budget(len);
        if (budget == 0 || Math.abs(a.length() - b.length()) * Skeleton.CHEAP > budget) {
            return NO;
        }
        double d = Skeleton.distance(a, b);
        if (d <= budget) {
            return d;
        }
        // Ukrainian h for Russian g, as the only difference: Shmyhal, Shmygal; Hrytsenko, Gritsenko
        return Skeleton.distance(a, b, true) <= Skeleton.CHEAP ? Skeleton.CHEAP : NO;
    }

    /** How far two keys of the longer length may be: 0 up to 3 letters, 0.5 up to 5, 1 up to 11, 1.5 beyond. */
    static double budget(int len) {
        return len <= 3 ? 0 : len <= 5 ? 0.5 : len <= 11 ? 1 : 1.5;
    }

    /**
     * Whether two keys are the masculine and feminine form of one name: stem+a against stem, stem+i or stem+o
     * (Ivanov/Ivanova, Aleksandr/Aleksandra, Mario/Maria), or stem+aia against stem+i (Zelenskaya/Zelenski).
     */
    static boolean gendered(String a, String b) {
        String fem = a.endsWith("a") && !b.endsWith("a") ? a : b.endsWith("a") && !a.endsWith("a") ? b : null;
        if (fem == null) {
            return false;
        }
        String masc = fem == a ? b : a;
        String femStem = fem.endsWith("aia") ? fem.substring(0, fem.length() - 3) : fem.substring(0, fem.length() - 1);
        String mascStem = masc;
        if (masc.endsWith("oi") || masc.endsWith("ii")) {
            mascStem = masc.substring(0, masc.length() - 2);
        } else if (masc.endsWith("i") || masc.endsWith("o")) {
            mascStem = masc.substring(0, masc.length() - 1);
        } else if (Skeleton.vowel(masc.charAt(masc.length() - 1))) {
            return false;
        }
        if (femStem.length() < 2 || mascStem.length() < 2) {
            return false;
        }
        return femStem.equals(mascStem)
                || Skeleton.distance(femStem, mascStem) <= budget(Math.max(femStem.length(), mascStem.length()));
    }
}
