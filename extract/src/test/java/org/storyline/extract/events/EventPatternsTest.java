package org.storyline.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.extract.events.EventFinderTest.describe;
import static org.storyline.extract.events.EventFinderTest.find;
import static org.storyline.extract.events.EventFinderTest.only;
import static org.storyline.extract.events.EventFinderTest.participants;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Event;
import org.storyline.model.EventType;

/** More patterns on invented sentences: responsibility and blame, damage, appositions, wire-copy habits. */
class EventPatternsTest {
    @Test
    void whoIsHeldResponsibleOrInvolvedIsThePerpetrator() {
        Event e = only(find("Two soldiers involved in the murder of the judge were arrested. The murder took place in Cali."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("Two soldiers");
        assertThat(participants(e, Event.Role.VICTIM)).contains("judge");
    }

    @Test
    void blameAndClaimsAreFactsWithTheirSources() {
        List<Event> events = find("A car bomb exploded near a police station in Cucuta. Police blamed the Northern Front for the bombing. "
                + "The Red Cell claimed credit for the attack.");
        Event e = only(events, EventType.ATTACK);
        assertThat(e.facts()).contains(new Event.Fact("blamed_on", "Northern Front", List.of("d1")));
        assertThat(e.facts()).extracting(Event.Fact::field).contains("claimed_by");
        assertThat(e.subtype()).isEqualTo("car_bomb");
    }

    @Test
    void whatABombDamagedIsItsTarget() {
        Event e = only(find("A powerful bomb destroyed a pharmacy and damaged two houses in Oruro."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.TARGET)).contains("pharmacy", "two houses");
        assertThat(e.subtype()).isEqualTo("bombing");
    }

    @Test
    void aBombSetOutsideABuildingTargetsIt() {
        Event e = only(find("Terrorists planted a bomb in front of the Ministry of Education building in Quito."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("Terrorists");
        assertThat(e.facts()).contains(new Event.Fact("instrument", "bomb", List.of("d1")));
        assertThat(e.location().name()).isEqualTo("Quito");
    }

    @Test
    void namesInAnAppositionAndAfterDashesAreVictims() {
        Event kidnapping = only(find("The two engineers, Tomas Varga of Prague and Ivo Kral of Brno, were kidnapped near Mosul."), EventType.ATTACK);
        assertThat(participants(kidnapping, Event.Role.VICTIM)).anyMatch(v -> v.contains("Varga")).anyMatch(v -> v.contains("Kral"));
        Event shooting = only(find("Two aid workers -- aged 24 and 31 -- were shot dead by gunmen in Juba."), EventType.ATTACK);
        assertThat(participants(shooting, Event.Role.VICTIM)).contains("Two aid workers");
        assertThat(participants(shooting, Event.Role.PERPETRATOR)).contains("gunmen");
        assertThat(shooting.counts().get("killed")).isEqualTo(new Event.Count(2, Event.Qualifier.EXACT));
    }

    @Test
    void togetherWithAddsAVictim() {
        Event e = only(find("The mayor was abducted together with his secretary in Oaxaca."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.VICTIM)).contains("mayor", "his secretary");
    }

    @Test
    void aPerpetratorOrganisationNamedOnceIsTheGroupsLaterToo() {
        List<Event> events = find("The Red Dawn rebels attacked a convoy near Goma. Two days later the rebels ambushed a bus near Beni.");
        assertThat(events).allSatisfy(e -> assertThat(participants(e, Event.Role.PERPETRATOR)).contains("Red Dawn"));
    }

    @Test
    void carriedOutByNamesThePerpetrator() {
        Event e = only(find("A grenade attack on a bar in Mombasa was carried out by two young men."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("two young men");
        assertThat(participants(e, Event.Role.TARGET)).contains("bar");
    }

    @Test
    void theJudgesMurderHasTheJudgeAsVictim() {
        Event e = only(find("The investigation into the judge's murder in Medellin continues."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.VICTIM)).contains("judge");
        assertThat(participants(e, Event.Role.PERPETRATOR)).isEmpty();
    }

    @Test
    void aMonthIsNoMarchAndAnExchangeOfStrikesIsAStrike() {
        List<Event> events = find("In March 2021, Armenia and Azerbaijan exchanged artillery strikes along the border near Tavush.");
        assertThat(events).as(describe(events)).noneMatch(e -> e.type() == EventType.PROTEST);
        Event e = only(events, EventType.STRIKE);
        assertThat(e.date().value().value()).isEqualTo("2021-03");
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("Armenia", "Azerbaijan");
    }

    @Test
    void aMeetingWithNobodyIsNoTalks() {
        assertThat(find("The president opened a meeting of his cabinet on Monday.")).noneMatch(e -> e.type() == EventType.TALKS);
        assertThat(only(find("The envoy met with the president of Chad in N'Djamena."), EventType.TALKS).location().name()).isEqualTo("N'Djamena");
    }

    @Test
    void weaponsNamedInTheSentenceOfAnAttackAreItsInstruments() {
        Event e = only(find("GUNMEN ARMED WITH RIFLES AND GRENADES ATTACKED THE TOWN HALL OF SAN PEDRO, POLICE SAID."), EventType.ATTACK);
        assertThat(e.facts()).filteredOn(f -> f.field().equals("instrument")).extracting(Event.Fact::value).isNotEmpty();
        assertThat(participants(e, Event.Role.TARGET)).anyMatch(t -> t.contains("TOWN HALL"));
    }
}
