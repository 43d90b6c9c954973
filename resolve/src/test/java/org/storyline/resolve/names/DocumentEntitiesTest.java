package org.storyline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.resolve.names.Docs.doc;
import static org.storyline.resolve.names.Docs.local;
import static org.storyline.resolve.names.Docs.values;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.NameMention;
import org.storyline.model.Span;

/** Within-document resolution on invented documents, one pattern at a time. */
class DocumentEntitiesTest {
    @Test
    void fullNameSurnameAndTitleFormAreOnePerson() {
        List<LocalEntity> e = doc("a1", "Lt. Gen. [P:Vladimir Alexeyev] was shot on Friday. [P:Alekseyev] survived. "
                + "Investigators said [P:Alexeyev] had been followed.").resolve();
        assertThat(e).hasSize(1);
        LocalEntity v = e.getFirst();
        assertThat(v.name()).isEqualTo("Vladimir Alexeyev");
        assertThat(v.aliases()).contains("Lt. Gen. Vladimir Alexeyev", "Alekseyev", "Alexeyev");
        assertThat(v.mentions()).hasSize(3);
        assertThat(values(v.attributes(), "title")).containsExactly("Lieutenant General");
    }

    @Test
    void surnameAttachesToTheOnlyFullNameWithIt() {
        List<LocalEntity> e = doc("a1", "[P:Sergey Lavrov] met [P:Dmitry Peskov]. [P:Lavrov] spoke first, then "
                + "[P:Peskov] answered.").resolve();
        assertThat(e).hasSize(2);
        assertThat(local(e, "Sergey Lavrov").aliases()).containsExactly("Lavrov");
        assertThat(local(e, "Dmitry Peskov").aliases()).containsExactly("Peskov");
    }

    @Test
    void sameFirstNameDifferentSurnameAreTwoPeople() {
        List<LocalEntity> e = doc("a1", "[P:Vladimir Putin] praised [P:Vladimir Alekseyev]. [P:Putin] spoke.").resolve();
        assertThat(e).hasSize(2);
        assertThat(local(e, "Vladimir Putin").mentions()).hasSize(2);
    }

    @Test
    void surnameSharedByTwoPeopleGoesToTheMostRecent() {
        List<LocalEntity> e = doc("a1", "[P:Sergei Ivanov] arrived. [P:Ivanov] sat down. Later [P:Viktor Ivanov] "
                + "arrived, and [P:Ivanov] spoke.").resolve();
        assertThat(e).hasSize(2);
        assertThat(local(e, "Sergei Ivanov").mentions()).extracting(Mention::text).containsExactly("Sergei Ivanov", "Ivanov");
        assertThat(local(e, "Viktor Ivanov").mentions()).extracting(Mention::text).containsExactly("Viktor Ivanov", "Ivanov");
    }

    @Test
    void genderedSurnameIsAnotherPerson() {
        List<LocalEntity> e = doc("a1", "[P:Alexei Navalny] and his wife [P:Yulia Navalnaya] arrived. "
                + "[P:Navalnaya] spoke.").resolve();
        assertThat(e).hasSize(2);
        assertThat(local(e, "Yulia Navalnaya").aliases()).containsExactly("Navalnaya");
    }

    @Test
    void acronymDefinedInTheTextJoinsItsLongForm() {
        List<LocalEntity> e = doc("a1", "He is deputy head of Russia's [O:Main Intelligence Directorate] (GRU). "
                + "The [O:GRU] declined to comment, and GRU officers were not seen.").resolve();
        LocalEntity gru = local(e, "GRU");
        assertThat(gru.type()).isEqualTo(EntityType.ORG);
        assertThat(gru.name()).isEqualTo("Main Intelligence Directorate");
        // the acronym in its own definition is a mention too
        assertThat(gru.mentions()).extracting(Mention::text)
                .containsExactly("Main Intelligence Directorate", "GRU", "GRU", "GRU");
    }

    @Test
    void acronymMatchingItsInitialsIsDefinedEvenWhenNotTagged() {
        List<LocalEntity> e = doc("a1", "Ukraine's [O:State Emergency Service] (SES) said two died. The SES "
                + "said rescuers were at work.").resolve();
        LocalEntity ses = local(e, "SES");
        assertThat(ses.mentions()).extracting(Mention::text).containsExactly("State Emergency Service", "SES", "SES");
    }

    @Test
    void parenthesisedCodeAfterAPlaceOrSingleWordIsNoAcronym() {
        List<LocalEntity> e = doc("a1", "[O:Reuters] (UK) reported it. [L:Moscow] (AP) was quiet.").resolve();
        assertThat(e).allSatisfy(x -> assertThat(x.aliases()).doesNotContain("UK", "AP"));
    }

    @Test
    void possessiveAndLeadingTheAreTrimmed() {
        List<LocalEntity> e = doc("a1", "[P:Vladimir Putin’s] spokesman said [O:the Kremlin's] view had not changed. "
                + "[O:Kremlin] officials agreed.").resolve();
        LocalEntity putin = local(e, "Vladimir Putin");
        assertThat(putin.mentions().getFirst().text()).isEqualTo("Vladimir Putin");
        LocalEntity kremlin = local(e, "Kremlin");
        assertThat(kremlin.mentions()).extracting(Mention::text).containsExactly("Kremlin", "Kremlin");
    }

    @Test
    void organisationSuffixesAndShortFormsJoin() {
        List<LocalEntity> e = doc("a1", "[O:Gazprom PJSC] said exports fell. [O:Gazprom] blamed the weather. The "
                + "[O:Investigative Committee of Russia] opened a case; the [O:Investigative Committee] said more.").resolve();
        assertThat(local(e, "Gazprom PJSC").aliases()).containsExactly("Gazprom");
        assertThat(local(e, "Investigative Committee").name()).isEqualTo("Investigative Committee of Russia");
    }

    @Test
    void premodifierGivesRoleNationalityAndTitleForm() {
        LocalEntity lavrov = local(doc("a1", "Russian Foreign Minister [P:Sergey Lavrov] called it terrorism.").resolve(),
                "Sergey Lavrov");
        assertThat(values(lavrov.attributes(), "role")).containsExactly("Foreign Minister");
        assertThat(values(lavrov.attributes(), "nationality")).containsExactly("Russian");
        assertThat(lavrov.aliases()).containsExactly("Foreign Minister Sergey Lavrov");
        assertThat(lavrov.attributes().getFirst().sources()).containsExactly("a1");

        LocalEntity peskov = local(doc("a2", "Kremlin spokesman [P:Dmitry Peskov] said so.").resolve(), "Dmitry Peskov");
        assertThat(values(peskov.attributes(), "role")).containsExactly("Kremlin spokesman");
        assertThat(peskov.aliases()).isEmpty();

        LocalEntity kiper = local(doc("a3", "Odesa Gov. [P:Oleh Kiper] said one person died.").resolve(), "Oleh Kiper");
        assertThat(values(kiper.attributes(), "role")).containsExactly("Odesa Governor");
        assertThat(kiper.aliases()).containsExactly("Gov. Oleh Kiper");
    }

    @Test
    void lowerCaseNounBeforeANameIsNoRole() {
        LocalEntity n = local(doc("a1", "They used the nerve agent [P:Novichok] in Salisbury.").resolve(), "Novichok");
        assertThat(n.attributes()).isEmpty();
    }

    @Test
    void appositionGivesAgeRoleTitleAndNationality() {
        List<LocalEntity> e = doc("a1", "Lieutenant General [P:Vladimir Alekseyev], a deputy head of Russia’s "
                + "military intelligence arm, was taken to hospital. [P:Alekseyev], 64, is a respected officer.").resolve();
        LocalEntity v = local(e, "Vladimir Alekseyev");
        assertThat(values(v.attributes(), "role")).containsExactly("deputy head of Russia’s military intelligence arm");
        assertThat(values(v.attributes(), "title")).containsExactly("Lieutenant General");
        assertThat(values(v.attributes(), "nationality")).containsExactly("Russian");
        assertThat(values(v.attributes(), "age")).containsExactly("64");
        assertThat(v.aliases()).contains("Lieutenant General Vladimir Alekseyev");
    }

    @Test
    void appositionWithRankAndPostAndInnerCommas() {
        List<LocalEntity> e = doc("a1", "The attack targeted [P:Vladimir Alekseyev], a lieutenant general and deputy "
                + "head of Russia’s [O:Main Intelligence Directorate] (GRU), and has drawn scrutiny. Earlier, "
                + "Lieutenant General [P:Igor Kirillov], head of Russia’s radiation, chemical, and biological "
                + "protection troops, was killed. Lt. Gen. [P:Fanil Sarvarov], who was head of the [O:Operational "
                + "Training Directorate], was killed too.").resolve();
        LocalEntity v = local(e, "Vladimir Alekseyev");
        assertThat(values(v.attributes(), "title")).containsExactly("Lieutenant General");
        assertThat(values(v.attributes(), "role"))
                .containsExactly("deputy head of Russia’s Main Intelligence Directorate (GRU)");
        assertThat(values(local(e, "Igor Kirillov").attributes(), "role"))
                .containsExactly("head of Russia’s radiation, chemical, and biological protection troops");
        assertThat(values(local(e, "Fanil Sarvarov").attributes(), "role"))
                .containsExactly("head of the Operational Training Directorate");
        assertThat(values(local(e, "Fanil Sarvarov").attributes(), "affiliation"))
                .containsExactly("Operational Training Directorate");
        assertThat(values(v.attributes(), "affiliation")).containsExactly("Main Intelligence Directorate");
    }

    @Test
    void listOfNamesIsNoApposition() {
        List<LocalEntity> e = doc("a1", "[P:Joe Simonetti], [P:Dragana Jovanovic] and [P:Anna Sergeeva] contributed "
                + "to this report.").resolve();
        assertThat(e).hasSize(3).allSatisfy(x -> assertThat(x.attributes()).isEmpty());
    }

    @Test
    void awardGoesToTheHonouredNotTheAgent() {
        List<LocalEntity> e = doc("a1", "[P:Alekseyev] was honored by Russian President [P:Vladimir Putin] with the "
                + "“Hero of Russia” award. Later [P:Ivan Petrov] was awarded the title Hero of Labour.").resolve();
        assertThat(values(local(e, "Alekseyev").attributes(), "award")).containsExactly("Hero of Russia");
        assertThat(values(local(e, "Vladimir Putin").attributes(), "award")).isEmpty();
        assertThat(values(local(e, "Vladimir Putin").attributes(), "role")).containsExactly("President");
        assertThat(values(local(e, "Ivan Petrov").attributes(), "award")).containsExactly("Hero of Labour");
    }

    @Test
    void sanctionsWithWhoAndWhenThroughPronounsAndDescriptions() {
        List<LocalEntity> e = doc("a1", "Lieutenant General [P:Vladimir Alekseyev] was wounded. "
                + "His name has also appeared repeatedly in Western sanctions regimes. "
                + "The [L:United States] sanctioned him in 2016 over alleged cyber activities. "
                + "In 2019, the [O:European Union] added him to its sanctions list. "
                + "[P:Alekseyev] was also sanctioned by the [O:European Union] after [P:Sergei Skripal] was poisoned in 2018. "
                + "The [L:United States] has sanctioned the [G:Russian] general for his role in cyberattacks.").resolve();
        LocalEntity v = local(e, "Vladimir Alekseyev");
        assertThat(values(v.attributes(), "sanction")).containsExactlyInAnyOrder("Western", "United States, 2016",
                "European Union, 2019", "European Union", "United States");
        assertThat(values(local(e, "Sergei Skripal").attributes(), "sanction")).isEmpty();
        assertThat(v.references()).extracting(Mention::text).containsExactly("the Russian general");
    }

    @Test
    void servedAsGivesARole() {
        LocalEntity v = local(doc("a1", "[P:Vladimir Alekseyev] is a senior officer. Since 2011, he has served as "
                + "deputy head of the [O:GRU], the agency responsible for military intelligence.").resolve(),
                "Vladimir Alekseyev");
        assertThat(values(v.attributes(), "role")).containsExactly("deputy head of the GRU");
        assertThat(values(v.attributes(), "affiliation")).containsExactly("GRU");
    }

    @Test
    void descriptionJoinsTheLatestPersonItFits() {
        List<LocalEntity> e = doc("a1", "Lt. Gen. [P:Vladimir Alexeyev] was shot. Kremlin spokesperson "
                + "[P:Dmitry Peskov] said: “We wish the general a speedy recovery.” The general public was shocked.")
                .resolve();
        LocalEntity v = local(e, "Vladimir Alexeyev");
        assertThat(v.references()).extracting(Mention::text).containsExactly("the general");
        assertThat(local(e, "Dmitry Peskov").references()).isEmpty();
    }

    @Test
    void mentionsAcrossDispatchesOfOneDocumentJoinAndKeepTheirArticles() {
        Article first = new Article("a1", "d1", 0, null, null, null, DateBasis.UNKNOWN, "en", "Sergey Lavrov spoke.");
        Article second = new Article("a2", "d1", 1, null, null, null, DateBasis.UNKNOWN, "en", "Later Lavrov left.");
        List<LocalEntity> e = DocumentEntities.resolve(List.of(first, second), List.of(
                new NameMention("a1", new Span(0, 13), "Sergey Lavrov", EntityType.PERSON),
                new NameMention("a2", new Span(6, 12), "Lavrov", EntityType.PERSON)));
        assertThat(e).hasSize(1);
        assertThat(e.getFirst().mentions()).extracting(Mention::article).containsExactly("a1", "a2");
    }

    @Test
    void badMentionsFailFastNamingTheValue() {
        Article a = new Article("a1", "d1", 0, null, null, null, DateBasis.UNKNOWN, "en", "Short.");
        assertThatThrownBy(() -> DocumentEntities.resolve(List.of(a),
                List.of(new NameMention("a9", new Span(0, 5), "Short", EntityType.PERSON))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a9");
        assertThatThrownBy(() -> DocumentEntities.resolve(List.of(a),
                List.of(new NameMention("a1", new Span(0, 50), "Short", EntityType.PERSON))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0,50)");
    }

    @Test
    void emptyAndOddInputsGiveNoEntities() {
        Article a = new Article("a1", "d1", 0, null, null, null, DateBasis.UNKNOWN, "en", "’s — …");
        assertThat(DocumentEntities.resolve(List.of(a), List.of())).isEmpty();
        assertThat(DocumentEntities.resolve(List.of(a), List.of(
                new NameMention("a1", new Span(0, 2), "’s", EntityType.PERSON),
                new NameMention("a1", new Span(3, 4), "—", EntityType.ORG)))).isEmpty();
    }
}
