package org.storyline.server.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.storyline.model.Document;
import org.storyline.model.Entity;

/** A JSON response written with a streaming generator, plus the ids whose labels go into its {@code refs}. */
final class JsonBody {
    static final JsonFactory FACTORY = new JsonFactory();

    /** Writes JSON; IOExceptions are unchecked (the target is memory). */
    interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private final Set<String> entities = new LinkedHashSet<>();
    private final Set<String> documents = new LinkedHashSet<>();

    static byte[] of(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    void entity(String id) {
        if (id != null) {
            entities.add(id);
        }
    }

    void document(String id) {
        if (id != null) {
            documents.add(id);
        }
    }

    /** Writes {@code "refs": {"entities": {...}, "documents": {...}}} for every id noted. */
    void writeRefs(JsonGenerator g, Snapshot s) throws IOException {
        g.writeObjectFieldStart("refs");
        g.writeObjectFieldStart("entities");
        for (String id : entities) {
            Entity e = s.entities.get(id);
            if (e != null) {
                g.writeObjectFieldStart(id);
                g.writeStringField("id", id);
                g.writeStringField("name", e.name());
                g.writeStringField("type", e.type().name());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("documents");
        for (String id : documents) {
            Document d = s.documents.get(id);
            if (d != null) {
                g.writeObjectFieldStart(id);
                g.writeStringField("id", id);
                g.writeStringField("source", d.source());
                g.writeStringField("title", d.title());
                g.writeStringField("outlet", s.outlet(id));
                g.writeStringField("published", d.published() == null ? null : d.published().value());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
