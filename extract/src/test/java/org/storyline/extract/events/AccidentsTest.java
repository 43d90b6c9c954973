package org.storyline.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.extract.events.EventFinderTest.find;
import static org.storyline.extract.events.EventFinderTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Event;
import org.storyline.model.EventType;

/** Fires and explosions nobody is said to have set are accidents (type other); arson and bombs stay attacks. */
class AccidentsTest {
    @Test
    void aFireWithNoAgentIsNoAttack() {
        List<Event> events = find("A fire destroyed a tram depot in Gondomar on Sunday night, killing one worker and injuring three "
                + "firefighters. Firefighters fought the flames for six hours. The cause of the fire is under investigation.");
        assertThat(events).noneMatch(e -> e.type() == EventType.ATTACK || e.type() == EventType.CLASH);
        Event fire = only(events, EventType.OTHER);
        assertThat(fire.subtype()).isEqualTo("fire");
        assertThat(fire.counts().get("killed")).isEqualTo(new Event.Count(1, Event.Qualifier.EXACT));
        assertThat(fire.counts().get("injured")).isEqualTo(new Event.Count(3, Event.Qualifier.EXACT));
        assertThat(fire.location().name()).isEqualTo("Gondomar");
    }

    @Test
    void aBlazeAtANightclubIsAFire() {
        Event e = only(find("A blaze at a nightclub in Bucharest killed 27 people."), EventType.OTHER);
        assertThat(e.subtype()).isEqualTo("fire");
        assertThat(e.location().name()).isEqualTo("Bucharest");
    }

    @Test
    void gasAndIndustrialExplosionsAreNoAttacks() {
        Event gas = only(find("A gas explosion killed four people in an apartment block in Lodz on Monday."), EventType.OTHER);
        assertThat(gas.subtype()).isEqualTo("explosion");
        assertThat(gas.counts().get("killed")).isEqualTo(new Event.Count(4, Event.Qualifier.EXACT));
        assertThat(gas.location().name()).isEqualTo("Lodz");
        Event plant = only(find("A huge explosion tore through a chemical plant in Tianjin, injuring 30 workers."), EventType.OTHER);
        assertThat(plant.subtype()).isEqualTo("explosion");
    }

    @Test
    void bombsStayAttacks() {
        assertThat(only(find("A bomb explosion killed three people in a market in Peshawar."), EventType.ATTACK).subtype()).isEqualTo("bombing");
        assertThat(only(find("A car bomb exploded near a police station in Cucuta, killing two policemen."), EventType.ATTACK).subtype())
                .isEqualTo("car_bomb");
        // an explosion in a dispatch about terror is a bombing, even when the bomb is named in another sentence
        List<Event> events = find("An explosion wrecked a bank in Medellin, injuring two guards. Police said terrorists planted a bomb.");
        assertThat(events).noneMatch(e -> e.type() == EventType.OTHER);
    }

    @Test
    void arsonCuesMakeAFireAnAttack() {
        assertThat(only(find("Arsonists set fire to a mosque in Leeds."), EventType.ATTACK).subtype()).isEqualTo("arson");
        assertThat(only(find("Youths torched three cars in Malmo."), EventType.ATTACK).subtype()).isEqualTo("arson");
        assertThat(only(find("Guerrillas burned a bus in Medellin."), EventType.ATTACK).subtype()).isEqualTo("arson");
        List<Event> events = find("A fire at a warehouse in Lyon killed two night watchmen. Police said the fire was deliberately started.");
        assertThat(events).noneMatch(e -> e.type() == EventType.OTHER);
        assertThat(only(events, EventType.ATTACK).subtype()).isEqualTo("arson");
    }

    @Test
    void gunfireIsNoFire() {
        Event e = only(find("Two soldiers were killed by machinegun fire in Ayacucho."), EventType.ATTACK);
        assertThat(e.type()).isEqualTo(EventType.ATTACK);
        assertThat(find("The watchmen exchanged fire with the terrorists in Lima.")).anyMatch(x -> x.type() == EventType.CLASH);
    }
}
