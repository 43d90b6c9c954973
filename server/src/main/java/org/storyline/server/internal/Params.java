package org.storyline.server.internal;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The query parameters of one request, checked against what its endpoint accepts; bad values name themselves. */
final class Params {
    static final int MAX_LIMIT = 500;
    private final Map<String, List<String>> values;

    Params(Context ctx, List<Param> accepted) {
        this.values = ctx.queryParamMap();
        Set<String> known = new LinkedHashSet<>();
        accepted.forEach(p -> known.add(p.name()));
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new ApiException(400, "unknown parameter '" + name + "'"
                        + (known.isEmpty() ? ": this endpoint takes none" : "; this endpoint takes " + String.join(", ", known)), name);
            }
        }
        for (Param p : accepted) {
            List<String> v = values.get(p.name());
            if (v != null && v.size() > 1 && !p.name().equals("type")) {
                throw new ApiException(400, "parameter '" + p.name() + "' is given " + v.size() + " times; give it once", p.name());
            }
            if (v != null && !p.choices().isEmpty()) {
                for (String one : v) {
                    if (!p.choices().contains(one)) {
                        throw new ApiException(400, p.name() + " must be one of " + String.join(", ", p.choices())
                                + ", not '" + one + "'", p.name());
                    }
                }
            }
        }
    }

    /** The value, stripped, or null when absent or blank. */
    String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        String s = v.get(0).strip();
        if (s.length() > 1000) {
            throw new ApiException(400, name + " is too long (" + s.length() + " characters; at most 1000)", name);
        }
        return s;
    }

    String string(String name, String fallback) {
        String s = string(name);
        return s == null ? fallback : s;
    }

    /** Every value of a repeatable parameter, also split at commas. */
    Set<String> strings(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values.getOrDefault(name, List.of())) {
            for (String one : v.split(",")) {
                if (!one.isBlank()) {
                    out.add(one.strip());
                }
            }
        }
        return out;
    }

    int integer(String name, int fallback, int min, int max) {
        String s = string(name);
        if (s == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new ApiException(400, name + " must be a whole number from " + min + " to " + max + ", not '" + s + "'", name);
    }

    boolean bool(String name) {
        String s = string(name);
        if (s == null) {
            return false;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ApiException(400, name + " must be true or false, not '" + s + "'", name);
        };
    }

    DateRange dates() {
        return new DateRange(DateRange.bound("from", string("from"), true), DateRange.bound("to", string("to"), false));
    }

    int offset() {
        return integer("offset", 0, 0, Integer.MAX_VALUE);
    }

    int limit(int fallback) {
        return integer("limit", fallback, 1, MAX_LIMIT);
    }

    /** The ISO alpha-2 country code, upper-cased. */
    String country() {
        String c = string("country");
        if (c != null && !c.matches("[A-Za-z]{2}")) {
            throw new ApiException(400, "country must be a two-letter ISO 3166 code such as UA, not '" + c + "'", "country");
        }
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }
}
