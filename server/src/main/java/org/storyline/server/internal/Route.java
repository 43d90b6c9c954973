package org.storyline.server.internal;

import io.javalin.http.Context;
import java.util.List;

/**
 * One endpoint: how it is reached, what it accepts, and what answers it; the OpenAPI document is made from these.
 *
 * @param token whether the ingest token is required
 */
record Route(String method, String path, String summary, List<Param> params, boolean token, String answer,
             Handling handling) {
    Route {
        params = List.copyOf(params);
    }

    /** Answers one request whose parameters were checked. */
    @FunctionalInterface
    interface Handling {
        void handle(Context ctx, Params params) throws Exception;
    }

    /** Path parameters, in order: "{id}" in "/api/stories/{id}". */
    List<String> pathParams() {
        return java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }
}
