package org.storyline.store;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.storyline.model.EventType;
import org.storyline.model.PartialDate;

/**
 * A search over articles and quotes: words (Lucene query syntax; empty means everything) narrowed by filters, with
 * a sort and a page.
 *
 * @param text         a Lucene query over titles, texts and speakers, or empty for every article and quote
 * @param kind         articles, quotes, or both
 * @param types        only what reports an event of one of these types (empty: any)
 * @param from         only what is dated on or after this bound (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param to           only what is dated on or before this bound (inclusive: 2026-01 ends with January 31), or null
 * @param place        only what reports an event at this place entity id, or null
 * @param country      only what reports an event in this country (ISO 3166-1 alpha-2, upper case), or null
 * @param entity       only what mentions this entity id (a quote: its speaker or its article's entities), or null
 * @param outlet       only what this outlet published (exact name), or null
 * @param disagreement only what reports an event that outlets state differently
 * @param offset       hits to skip, from 0
 * @param limit        hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchRequest(String text, Kind kind, Set<EventType> types, PartialDate from, PartialDate to, String place,
                            String country, String entity, String outlet, boolean disagreement, Sort sort, int offset,
                            int limit) {
    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 20;

    /** What a search looks at. */
    public enum Kind {
        ARTICLE, QUOTE, ANY;

        /** The lower-case name used on the command line and in the API ("article"). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The order of hits: best match first, or newest first (undated last). */
    public enum Sort {
        RELEVANCE, DATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SearchRequest {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(kind, "search kind must not be null (use ANY)");
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        bound(from, "from");
        bound(to, "to");
        if (from != null && to != null && from.value().compareTo(to.value()) > 0
                && !from.value().startsWith(to.value())) {
            throw new IllegalArgumentException("search from must not be after to: from=" + from + ", to=" + to);
        }
        place = blankToNull(place);
        entity = blankToNull(entity);
        outlet = blankToNull(outlet);
        country = blankToNull(country);
        if (country != null) {
            if (!country.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("search country must be an ISO 3166-1 alpha-2 code such as UA: " + country);
            }
            country = country.toUpperCase(Locale.ROOT);
        }
        Objects.requireNonNull(sort, "search sort must not be null (use RELEVANCE)");
        if (offset < 0) {
            throw new IllegalArgumentException("search offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("search limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** Everything, newest first. */
    public static SearchRequest all() {
        return builder().sort(Sort.DATE).build();
    }

    /** Articles and quotes matching a query, best first, the first {@value #DEFAULT_LIMIT}. */
    public static SearchRequest of(String text) {
        return builder().text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this request's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder().text(text).kind(kind).types(types).from(from).to(to).place(place).country(country)
                .entity(entity).outlet(outlet).disagreement(disagreement).sort(sort).offset(offset);
        return b.limit(limit);
    }

    private static void bound(PartialDate d, String name) {
        if (d != null && d.precision() == PartialDate.Precision.TIME) {
            throw new IllegalArgumentException("search " + name + " must be YYYY, YYYY-MM or YYYY-MM-DD: " + d);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds a {@link SearchRequest}; every value is optional (defaults: any kind, relevance, offset 0, limit 20). */
    public static final class Builder {
        private String text = "";
        private Kind kind = Kind.ANY;
        private Set<EventType> types = Set.of();
        private PartialDate from;
        private PartialDate to;
        private String place;
        private String country;
        private String entity;
        private String outlet;
        private boolean disagreement;
        private Sort sort = Sort.RELEVANCE;
        private int offset;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder types(Collection<EventType> types) {
            this.types = types == null ? Set.of() : Set.copyOf(types);
            return this;
        }

        public Builder type(EventType type) {
            EnumSet<EventType> all = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
            all.add(Objects.requireNonNull(type, "search type must not be null"));
            this.types = all;
            return this;
        }

        public Builder from(PartialDate from) {
            this.from = from;
            return this;
        }

        /** A lower bound given as text: YYYY, YYYY-MM or YYYY-MM-DD. */
        public Builder from(String from) {
            this.from = from == null ? null : new PartialDate(from);
            return this;
        }

        public Builder to(PartialDate to) {
            this.to = to;
            return this;
        }

        /** An upper bound given as text: YYYY, YYYY-MM or YYYY-MM-DD. */
        public Builder to(String to) {
            this.to = to == null ? null : new PartialDate(to);
            return this;
        }

        public Builder place(String placeEntityId) {
            this.place = placeEntityId;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder entity(String entityId) {
            this.entity = entityId;
            return this;
        }

        public Builder outlet(String outlet) {
            this.outlet = outlet;
            return this;
        }

        public Builder disagreement(boolean disagreement) {
            this.disagreement = disagreement;
            return this;
        }

        public Builder sort(Sort sort) {
            this.sort = sort;
            return this;
        }

        public Builder offset(int offset) {
            this.offset = offset;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(text, kind, types, from, to, place, country, entity, outlet, disagreement, sort, offset, limit);
        }
    }
}
