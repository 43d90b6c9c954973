package org.storyline.model;

import java.util.List;
import java.util.Objects;

/** One real person, organisation or place, with every spelling and mention of it. */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions,
                     List<Attribute> attributes, Geo geo) {
    public Entity {
        Checks.id(id, 'e', "entity id");
        Objects.requireNonNull(type, "entity type must not be null");
        Checks.nonBlank(name, "entity name");
        aliases = Checks.list(aliases, "entity aliases");
        mentions = Checks.list(mentions, "entity mentions");
        attributes = Checks.list(attributes, "entity attributes");
    }
}
