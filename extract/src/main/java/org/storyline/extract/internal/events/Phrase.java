package org.storyline.extract.internal.events;

import org.storyline.language.Name;
import org.storyline.language.Quantity;

/** What a noun phrase is, for the role rules: its class, name, stated number and text as a participant. */
final class Phrase {
    /** Classes of noun phrases. */
    enum Cls { PERSON, ORG, PLACE, GROUP, HUMAN, PERPETRATOR, WEAPON, FACILITY, PRONOUN, NUMBER, TIME, EVENT, OTHER }

    int chunk;
    int head;
    Cls cls;
    Name name;
    Quantity quantity;
    boolean plural;
    /** A state or its forces ("Russia", "the army"): what strikes rather than attacks. */
    boolean stateLike;
    String text;
    /** The text as the one who acts: "members" of "members of the FMLN", whose organisation acts too. */
    String agentText;
    String weaponSubtype;
    /** "Gilda Flores" of "his companion Gilda Flores": a person's name the name tagger missed, after a title. */
    String personName;
}
