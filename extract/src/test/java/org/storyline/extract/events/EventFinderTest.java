package org.storyline.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.language.Language;
import org.storyline.model.DateBasis;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.PartialDate;

/**
 * The event finder on invented sentences, one pattern each: types and subtypes, roles, places and details, counts
 * with their hedging, statuses, honest dates, facts, and how mentions of one happening become one event.
 */
class EventFinderTest {
    static List<Event> find(String text) {
        return find(text, null);
    }

    static List<Event> find(String text, PartialDate anchor) {
        return EventFinder.english().find("d1", "a1", text, Language.shared().annotate(text, anchor), anchor);
    }

    static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events of type %s in %s", type, describe(events)).hasSize(1);
        return of.getFirst();
    }

    static List<String> participants(Event e, Event.Role role) {
        return e.participants().stream().filter(p -> p.role() == role).map(Event.Participant::text).toList();
    }

    static String describe(List<Event> events) {
        return events.stream().map(e -> e.type().label() + "/" + e.subtype() + " " + e.participants().stream()
                .map(p -> p.role() + ":" + p.text()).collect(Collectors.joining(",")) + " " + e.counts())
                .collect(Collectors.joining("; "));
    }

    static Event.Count count(long value, Event.Qualifier q) {
        return new Event.Count(value, q);
    }

    @Test
    void aShootingHasItsPerpetratorVictimPlaceAndDetail() {
        Event e = only(find("A gunman shot and wounded a senior customs officer in his Riga apartment building on 3 May 2024."),
                EventType.ATTACK);
        assertThat(e.subtype()).isEqualTo("shooting");
        assertThat(participants(e, Event.Role.PERPETRATOR)).containsExactly("gunman");
        assertThat(participants(e, Event.Role.VICTIM)).containsExactly("senior customs officer");
        assertThat(e.location().name()).isEqualTo("Riga");
        assertThat(e.location().detail()).isEqualTo("apartment building");
        assertThat(e.date()).isEqualTo(new Event.EventDate(new PartialDate("2024-05-03"), DateBasis.STATED));
        assertThat(e.status()).isEqualTo(Event.Status.COMPLETED);
    }

    @Test
    void anAssassinationAttemptIsAttemptedAndKeepsTheVictimsCondition() {
        List<Event> events = find("Colonel Marek Nowak was shot in Gdansk in an assassination attempt. "
                + "Nowak was taken to hospital after the shooting and remains in critical condition.");
        Event e = only(events, EventType.ATTACK);
        assertThat(e.status()).isEqualTo(Event.Status.ATTEMPTED);
        assertThat(participants(e, Event.Role.VICTIM)).anyMatch(v -> v.contains("Nowak"));
        assertThat(e.facts()).contains(new Event.Fact("condition", "critical", List.of("d1")));
        assertThat(e.mentions()).extracting(m -> m.text()).contains("shot", "assassination attempt", "shooting");
    }

    @Test
    void aBackgroundCarBombingIsItsOwnEventDatedByItsMonth() {
        List<Event> events = find("Colonel Ivan Petrov was shot on Monday. In March 2019, a car bomb in Kalinovka near Tula killed "
                + "General Oleg Sidorov, the head of the regional police.");
        Event bombing = events.stream().filter(e -> "car_bomb".equals(e.subtype())).findFirst().orElseThrow();
        assertThat(bombing.type()).isEqualTo(EventType.ATTACK);
        assertThat(bombing.date()).isEqualTo(new Event.EventDate(new PartialDate("2019-03"), DateBasis.STATED));
        assertThat(bombing.location().name()).isEqualTo("Kalinovka");
        assertThat(participants(bombing, Event.Role.VICTIM)).anyMatch(v -> v.contains("Sidorov"));
        assertThat(bombing.counts().get("killed")).isEqualTo(count(1, Event.Qualifier.AT_LEAST));
        assertThat(bombing.facts()).contains(new Event.Fact("instrument", "car bomb", List.of("d1")));
        assertThat(events).hasSize(2);
    }

    @Test
    void anExplosiveDeviceMakesABombing() {
        Event e = only(find("Major Pavel Orlov was killed along with his driver by an explosive device hidden in a bicycle."),
                EventType.ATTACK);
        assertThat(e.subtype()).isEqualTo("bombing");
        assertThat(participants(e, Event.Role.VICTIM)).anyMatch(v -> v.contains("Orlov")).contains("his driver");
        assertThat(e.counts().get("killed")).isEqualTo(count(2, Event.Qualifier.AT_LEAST));
    }

    @Test
    void aDroneWaveCountsLaunchedInterceptedAndImpacted() {
        List<Event> events = find("Russia launched 95 drones at Ukraine overnight, the air force said, of which 80 were shot down or "
                + "suppressed. Fifteen drones impacted across nine locations, officials said.");
        Event e = only(events, EventType.STRIKE);
        assertThat(e.subtype()).isEqualTo("drone");
        assertThat(e.counts()).containsEntry("launched", count(95, Event.Qualifier.EXACT))
                .containsEntry("intercepted", count(80, Event.Qualifier.EXACT))
                .containsEntry("impacted", count(15, Event.Qualifier.EXACT));
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("Russia");
        assertThat(e.date().basis()).isEqualTo(DateBasis.UNKNOWN);
    }

    @Test
    void aFollowUpSentenceAddsToTheStrikeBefore() {
        List<Event> events = find("Two people were killed in a missile strike on Lviv, the mayor said. Five more people were injured.");
        Event e = only(events, EventType.STRIKE);
        assertThat(e.subtype()).isEqualTo("missile");
        assertThat(e.location().name()).isEqualTo("Lviv");
        assertThat(e.counts()).containsEntry("killed", count(2, Event.Qualifier.EXACT)).containsEntry("injured", count(5, Event.Qualifier.EXACT));
    }

    @Test
    void countsKeepTheirHedging() {
        Event e = only(find("At least 12 people were killed and about 40 were injured when a bomb exploded at a bus station in Quetta."),
                EventType.ATTACK);
        assertThat(e.counts()).containsEntry("killed", count(12, Event.Qualifier.AT_LEAST)).containsEntry("injured", count(40, Event.Qualifier.ABOUT));
        assertThat(e.subtype()).isEqualTo("bombing");
        assertThat(e.location().name()).isEqualTo("Quetta");
        assertThat(e.location().detail()).isEqualTo("bus station");
    }

    @Test
    void noOneInjuredIsACountOfZero() {
        Event e = only(find("A bomb exploded outside the Ministry of Finance building in Lima; no one was injured."), EventType.ATTACK);
        assertThat(e.counts().get("injured")).isEqualTo(count(0, Event.Qualifier.EXACT));
    }

    @Test
    void aStateThatAttacksACityStrikesIt() {
        Event e = only(find("Russia carried out a massive attack on Zaporizhzhia, using 60 drones and 12 missiles."), EventType.STRIKE);
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("Russia");
        assertThat(e.location().name()).isEqualTo("Zaporizhzhia");
        assertThat(e.facts()).extracting(Event.Fact::field).contains("instrument");
    }

    @Test
    void talksHaveTheirPartiesAndPlace() {
        Event e = only(find("Negotiators from Armenia and Azerbaijan held talks with Turkey in Vienna on 12 June 2023."), EventType.TALKS);
        assertThat(e.location().name()).isEqualTo("Vienna");
        assertThat(participants(e, Event.Role.PARTY)).contains("Turkey");
        assertThat(e.date().value()).isEqualTo(new PartialDate("2023-06-12"));
        assertThat(e.status()).isEqualTo(Event.Status.COMPLETED);
    }

    @Test
    void sanctionsHaveTheirActorTargetAndYear() {
        Event e = only(find("In 2020, the European Union sanctioned the businessman Pavel Ivanov over the bombing of a newspaper."),
                EventType.SANCTION);
        assertThat(participants(e, Event.Role.ACTOR)).contains("European Union");
        assertThat(participants(e, Event.Role.TARGET)).anyMatch(t -> t.contains("Ivanov"));
        assertThat(e.date().value()).isEqualTo(new PartialDate("2020"));
    }

    @Test
    void aPassiveSanctionNamesItsActorAfterBy() {
        Event e = only(find("The general was also sanctioned by the United Kingdom."), EventType.SANCTION);
        assertThat(participants(e, Event.Role.ACTOR)).contains("United Kingdom");
    }

    @Test
    void anAgreedPrisonerExchangeIsPlanned() {
        Event e = only(find("Georgia and Armenia agreed to a prisoner exchange during the negotiations."), EventType.PRISONER_EXCHANGE);
        assertThat(e.status()).isEqualTo(Event.Status.PLANNED);
        assertThat(participants(e, Event.Role.PARTY)).contains("Georgia", "Armenia");
    }

    @Test
    void anArrestHasItsActorTargetAndPlace() {
        Event e = only(find("Police arrested three men in Lyon after a raid on a warehouse."), EventType.ARREST);
        assertThat(participants(e, Event.Role.TARGET)).contains("three men");
        assertThat(e.location().name()).isEqualTo("Lyon");
    }

    @Test
    void aProtestHasItsActorsPlaceAndDate() {
        Event e = only(find("Thousands of farmers protested in Brussels on 3 March 2024."), EventType.PROTEST);
        assertThat(e.location().name()).isEqualTo("Brussels");
        assertThat(e.date().value()).isEqualTo(new PartialDate("2024-03-03"));
    }

    @Test
    void aMutinyDatedByItsModifier() {
        Event e = only(find("The colonel negotiated with the rebels during the August 2021 Zaria mutiny."), EventType.MUTINY);
        assertThat(e.date().value()).isEqualTo(new PartialDate("2021-08"));
    }

    @Test
    void aPoisoningIsAnAttackWithItsVictimAndYear() {
        Event e = only(find("The journalist Anna Berg and her husband were poisoned in Tallinn in 2015."), EventType.ATTACK);
        assertThat(e.subtype()).isEqualTo("poisoning");
        assertThat(participants(e, Event.Role.VICTIM)).anyMatch(v -> v.contains("Anna Berg")).contains("her husband");
        assertThat(e.date()).isEqualTo(new Event.EventDate(new PartialDate("2015"), DateBasis.STATED));
        assertThat(e.location().name()).isEqualTo("Tallinn");
    }

    @Test
    void aKidnappingAnArsonAndAStabbing() {
        assertThat(only(find("Gunmen kidnapped two engineers near Kano on Sunday."), EventType.ATTACK).subtype()).isEqualTo("kidnapping");
        Event arson = only(find("Rioters set fire to a police station in Dakar."), EventType.ATTACK);
        assertThat(arson.subtype()).isEqualTo("arson");
        assertThat(participants(arson, Event.Role.TARGET)).contains("police station");
        assertThat(only(find("A man stabbed a teacher outside a school in Nantes."), EventType.ATTACK).subtype()).isEqualTo("stabbing");
    }

    @Test
    void aPlaneCrashIsADeath() {
        Event e = only(find("The businessman Viktor Lanko was killed in a plane crash near Tver in 2022."), EventType.DEATH);
        assertThat(e.subtype()).isEqualTo("plane_crash");
        assertThat(participants(e, Event.Role.VICTIM)).anyMatch(v -> v.contains("Lanko"));
    }

    @Test
    void mentionsOfOneBombingAreOneEvent() {
        List<Event> events = find("A bomb exploded in a market in Peshawar on 4 May 2023, killing five people. "
                + "The blast also wounded 20 others. Police said the bombing was carried out by a separatist group.");
        Event e = only(events, EventType.ATTACK);
        assertThat(e.counts()).containsEntry("killed", count(5, Event.Qualifier.EXACT)).containsEntry("injured", count(20, Event.Qualifier.EXACT));
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("separatist group");
        assertThat(e.mentions()).extracting(m -> m.text()).contains("exploded", "blast", "bombing");
    }

    @Test
    void attacksOnDifferentPeopleStayApart() {
        List<Event> events = find("In January, Colonel Ivan Markov was shot dead in Omsk. In April, Major Pyotr Belov was shot dead in Omsk.");
        assertThat(events.stream().filter(e -> e.type() == EventType.ATTACK)).hasSize(2);
    }

    @Test
    void anotherAttackIsNotTheOneBefore() {
        List<Event> events = find("A bomb damaged a bank in Medan. Days later, another explosion hit a church nearby.");
        assertThat(events.stream().filter(e -> e.type() == EventType.ATTACK)).hasSize(2);
    }

    @Test
    void relativeDatesNeedTheDispatchDate() {
        String text = "Protesters marched through Tbilisi on Friday.";
        assertThat(only(find(text), EventType.PROTEST).date()).isEqualTo(Event.EventDate.unknown());
    }

    @Test
    void theDispatchDateDatesOnlyItsMainEvent() {
        List<Event> events = find("Gunmen attacked a checkpoint in Mosul, killing three soldiers. "
                + "The police station in Kirkuk was bombed by militants several years ago.", new PartialDate("2024-10-02"));
        Event main = events.getFirst();
        assertThat(main.date()).isEqualTo(new Event.EventDate(new PartialDate("2024-10-02"), DateBasis.DOCUMENT));
        assertThat(events.get(1).date().basis()).isNotEqualTo(DateBasis.DOCUMENT);
    }

    @Test
    void aClaimOfResponsibilityNamesThePerpetrator() {
        List<Event> events = find("A bomb exploded at a bus stop in Mogadishu. The Shabaab militant group claimed responsibility for the attack.");
        Event e = only(events, EventType.ATTACK);
        assertThat(e.facts()).extracting(Event.Fact::field).contains("claimed_by");
        assertThat(participants(e, Event.Role.PERPETRATOR)).isNotEmpty();
    }

    @Test
    void guerrillasAreTheOneArmedOrganisationTheDispatchNames() {
        List<Event> events = find("Urban guerrillas attacked a power tower in San Salvador with dynamite. "
                + "On Friday, the Farabundo Marti National Liberation Front announced a truce.");
        Event e = events.getFirst();
        assertThat(participants(e, Event.Role.PERPETRATOR)).anyMatch(p -> p.contains("Liberation Front"));
    }

    @Test
    void wireTextInCapitals() {
        Event e = only(find("URBAN GUERRILLAS ATTACKED A POWER SUBSTATION IN THE TOWN OF SANTA ROSA WITH DYNAMITE."), EventType.ATTACK);
        assertThat(participants(e, Event.Role.PERPETRATOR)).contains("URBAN GUERRILLAS");
        assertThat(participants(e, Event.Role.TARGET)).contains("POWER SUBSTATION");
        assertThat(e.facts()).contains(new Event.Fact("instrument", "DYNAMITE", List.of("d1")));
        assertThat(e.subtype()).isEqualTo("bombing");
    }

    @Test
    void genericTalkOfAttacksIsNoEvent() {
        assertThat(find("Attacks on officials are rare, analysts say, and assassinations have become a tool of policy.")).isEmpty();
    }

    @Test
    void questionsAreNotEvents() {
        assertThat(find("Who might be behind the attack?")).isEmpty();
    }

    @Test
    void eventsCarryTheirIdsSourcesAndOneOrigin() {
        Event e = only(find("Gunmen kidnapped two engineers near Kano on Sunday."), EventType.ATTACK);
        assertThat(e.id()).startsWith("v").hasSize(17);
        assertThat(e.sources()).containsExactly("d1");
        assertThat(e.origins()).isEqualTo(1);
        assertThat(e.disagreements()).isEmpty();
        Map<String, Long> mentions = e.mentions().stream().collect(Collectors.groupingBy(m -> m.article(), Collectors.counting()));
        assertThat(mentions).containsOnlyKeys("a1");
        assertThat(e.mentions().getFirst().text().toLowerCase(Locale.ROOT)).isEqualTo("kidnapped");
    }
}
