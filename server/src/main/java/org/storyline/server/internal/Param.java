package org.storyline.server.internal;

import java.util.List;

/**
 * One query parameter an endpoint accepts, as the OpenAPI document describes it.
 *
 * @param type    string, integer, boolean or date (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param choices the values allowed, empty when any
 */
record Param(String name, String type, String description, List<String> choices) {
    Param {
        choices = List.copyOf(choices);
    }

    static Param string(String name, String description) {
        return new Param(name, "string", description, List.of());
    }

    static Param integer(String name, String description) {
        return new Param(name, "integer", description, List.of());
    }

    static Param bool(String name, String description) {
        return new Param(name, "boolean", description, List.of());
    }

    static Param date(String name, String description) {
        return new Param(name, "date", description, List.of());
    }

    static Param choice(String name, String description, String... choices) {
        return new Param(name, "string", description, List.of(choices));
    }
}
