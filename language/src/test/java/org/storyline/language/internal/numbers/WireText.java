package org.storyline.language.internal.numbers;

import java.util.List;
import java.util.Random;

/**
 * Generated news text in the style of wire reports on strikes and casualties, for the conformance checks and the
 * benchmark: sentences are put together from parts (hedges, numbers in digits and words, counted nouns, dates,
 * times, model names, money) so that every kind of number the finder reads or skips turns up in many contexts.
 * Nothing here is taken from a real article.
 */
final class WireText {
    private static final List<String> HEDGES = List.of("", "", "", "at least ", "more than ", "about ", "up to ",
        "nearly ", "an estimated ", "some ", "no fewer than ", "almost ", "over ", "fewer than ", "roughly ");
    private static final List<String> NUMBERS = List.of("4", "17", "131", "2,600", "twenty-two", "nine", "a dozen",
        "dozens", "hundreds", "one hundred and five", "1.5 million", "40", "500", "thousands", "two", "three");
    private static final List<String> TAILS = List.of("people were killed", "were injured", "drones were launched",
        "of which were shot down", "apartment buildings were damaged", "Shahed drones overnight",
        "civilians, including two children,", "missiles and 40 drones", "were taken to hospital",
        "people have been injured", "homes lost power");
    private static final List<String> PLACES = List.of("Kharkiv", "Kyiv", "Odesa", "Chernihiv", "Dnipro",
        "Zaporizhzhia", "the Moscow region", "Bryansk");
    private static final List<String> NOISE = List.of(
        "The attack began at 10:28 on Feb. 6, 2026, officials said.",
        "Su-34 bombers and Kh-101 missiles were used, along with F-16 jets and TPP-5 drones.",
        "Alekseyev, 64, was taken to hospital in 2023.",
        "The 28-point plan was discussed over a 24 hour period.",
        "Inflation reached 17% and the budget is $43 million.",
        "Call +1 202 555 0143 for details.",
        "It was the third such attack since 1998; the 1st brigade responded.",
        "No one was hurt in the one-off strike, one of the most serious in months.",
        "The score was 3-1 after 90 minutes.");

    private WireText() {
    }

    /** One sentence with a count in it. */
    static String sentence(Random random) {
        String hedge = pick(random, HEDGES);
        String number = pick(random, NUMBERS);
        String tail = pick(random, TAILS);
        String place = pick(random, PLACES);
        String head = hedge + number;
        head = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        return switch (random.nextInt(4)) {
            case 0 -> head + " " + tail + " in " + place + ", the governor said.";
            case 1 -> "Officials in " + place + " said " + hedge + number + " " + tail + " on Friday.";
            case 2 -> "Russia launched " + hedge + number + " drones into Ukraine overnight, of which "
                + pick(random, NUMBERS) + " were shot down or suppressed.";
            default -> pick(random, NOISE);
        };
    }

    /** A text of about {@code chars} characters: paragraphs of generated sentences. */
    static String article(Random random, int chars) {
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            int sentences = 1 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                b.append(sentence(random)).append(' ');
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    /** Random UTF-16 text, lone surrogates included, with digits, letters and separators mixed in often. */
    static String randomUnicode(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        String common = "0123456789,.-–:/%$€+ \n\u00A0\u202Fa'’ofthemoreleastabout";
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(10);
            if (r < 5) {
                b.append(common.charAt(random.nextInt(common.length())));
            } else if (r < 9) {
                b.append((char) random.nextInt(Character.MAX_VALUE + 1));
            } else {
                b.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return b.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
