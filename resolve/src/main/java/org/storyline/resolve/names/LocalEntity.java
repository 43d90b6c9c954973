package org.storyline.resolve.names;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Attribute;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * One person, organisation or other named thing as a single document names it, before documents are joined.
 *
 * @param type       what kind of thing it is
 * @param name       the document's fullest form of the name ("Vladimir Alekseyev", "Main Intelligence Directorate")
 * @param aliases    every other form the document writes, title forms ("Lt. Gen. Vladimir Alexeyev") and
 *                   acronyms ("GRU") included
 * @param mentions   where the document names it, by name
 * @param references where the document refers to it by a description ("the general"), not by name
 * @param attributes dossier facts the document states, each with the articles that state it
 */
public record LocalEntity(EntityType type, String name, List<String> aliases, List<Mention> mentions,
                          List<Mention> references, List<Attribute> attributes) {
    public LocalEntity {
        Objects.requireNonNull(type, "local entity type must not be null");
        Objects.requireNonNull(name, "local entity name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("local entity name must not be blank");
        }
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        references = List.copyOf(references);
        attributes = List.copyOf(attributes);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("local entity " + name + " needs at least one mention");
        }
    }
}
