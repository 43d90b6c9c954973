package org.storyline.model;

/** The kinds of entity the export names: people, organisations, places, groups (nationalities, religions), other. */
public enum EntityType {
    PERSON, ORG, PLACE, GROUP, OTHER
}
