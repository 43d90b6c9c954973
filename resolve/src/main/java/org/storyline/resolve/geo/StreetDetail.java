package org.storyline.resolve.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street-level detail of a place mention, kept as text under the city it is in: in "a residential building located
 * on Volokolamskoye Highway in Moscow", the detail of "Moscow" is "residential building on Volokolamskoye Highway".
 * The gazetteer has no streets, so the detail is never geocoded itself; it rides along with its city.
 */
public final class StreetDetail {
    private static final String STREET_TYPES = "Street|St\\.|Highway|Avenue|Ave\\.|Prospekt|Prospect|Square|Road|"
            + "Boulevard|Blvd\\.|Lane|Embankment|Shosse|Ulitsa|Drive|Parkway|Plaza";
    /** "on Volokolamskoye Highway", "at Independence Square", "along Khreshchatyk Street". */
    private static final Pattern STREET = Pattern.compile("\\b(on|at|along|off|near)\\s+((?:the\\s+)?"
            + "(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:" + STREET_TYPES + "))(?![\\p{L}])");
    private static final Set<String> LINKS = Set.of("located", "situated", "standing", "that", "which", "is", "was");
    /** Words that open the noun phrase of what stands on the street ("a residential building"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "his", "her",
            "their", "one");
    /** How far from the place mention, in characters, a street may be to count as its detail. */
    private static final int NEAR = 160;
    private static final int MAX_HEAD_WORDS = 3;

    private StreetDetail() {
    }

    /**
     * The street detail next to a place mention in its sentence.
     *
     * @param placeMention the place as written in the sentence ("Moscow")
     * @param sentence     the sentence the place is mentioned in
     * @return the detail ("residential building on Volokolamskoye Highway", or "Khreshchatyk Street" when no thing
     *         is named before it), empty when the sentence names no street near the place
     */
    public static Optional<String> find(String placeMention, String sentence) {
        Objects.requireNonNull(placeMention, "place mention must not be null");
        Objects.requireNonNull(sentence, "sentence must not be null");
        if (placeMention.isBlank()) {
            return Optional.empty();
        }
        List<Integer> places = new ArrayList<>();
        for (int i = sentence.indexOf(placeMention); i >= 0; i = sentence.indexOf(placeMention, i + 1)) {
            places.add(i);
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = STREET.matcher(sentence);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.group(2).contains(placeMention)) {
                continue;                              // "Moscow Avenue" is a street, not the detail of Moscow
            }
            for (int p : places) {
                int distance = p >= m.end() ? p - m.end() : m.start() >= p + placeMention.length()
                        ? m.start() - p - placeMention.length() : 0;
                if (distance <= NEAR && distance < bestDistance) {
                    bestDistance = distance;
                    best = detail(sentence, m);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String detail(String sentence, Matcher m) {
        String street = m.group(2).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ");
        String[] before = sentence.substring(0, m.start()).trim().split("\\s+");
        // What stands on the street: the lower-case words after a determiner ("a residential building located
        // on"); without a determiner the words are more likely a verb ("protesters gathered on") and are left out.
        List<String> head = new ArrayList<>();
        boolean determined = false;
        for (int i = before.length - 1; i >= 0; i--) {
            String w = before[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (head.isEmpty() && LINKS.contains(lower)) {
                continue;
            }
            if (DETERMINERS.contains(lower)) {
                determined = !head.isEmpty();
                break;
            }
            if (!w.matches("\\p{Ll}[\\p{Ll}-]*") || head.size() == MAX_HEAD_WORDS) {
                break;
            }
            head.add(0, w);
        }
        return determined ? String.join(" ", head) + " " + m.group(1) + " " + street : street;
    }
}
