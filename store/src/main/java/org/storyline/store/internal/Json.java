package org.storyline.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Quote;
import org.storyline.model.Story;

/** Model records as JSON at rest: records in, records out, through their canonical constructors (which validate). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read back as " + type.getType() + ": " + e.getOriginalMessage(), e);
        }
    }

    static List<Quote> quotes(String json) {
        return read(json, new TypeReference<>() { });
    }

    static List<Event> events(String json) {
        return read(json, new TypeReference<>() { });
    }

    static Entity entity(String json) {
        return read(json, new TypeReference<>() { });
    }

    static Event event(String json) {
        return read(json, new TypeReference<>() { });
    }

    static Quote quote(String json) {
        return read(json, new TypeReference<>() { });
    }

    static Story story(String json) {
        return read(json, new TypeReference<>() { });
    }
}
