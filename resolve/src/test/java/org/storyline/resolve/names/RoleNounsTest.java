package org.storyline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.resolve.names.Docs.doc;
import static org.storyline.resolve.names.Docs.local;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.NameMention;
import org.storyline.model.Span;

/** Role nouns ("the president", "the Brazilian president", "its president") and the person each one refers to. */
class RoleNounsTest {
    private static final String TWO_PRESIDENTS = "Brazilian President [P:Paulo Mendes] and U.S. President "
            + "[P:John Harlan] met in Lisbon on Tuesday. ";

    private static List<String> references(List<LocalEntity> entities, String name) {
        return local(entities, name).references().stream().map(Mention::text).toList();
    }

    @Test
    void aCountryModifierPicksThePersonTiedToThatCountry() {
        List<LocalEntity> e = doc("a1", TWO_PRESIDENTS + "The Brazilian president said the harbour deal was close. "
                + "The U.S. president said nothing. Later the American president was gone.").resolve();
        assertThat(references(e, "Paulo Mendes")).containsExactly("The Brazilian president");
        assertThat(references(e, "John Harlan")).containsExactly("The U.S. president", "the American president");
    }

    @Test
    void aCountryModifierNeverPicksSomeoneTiedToAnotherCountry() {
        List<LocalEntity> e = doc("a1", "U.S. President [P:John Harlan] arrived in Lisbon. "
                + "The Brazilian president was expected on Friday.").resolve();
        assertThat(references(e, "John Harlan")).isEmpty();
    }

    @Test
    void theMostRecentCompatiblePersonWins() {
        List<LocalEntity> e = doc("a1", "Brazilian President [P:Paulo Mendes] opened the summit. Fishing quotas "
                + "were on the table. Prime Minister [P:Ana Souto] of [L:Portugal] spoke next. Then U.S. President "
                + "[P:John Harlan] landed in Lisbon. Delegates waited for hours. The president said the talks would "
                + "go on.").resolve();
        assertThat(references(e, "John Harlan")).containsExactly("The president");
        assertThat(references(e, "Paulo Mendes")).isEmpty();
    }

    @Test
    void twoCandidatesCloseTogetherLeaveABareRoleNounUnresolved() {
        List<LocalEntity> e = doc("a1", TWO_PRESIDENTS + "The president said the harbour deal was close.").resolve();
        assertThat(references(e, "Paulo Mendes")).isEmpty();
        assertThat(references(e, "John Harlan")).isEmpty();
    }

    @Test
    void aNameInsideSomeoneElsesQuotedWordsDoesNotCompete() {
        List<LocalEntity> e = doc("a1", "Brazilian President [P:Paulo Mendes] spoke in Lisbon. "
                + "“We thank President [P:John Harlan] for his patience,” [P:Mendes] said. "
                + "“Fishing is our future,” the president said.").resolve();
        assertThat(references(e, "Paulo Mendes")).containsExactly("the president");
        assertThat(references(e, "John Harlan")).isEmpty();
    }

    @Test
    void aRoleNounLooksOnlyWithinItsOwnDispatch() {
        String first = "U.S. President John Harlan arrived in Lisbon.";
        String second = "The president said the harbour deal was close.";
        Article a1 = new Article("a1", "d1", 0, null, null, null, DateBasis.UNKNOWN, "en", first);
        Article a2 = new Article("a2", "d1", 1, null, null, null, DateBasis.UNKNOWN, "en", second);
        List<LocalEntity> e = DocumentEntities.resolve(List.of(a1, a2), List.of(
                new NameMention("a1", new Span(15, 26), "John Harlan", EntityType.PERSON)));
        assertThat(references(e, "John Harlan")).isEmpty();
    }

    @Test
    void itsPresidentIsThePresidentOfTheCountryJustNamed() {
        List<LocalEntity> e = doc("a1", "Brazilian President [P:Paulo Mendes] stayed home. U.S. President "
                + "[P:John Harlan] flew to Lisbon. Critics blamed [L:Brazil] and its president for the delay.")
                .resolve();
        assertThat(references(e, "Paulo Mendes")).containsExactly("its president");
        assertThat(references(e, "John Harlan")).isEmpty();
    }

    @Test
    void itsPresidentIsThePresidentOfTheOrganisationJustNamed() {
        List<LocalEntity> e = doc("a1", "[P:Jane Okafor], president of [O:Harbour Pilots Union], joined the talks. "
                + "U.S. President [P:John Harlan] flew to Lisbon. The [O:Harbour Pilots Union] and its president "
                + "said they were ready.").resolve();
        assertThat(references(e, "Jane Okafor")).containsExactly("its president");
        assertThat(references(e, "John Harlan")).isEmpty();
    }

    @Test
    void itsPresidentOfANameWithNoKnownPresidentStaysUnresolved() {
        List<LocalEntity> e = doc("a1", "U.S. President [P:John Harlan] flew to Lisbon. [L:Chile] and its "
                + "president said nothing.").resolve();
        assertThat(references(e, "John Harlan")).isEmpty();
    }
}
