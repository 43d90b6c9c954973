package org.storyline.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.extract.events.EventFinderTest.find;
import static org.storyline.extract.events.EventFinderTest.only;
import static org.storyline.extract.events.EventFinderTest.participants;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Event;
import org.storyline.model.EventType;

/** Habits of translated wire copy in capitals, on invented sentences: editors' brackets, glosses, acronyms. */
class WireCopyPatternsTest {
    private static List<String> all(Event e) {
        return e.participants().stream().map(Event.Participant::text).toList();
    }

    @Test
    void anEditorsMarkIsNoPartOfAParticipant() {
        Event e = only(find("LIMA, 3 MAY 90 -- [TEXT] GUERRILLAS OF THE NATIONAL PEASANT LIBERATION FRONT (FNLC) ATTACKED A POLICE "
                + "STATION IN HUANTA."), EventType.ATTACK);
        assertThat(all(e)).noneMatch(p -> p.contains("[") || p.contains("]") || p.contains("(") || p.contains(")"));
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("GUERRILLAS", "NATIONAL PEASANT LIBERATION FRONT");
        assertThat(participants(e, Event.Role.TARGET)).contains("POLICE STATION");
    }

    @Test
    void aGlossInsideANounPhraseStaysAsWritten() {
        Event e = only(find("TERRORISTS BLEW UP THE ELECTRA [NATIONAL POWER COMPANY] OFFICES IN JAUJA."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.TARGET)).contains("ELECTRA [NATIONAL POWER COMPANY] OFFICES");
    }

    @Test
    void membersOfAnOrganisationActWithIt() {
        Event e = only(find("MEMBERS OF THE NATIONAL PEASANT LIBERATION FRONT ATTACKED A BUS IN HUANTA."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("MEMBERS", "NATIONAL PEASANT LIBERATION FRONT");
        Event victims = only(find("Gunmen kidnapped two members of the Peasant Union in Jauja."), EventType.ATTACK);
        assertThat(participants(victims, Event.Role.VICTIM)).contains("two members of the Peasant Union");
    }

    @Test
    void aGlossBetweenAVerbAndItsAgentIsSkipped() {
        Event e = only(find("THE PRIESTS MURDERED LAST FRIDAY [12 MAY] BY HOODED MEN WERE BURIED IN CUENCA TODAY."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("HOODED MEN");
        assertThat(participants(e, Event.Role.VICTIM)).contains("PRIESTS");
    }

    @Test
    void aTimeAfterANameIsNoPartOfIt() {
        Event e = only(find("GUNMEN KILLED MAYOR FERNANDO ALBERTO RUIZ YESTERDAY IN PASTO."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.VICTIM)).contains("MAYOR FERNANDO ALBERTO RUIZ");
    }

    @Test
    void peopleListedAfterACasualtyAreItsVictims() {
        List<Event> colon = find("A BOMB EXPLODED AT A BUS STATION IN CALI TODAY. THE FOLLOWING PEOPLE WERE INJURED: JUAN CARLOS MEJIA, "
                + "PEDRO ANTONIO SALAS AND MARIA LUISA GOMEZ.");
        assertThat(colon).flatExtracting(e -> participants(e, Event.Role.VICTIM))
                .contains("JUAN CARLOS MEJIA", "PEDRO ANTONIO SALAS", "MARIA LUISA GOMEZ");
        Event among = only(find("A CAR BOMB EXPLODED IN MEDELLIN. AMONG THE DEAD ARE JUAN CARLOS MEJIA AND PEDRO ANTONIO SALAS."),
                EventType.ATTACK);
        assertThat(participants(among, Event.Role.VICTIM)).contains("JUAN CARLOS MEJIA", "PEDRO ANTONIO SALAS");
        assertThat(among.subtype()).isEqualTo("car_bomb");
    }

    @Test
    void aNameInAppositionToAVictimIsAVictim() {
        Event before = only(find("THE POLICE RESCUED MANUEL VALLEJO URIBE, A BUSINESSMAN, WHO WAS KIDNAPPED BY GUERRILLAS."), EventType.ATTACK);
        assertThat(participants(before, Event.Role.VICTIM)).contains("MANUEL VALLEJO URIBE");
        Event after = only(find("GUNMEN SHOT THE OTHER VICTIM, GIOVANNI MADRIGAL, IN MEDELLIN."), EventType.ATTACK);
        assertThat(participants(after, Event.Role.VICTIM)).contains("GIOVANNI MADRIGAL");
    }

    @Test
    void whomTheTextAccusesOrChargesIsBlamed() {
        Event accused = only(find("THE OPPOSITION LEADER ACCUSED THE ARMY OF MURDERING THREE PEASANTS IN SAN VICENTE."), EventType.ATTACK);
        assertThat(accused.facts()).contains(new Event.Fact("blamed_on", "ARMY", List.of("d1")));
        Event charged = only(find("THE ARMED FORCES ARE BEING CHARGED WITH THE MURDER OF TWO JOURNALISTS."), EventType.ATTACK);
        assertThat(charged.facts()).contains(new Event.Fact("blamed_on", "ARMED FORCES", List.of("d1")));
        Event took = only(find("MEMBERS OF THE NATIONAL POLICE PARTICIPATED IN THE MASSACRE OF SIX PEASANTS."), EventType.ATTACK);
        assertThat(participants(took, Event.Role.PERPETRATOR)).contains("MEMBERS OF THE NATIONAL POLICE");
    }

    @Test
    void theWeaponATriggerNamesIsItsInstrument() {
        Event named = only(find("TERRORISTS CARRIED OUT A DYNAMITE ATTACK AGAINST THE OFFICE IN PUNO."), EventType.ATTACK);
        assertThat(named.facts()).contains(new Event.Fact("instrument", "DYNAMITE", List.of("d1")));
        Event thrown = only(find("UNIDENTIFIED INDIVIDUALS THREW THREE DYNAMITE CHARGES AT THE BUILDING."), EventType.ATTACK);
        assertThat(thrown.facts()).contains(new Event.Fact("instrument", "THREE DYNAMITE CHARGES", List.of("d1")));
        assertThat(thrown.subtype()).isEqualTo("bombing");
    }
}
