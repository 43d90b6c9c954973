package org.storyline.model;

import java.util.Locale;

/** The coarse kinds of event of the export contract. */
public enum EventType {
    ATTACK, STRIKE, CLASH, PROTEST, ARREST, TALKS, AGREEMENT, SANCTION, PRISONER_EXCHANGE, DEATH, MUTINY, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
