package org.storyline.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.extract.quotes.QuoteFinderTest.find;
import static org.storyline.extract.quotes.QuoteFinderTest.quote;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Quote;

/** A speaker written as a role ("the president said") and the person it names, on invented sentences. */
class RoleSpeakersTest {
    @Test
    void aCountryModifierPicksThePersonIntroducedWithIt() {
        List<Quote> quotes = find("Brazilian President Paulo Mendes and U.S. President John Harlan met in Lisbon on "
                + "Tuesday. The Brazilian president said the harbour deal was close. Delegates waited for hours. "
                + "Reporters were kept outside. The U.S. president said the talks would go on.");
        assertThat(quote(quotes, "the harbour deal was close").speakerText()).isEqualTo("Paulo Mendes");
        assertThat(quote(quotes, "the talks would go on").speakerText()).isEqualTo("John Harlan");
    }

    @Test
    void theMostRecentlyMentionedHolderOfTheRoleWins() {
        List<Quote> quotes = find("President Paulo Mendes opened the summit. Fishing quotas were discussed. Delegates "
                + "argued for hours. Later President John Harlan arrived. Reporters waited outside. The president "
                + "said the talks would go on.");
        assertThat(quote(quotes, "the talks would go on").speakerText()).isEqualTo("John Harlan");
    }

    @Test
    void twoHoldersMentionedTogetherLeaveTheRoleAsWritten() {
        String text = "President Paulo Mendes met President John Harlan in Lisbon. The president said the talks had "
                + "been useful.";
        Quote q = quote(find(text), "the talks had been useful");
        assertThat(q.speakerText()).isEqualTo("The president");
        assertThat(q.speakerSpan().of(text)).isEqualTo("The president");
    }

    @Test
    void aNameInsideQuotedWordsDoesNotCompeteWithTheNarrative() {
        List<Quote> quotes = find("Brazilian President Paulo Mendes spoke in Lisbon on Tuesday. “We thank President "
                + "John Harlan for his patience,” Mendes said. “Fishing is our future,” the president said.");
        assertThat(quote(quotes, "Fishing is our future").speakerText()).isEqualTo("Paulo Mendes");
    }
}
