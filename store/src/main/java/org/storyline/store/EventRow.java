package org.storyline.store;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.model.Attribute;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Geo;
import org.storyline.model.Mention;

/**
 * One event flattened for tables and maps (ACLED-like): actors on either side, the place with its country and
 * coordinates, the outlets that report it, and a one-sentence note.
 *
 * @param date          the date up to the day, as precise as stated ({@code 2026-02-06}, {@code 2025-12}), or null
 * @param datePrecision day, month or year, or null
 * @param actor1        who acts: perpetrators and actors
 * @param actor2        who or what is acted on or with: victims, targets, parties
 * @param country       the country of the place, by name, or null
 * @param iso           its ISO 3166-1 alpha-2 code, or null
 * @param geoPrecision  what the coordinates stand for: place, region (its seat) or country (its centre), or null
 * @param outlets       the outlets of the reporting documents, each once, in source order
 * @param disagreements the fields outlets state differently
 * @param note          the sentence of the first mention, else a short description
 * @param articles      the articles that mention the event, each once
 */
record EventRow(Event event, String date, String datePrecision, String year, List<String> actor1, List<String> actor2,
                String country, String iso, Geo geo, String geoPrecision, List<String> outlets,
                List<String> disagreements, String note, List<String> articles) {

    private static final int NOTE_LIMIT = 300;
    /** A dispatch's opening dateline: "(LONDON) — ", "KYIV and LONDON — ", "LIMA, Peru — ". */
    private static final java.util.regex.Pattern DATELINE =
            java.util.regex.Pattern.compile("^\\(?\\p{Lu}{2,}[^—–\\n]{0,60}?\\)?\\s*[—–]\\s+");
    private static final Map<String, String> ISO_BY_NAME = isoByName();

    static EventRow of(Event e, EventLookup lookup) {
        String date = e.date().value() == null ? null : e.date().value().value();
        if (date != null && date.length() > 10) {
            date = date.substring(0, 10);
        }
        String precision = date == null ? null : switch (date.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
        List<String> actor1 = new ArrayList<>();
        List<String> actor2 = new ArrayList<>();
        for (Event.Participant p : e.participants()) {
            switch (p.role()) {
                case PERPETRATOR, ACTOR -> addOnce(actor1, p.text());
                case VICTIM, TARGET, PARTY -> addOnce(actor2, p.text());
                case SPEAKER -> { }
            }
        }
        Entity place = e.location() == null || e.location().entity() == null ? null : lookup.entity().apply(e.location().entity());
        Geo geo = place == null ? null : place.geo();
        String country = null;
        String iso = null;
        if (place != null) {
            iso = isoOfGeo(geo);
            country = attribute(place, "country");
            if (country == null && geo != null && geo.id().startsWith("geonames:country:")) {
                country = place.name();
            }
            if (country != null && country.matches("[A-Z]{2}")) {
                iso = iso == null ? country : iso;
                country = Locale.of("", country).getDisplayCountry(Locale.ENGLISH);
            }
            if (iso == null && country != null) {
                iso = ISO_BY_NAME.get(key(country));
            }
        }
        String geoPrecision = geo == null ? null
                : geo.id().startsWith("geonames:country:") ? "country"
                : geo.id().startsWith("geonames:admin1:") ? "region" : "place";
        Set<String> outlets = new LinkedHashSet<>();
        for (String source : e.sources()) {
            Document d = lookup.document().apply(source);
            if (d != null && d.outlet() != null && !d.outlet().isBlank()) {
                outlets.add(d.outlet());
            }
        }
        Set<String> fields = new LinkedHashSet<>();
        e.disagreements().forEach(d -> fields.add(d.field()));
        Set<String> articles = new LinkedHashSet<>();
        e.mentions().forEach(m -> articles.add(m.article()));
        return new EventRow(e, date, precision, date == null ? null : date.substring(0, 4), actor1, actor2, country,
                iso, geo, geoPrecision, List.copyOf(outlets), List.copyOf(fields), note(e, date, lookup),
                List.copyOf(articles));
    }

    /** A number as plain decimal text (no exponent), for coordinates. */
    static String decimal(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static void addOnce(List<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return;
            }
        }
        names.add(name);
    }

    /** The value of an attribute stated by the most sources (the first of equals), or null. */
    private static String attribute(Entity e, String key) {
        Attribute best = null;
        for (Attribute a : e.attributes()) {
            if (a.key().equals(key) && (best == null || a.sources().size() > best.sources().size())) {
                best = a;
            }
        }
        return best == null ? null : best.value();
    }

    /** The country code a gazetteer id carries ({@code geonames:country:RU}, {@code geonames:admin1:RU.48}), or null. */
    private static String isoOfGeo(Geo geo) {
        if (geo == null) {
            return null;
        }
        String id = geo.id();
        for (String prefix : List.of("geonames:country:", "geonames:admin1:")) {
            if (id.startsWith(prefix) && id.length() >= prefix.length() + 2) {
                String code = id.substring(prefix.length(), prefix.length() + 2);
                if (code.matches("[A-Z]{2}")) {
                    return code;
                }
            }
        }
        return null;
    }

    private static String note(Event e, String date, EventLookup lookup) {
        if (!e.mentions().isEmpty()) {
            Mention first = e.mentions().getFirst();
            Article a = lookup.article().apply(first.article());
            if (a != null && first.span().end() <= a.text().length()) {
                String sentence = sentence(a.text(), first.span().start(), first.span().end());
                if (!sentence.isBlank()) {
                    return sentence;
                }
            }
        }
        StringBuilder s = new StringBuilder(e.subtype() == null ? e.type().label() : e.subtype().replace('_', ' ') + " (" + e.type().label() + ")");
        if (e.location() != null) {
            s.append(" in ").append(e.location().name());
        }
        if (date != null) {
            s.append(", ").append(date);
        }
        return s.toString();
    }

    /** The sentence around {@code [start, end)}, whitespace collapsed, cut at {@value #NOTE_LIMIT} characters. */
    static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !boundaryBefore(text, from)) {
            from--;
        }
        int to = Math.max(end, from);
        while (to < text.length() && (to == 0 || !boundaryBefore(text, to))) {
            to++;
        }
        String s = DATELINE.matcher(text.substring(from, to).strip().replaceAll("\\s+", " ")).replaceFirst("");
        if (s.length() > NOTE_LIMIT) {
            int cut = s.lastIndexOf(' ', NOTE_LIMIT - 1);
            s = s.substring(0, cut > NOTE_LIMIT / 2 ? cut : NOTE_LIMIT - 1) + "…";
        }
        return s;
    }

    /** Whether a sentence starts at {@code i}: after a line break, or after . ! ? (and closing quotes) and a space. */
    private static boolean boundaryBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        if (prev == '\n') {
            return true;
        }
        if (!Character.isWhitespace(prev)) {
            return false;
        }
        int p = i - 1;
        while (p > 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        while (p > 0 && "\"'”’)".indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        char c = text.charAt(p);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // "Lt. Gen.", "U.S.", "J. Smith": short capitalised words and dotted initials end no sentence.
        int w = p;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, p);
        return word.isEmpty() || !(word.contains(".") || (word.length() <= 3 && Character.isUpperCase(word.charAt(0))));
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^the ", "").strip();
    }

    private static Map<String, String> isoByName() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            m.put(key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        String[][] aliases = {
            {"United States of America", "US"}, {"USA", "US"}, {"UK", "GB"}, {"Great Britain", "GB"},
            {"Russian Federation", "RU"}, {"Turkey", "TR"}, {"Czech Republic", "CZ"}, {"Ivory Coast", "CI"},
            {"Democratic Republic of the Congo", "CD"}, {"DR Congo", "CD"}, {"Republic of the Congo", "CG"},
            {"Palestine", "PS"}, {"State of Palestine", "PS"}, {"Myanmar", "MM"}, {"Burma", "MM"},
            {"Hong Kong", "HK"}, {"Macao", "MO"}, {"Macau", "MO"}, {"East Timor", "TL"}, {"Swaziland", "SZ"},
            {"Cabo Verde", "CV"}, {"Vatican", "VA"}, {"Holy See", "VA"}, {"Kosovo", "XK"},
            {"Federated States of Micronesia", "FM"}, {"South Korea", "KR"}, {"North Korea", "KP"},
            {"Republic of Korea", "KR"}, {"Iran", "IR"}, {"Syria", "SY"}, {"Laos", "LA"}, {"Vietnam", "VN"},
        };
        for (String[] a : aliases) {
            m.put(key(a[0]), a[1]);
        }
        return Map.copyOf(m);
    }
}
