package org.storyline.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.Attribute;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.store.Store;

/**
 * What the corpus pass says about each article, as the search index files it: the types, places and countries of
 * the events it reports, the entities it mentions, its story, whether outlets disagree on one of its events; plus
 * the corpus quotes by article and the labels of entity ids and country codes.
 */
final class CorpusFields {
    static final CorpusFields EMPTY = of(Store.Corpus.EMPTY);

    /** The corpus fields of one article (empty sets and no story when the corpus does not know it). */
    record OfArticle(Set<String> types, Set<String> places, Set<String> countries, Set<String> entities, String story,
                     boolean disagreement) {
        static final OfArticle NONE = new OfArticle(Set.of(), Set.of(), Set.of(), Set.of(), null, false);
    }

    private final Map<String, OfArticle> byArticle;
    private final Set<String> known;
    private final Map<String, List<Quote>> quotesByArticle;
    private final Map<String, Quote> quotes;
    private final Map<String, String> entityNames;
    private final Map<String, String> countryNames;

    private CorpusFields(Map<String, OfArticle> byArticle, Set<String> known, Map<String, List<Quote>> quotesByArticle,
                         Map<String, Quote> quotes, Map<String, String> entityNames, Map<String, String> countryNames) {
        this.byArticle = byArticle;
        this.known = known;
        this.quotesByArticle = quotesByArticle;
        this.quotes = quotes;
        this.entityNames = entityNames;
        this.countryNames = countryNames;
    }

    static CorpusFields of(Store.Corpus corpus) {
        Map<String, String> entityNames = new HashMap<>();
        Map<String, String> countryOfPlace = new HashMap<>();
        Map<String, String> countryNames = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Set<String>> entities = new HashMap<>();
        for (Entity e : corpus.entities()) {
            entityNames.put(e.id(), e.name());
            for (Mention m : e.mentions()) {
                entities.computeIfAbsent(m.article(), k -> new TreeSet<>()).add(e.id());
            }
            if (e.type() == EntityType.PLACE) {
                String code = countryCode(e);
                if (code != null) {
                    countryOfPlace.put(e.id(), code);
                    e.attributes().stream().filter(a -> a.key().equals("country_name")).findFirst()
                            .ifPresent(a -> countryNames.putIfAbsent(code, a.value()));
                }
            }
        }
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, Set<String>> places = new HashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        Set<String> disagreements = new HashSet<>();
        for (Event v : corpus.events()) {
            String place = v.location() == null ? null : v.location().entity();
            String country = place == null ? null : countryOfPlace.get(place);
            for (String article : v.mentions().stream().map(Mention::article).distinct().toList()) {
                types.computeIfAbsent(article, k -> new TreeSet<>()).add(v.type().label());
                if (place != null) {
                    places.computeIfAbsent(article, k -> new TreeSet<>()).add(place);
                }
                if (country != null) {
                    countries.computeIfAbsent(article, k -> new TreeSet<>()).add(country);
                }
                if (!v.disagreements().isEmpty()) {
                    disagreements.add(article);
                }
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : corpus.stories()) {
            s.articles().forEach(a -> storyOf.putIfAbsent(a, s.id()));
        }
        Map<String, List<Quote>> quotesByArticle = new HashMap<>();
        Map<String, Quote> quotes = new HashMap<>();
        for (Quote q : corpus.quotes()) {
            quotesByArticle.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
            quotes.put(q.id(), q);
        }
        Set<String> known = new HashSet<>(storyOf.keySet());
        known.addAll(entities.keySet());
        known.addAll(types.keySet());
        known.addAll(quotesByArticle.keySet());
        Map<String, OfArticle> byArticle = new HashMap<>();
        for (String a : known) {
            byArticle.put(a, new OfArticle(types.getOrDefault(a, Set.of()), places.getOrDefault(a, Set.of()),
                    countries.getOrDefault(a, Set.of()), entities.getOrDefault(a, Set.of()), storyOf.get(a),
                    disagreements.contains(a)));
        }
        return new CorpusFields(byArticle, known, quotesByArticle, quotes, entityNames, countryNames);
    }

    /** The ISO code of a place's country: its {@code country} attribute when that is a two-letter code. */
    private static String countryCode(Entity place) {
        for (Attribute a : place.attributes()) {
            if (a.key().equals("country") && a.value().matches("[A-Z]{2}")) {
                return a.value();
            }
        }
        if (place.geo() != null && place.geo().id().matches("geonames:country:[A-Z]{2}")) {
            return place.geo().id().substring("geonames:country:".length());
        }
        return null;
    }

    /** Whether the corpus pass saw this article (then its fields, even empty, are the corpus's word). */
    boolean knows(String article) {
        return known.contains(article);
    }

    OfArticle of(String article) {
        return byArticle.getOrDefault(article, OfArticle.NONE);
    }

    List<Quote> quotesOf(String article) {
        return quotesByArticle.getOrDefault(article, List.of());
    }

    /** A quote as the corpus knows it (with its speaker resolved), else as given. */
    Quote resolved(Quote q) {
        return quotes.getOrDefault(q.id(), q);
    }

    /** What to show for a facet value: an entity's name, a country's name, a month as "Feb 2026", else the value. */
    String label(String dim, String value) {
        return switch (dim) {
            case "entity" -> entityNames.getOrDefault(value, value);
            case "country" -> countryNames.computeIfAbsent(value,
                    v -> java.util.Locale.of("", v).getDisplayCountry(java.util.Locale.ENGLISH));
            case "month" -> monthLabel(value);
            default -> value;
        };
    }

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec");

    /** "2026-02" as "Feb 2026" (English abbreviations, as news writes them); anything else as it is. */
    static String monthLabel(String yearMonth) {
        if (yearMonth.matches("\\d{4}-\\d{2}")) {
            int month = Integer.parseInt(yearMonth.substring(5));
            if (month >= 1 && month <= 12) {
                return MONTHS.get(month - 1) + " " + yearMonth.substring(0, 4);
            }
        }
        return yearMonth;
    }
}
