package org.storyline.engine.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;
import org.storyline.resolve.geo.Geocoder;
import org.storyline.resolve.geo.Toponyms;

/**
 * Corrections of the name tagger for places, from the words around a name: "Odesa Gov. Oleh Kiper" and "the Sumy
 * and Odesa regions" name places whatever the tagger said, when the gazetteer knows the name; "Rostov" tagged in
 * "Rostov-on-Don" is the whole hyphenated name.
 */
final class PlaceCues {
    /** Words after a name that make it a place: offices of a place and region words. */
    private static final Pattern AFTER = Pattern.compile(
            "^[\\s,]*(?:Gov\\.|(?:Governor|governor|Mayor|mayor|region|regions|oblast|oblasts|province|provinces|Oblast|Region|Province)\\b)");
    /** Words before a name that make it a place. */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:in|near|outside|from|to)\\s+$");
    private static final Set<String> NOT_PLACES = Set.of("Trump", "Kremlin", "White House", "Pentagon");

    private PlaceCues() {
    }

    /** Whether the words around {@code span} say it names a place the gazetteer knows. */
    static boolean placeByContext(String text, Span span) {
        String name = span.of(text);
        if (NOT_PLACES.contains(name) || name.split("\\s+").length > 3) {
            return false;
        }
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 20));
        String before = text.substring(Math.max(0, span.start() - 12), span.start());
        boolean cue = AFTER.matcher(after).find() || (BEFORE.matcher(before).find() && listOfPlaces(text, span));
        return cue && Geocoder.shared().resolve(name).isPresent();
    }

    /** A name in a list that ends in a region word ("Chernihiv, Sumy and Odesa regions"). */
    private static boolean listOfPlaces(String text, Span span) {
        Matcher m = Pattern.compile("^[\\p{L}\\s,'’-]{0,80}?\\b(?:regions|oblasts|provinces)\\b").matcher(text.substring(span.end()));
        return m.find();
    }

    /** The span continued through a hyphenated tail ("Rostov" in "Rostov-on-Don"). */
    static Span widened(String text, Span span) {
        int e = span.end();
        while (e + 1 < text.length() && text.charAt(e) == '-' && Character.isLetter(text.charAt(e + 1))) {
            e++;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
        }
        return e == span.end() ? span : new Span(span.start(), e);
    }

    /** The name to geocode for a place mention: with the words around it that say which place ("Kharkiv region"). */
    static String toponym(String text, Span span) {
        return Toponyms.mention(text, span.start(), span.end());
    }
}
