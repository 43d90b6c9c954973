package org.storyline.language.internal.numbers;

import java.util.List;
import java.util.Objects;
import org.storyline.language.Quantity;
import org.storyline.language.QuantityFinder;

/**
 * Rule-based English quantity finder: the counts a news text states, with their hedging and the noun they count.
 * Pure Java over closed word lists; one pass over the text's tokens, no regular expressions, no models. Thread-safe
 * and stateless: every call works on its own scan.
 *
 * <h2>What is read as a number</h2>
 * <ul>
 *   <li>Digits, with "," (or a no-break or thin space) grouping thousands: "17", "2,600", "2 600". A "." always
 *       starts decimals, as in English: "2.600" is two point six.</li>
 *   <li>Decimals only with a scale word, where they count things: "1.5 million" is 1,500,000, "$1.5bn" is
 *       1,500,000,000, "$43m" is 43,000,000 ("m" only after a currency sign). A decimal without a scale ("2.5",
 *       "2.5%", "50.45") is not reported: the value is a whole number.</li>
 *   <li>Number words up to the trillions: "twenty-two", "one hundred and five", "fifteen hundred", "two million
 *       three hundred thousand", "a hundred", "a dozen" (12), "two dozen" (24), "half a dozen" (6), "half a
 *       million". Literal number words are {@code EXACT}, like the digits they stand for.</li>
 * </ul>
 *
 * <h2>Hedges</h2>
 * The span of a quantity includes its hedge words; the value is always the number the text states, never a number
 * the finder makes up ("more than 2,600" is 2600 {@code AT_LEAST}, not 2601).
 * <ul>
 *   <li>{@code AT_LEAST}: at least, no fewer/less than, not fewer/less than, more than, greater than, over, above,
 *       upwards of, in excess of, a minimum of, exceeding, as few as, and after the number "or more", "100+",
 *       "100-plus".</li>
 *   <li>{@code AT_MOST}: up to, at most, no more than, not more than, fewer than, less than, under, below, as many
 *       as, as much as, a maximum of, and after the number "or fewer", "or less".</li>
 *   <li>{@code ABOUT}: about, around, approximately, roughly, some, nearly, almost, close to, an estimated, circa,
 *       and after the number "or so", "or thereabouts", "20-odd". <em>Design decision:</em> "nearly" and "almost"
 *       are {@code ABOUT}, not {@code AT_MOST}: reporters use them for a round figure close to the truth, and
 *       outlets that say "nearly 500" and "about 500" agree.</li>
 *   <li>Softeners go into the span with the hedge: "just over 100", "well above 40", "a little more than 20".</li>
 *   <li>"over" before a plural time unit is a preposition ("over 24 hours" is 24 hours {@code EXACT}).</li>
 * </ul>
 *
 * <h2>Vague quantities</h2>
 * <em>Design decision:</em> a plural of a unit means at least two of that unit, which is the weakest claim the text
 * makes: "dozens" is 24, "scores of" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000, "hundreds of
 * thousands" 200,000, "millions" 2,000,000, all {@code AT_LEAST}. "several hundred", "a few thousand", "many
 * thousands" and "several dozen" follow the same rule (200, 2,000, 2,000, 24 {@code AT_LEAST}); "a couple of
 * hundred" is 200 {@code ABOUT}. "several", "a few", "many" and "a couple" alone are not numbers. Ranges ("20-30",
 * "20 to 30", "two or three", "between 20 and 30") keep their lower end as {@code AT_LEAST}, or their upper end as
 * {@code AT_MOST} after "up to"; the span covers the whole range.
 *
 * <h2>The counted noun</h2>
 * The head noun of the phrase right after the number, as written; adjectives, names, hyphenated modifiers and noun
 * modifiers are passed over. <em>Design decision:</em> the noun is the head alone, so "2,600 apartment buildings"
 * counts "buildings" and "131 Shahed attack drones" counts "drones": without a tagger, a head is what can be found
 * reliably, and it is what a later stage matches against its lists. A count above one needs a plural head (a word
 * in -s, or one of the irregular and unit nouns: "people", "children", "police", "aircraft", "km"); "one" takes the
 * last noun before a verb or function word ("one senior official was"). A run of two plurals keeps the second
 * ("police officers"). The noun is null when none follows ("17 were injured", "106 were shot down", "17 dead").
 * <ul>
 *   <li>Partitives: "nine of which", "two of them", "four of 20" count with no noun; "four of the drones" counts
 *       "drones".</li>
 *   <li>"of" after a vague plural or a scale is not a partitive: "dozens of people" counts "people".</li>
 *   <li>Percentages are reported with the noun "%", "percent", "pct" or "per cent".</li>
 *   <li>Money is reported in currency units with the currency sign as the noun ("$43 million" is 43,000,000 with
 *       noun "$", inside the span; "US$", "€", "£", "₴", "₽" likewise), or with the currency word that follows
 *       ("43 million dollars").</li>
 * </ul>
 *
 * <h2>"one" and "a"</h2>
 * "a"/"an" is a number only before a scale word ("a hundred", "a dozen"). A bare "one" counts only before a noun
 * ("one person"), before a predicate ("one was killed", "one died"), in a partitive with a noun or a pronoun ("one
 * of the victims" is 1 "victims", "one of them" is 1 with no noun), or after a hedge ("at least one"). It is not a
 * count as a pronoun or in idioms: "no one", "the one", "one another", "one day", "one by one", "one of the most",
 * "one of the first".
 *
 * <h2>Not reported</h2>
 * Years (a bare four-digit number from 1000 to 2100, unless hedged or counting a plural outside a year context:
 * "2,000 people" and "more than 2000" count, "in 2023" and "the 2024 elections" do not), dates ("Feb. 6", "6
 * February"), clock times ("10:28", "10 a.m.", "1400 GMT"), ordinals ("third", "1st"), decades ("1990s"), scores
 * and other number chains ("3-1", "6/2/2026"), phone numbers and identifiers ("+1 202 555 0143", three numbers in a
 * row, eight digits or more), model names and codes ("Su-34", "Kh-101", "TPP-5", "F-16", "G7", "5G"), numbered
 * labels ("Article 5", "No. 10", "Flight 752", "Formula One"), list numbering ("1." or "2)" at a line start),
 * compound adjectives ("28-point plan", "64-year-old", "24 hour period", "one-third"), ages ("Alekseyev, 64,",
 * "aged 64", "64 years old"), negatives and temperatures ("-5", "minus 5", "5°").
 */
public final class EnglishQuantities implements QuantityFinder {
    public static final EnglishQuantities INSTANCE = new EnglishQuantities();

    private EnglishQuantities() {
    }

    @Override
    public List<Quantity> find(String text) {
        Objects.requireNonNull(text, "text to find quantities in must not be null");
        if (text.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new QuantityScan(text).run());
    }
}
