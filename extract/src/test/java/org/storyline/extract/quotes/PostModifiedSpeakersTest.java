package org.storyline.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.extract.quotes.QuoteFinderTest.find;
import static org.storyline.extract.quotes.QuoteFinderTest.quote;

import org.junit.jupiter.api.Test;
import org.storyline.model.Quote;

/**
 * A speaker with a post-modifier ("officials close to the negotiations said"): the speaker is the head noun phrase
 * with its modifier, never the object inside the modifier. Invented sentences, one pattern a test.
 */
class PostModifiedSpeakersTest {
    private static String speaker(String text, String quoted) {
        Quote q = quote(find(text), quoted);
        assertThat(q.speakerSpan().of(text)).as("speaker span is its text").isNotBlank();
        return q.speakerText();
    }

    @Test
    void familiarWith() {
        assertThat(speaker("Moldovans familiar with the talks said the ferry deal was close.", "the ferry deal"))
                .isEqualTo("Moldovans familiar with the talks");
    }

    @Test
    void closeTo() {
        assertThat(speaker("Officials close to the negotiations said the harbour would reopen in May.",
                "the harbour would reopen")).isEqualTo("Officials close to the negotiations");
    }

    @Test
    void aSourceFamiliarWithTheMatterTold() {
        assertThat(speaker("A source familiar with the matter told reporters that the dam had cracked.",
                "the dam had cracked")).isEqualTo("A source familiar with the matter");
    }

    @Test
    void involvedIn() {
        assertThat(speaker("Diplomats involved in the discussions said a ceasefire was within reach.",
                "a ceasefire was within reach")).isEqualTo("Diplomats involved in the discussions");
    }

    @Test
    void briefedOn() {
        assertThat(speaker("People briefed on the plan said the bridge would be closed for a year.",
                "the bridge would be closed")).isEqualTo("People briefed on the plan");
    }

    @Test
    void awareOf() {
        assertThat(speaker("Two engineers aware of the inspection said the cables were rusted.",
                "the cables were rusted")).isEqualTo("Two engineers aware of the inspection");
    }

    @Test
    void withKnowledgeOf() {
        assertThat(speaker("Officials with knowledge of the investigation said the fire was set deliberately.",
                "the fire was set deliberately")).isEqualTo("Officials with knowledge of the investigation");
    }

    @Test
    void residentsOf() {
        assertThat(speaker("Residents of the village said the river had burst its banks overnight.",
                "the river had burst its banks")).isEqualTo("Residents of the village");
    }

    @Test
    void aSpokesmanFor() {
        assertThat(speaker("A spokesman for the ministry said the trains would run on Sunday.",
                "the trains would run")).isEqualTo("A spokesman for the ministry");
    }

    @Test
    void aSpokesmanForANamedOrganisationKeepsTheWholePhrase() {
        assertThat(speaker("A spokeswoman for the World Health Organization said the vaccine stocks were low.",
                "the vaccine stocks were low")).isEqualTo("A spokeswoman for the World Health Organization");
    }

    @Test
    void workersAt() {
        assertThat(speaker("Workers at the plant said the furnace had been shut down.",
                "the furnace had been shut down")).isEqualTo("Workers at the plant");
    }

    @Test
    void postModifiedSpeakerAfterAQuotation() {
        String text = "“The water came in through the floor,” residents of the village said.";
        assertThat(speaker(text, "The water came in")).isEqualTo("residents of the village");
    }

    @Test
    void postModifiedSpeakerInverted() {
        String text = "“The talks are stuck,” said officials close to the negotiations.";
        assertThat(speaker(text, "The talks are stuck")).isEqualTo("officials close to the negotiations");
    }

    @Test
    void aRoleForTheSpeakerAfterTheVerb() {
        String text = "“The trains will run on Sunday,” said a spokesman for the ministry.";
        assertThat(speaker(text, "The trains will run")).isEqualTo("a spokesman for the ministry");
    }

    @Test
    void aPersonInThePostModifierIsNotTheSpeaker() {
        String text = "Mayor Tomas Brandt opened the bridge. An aide to Mayor Tomas Brandt said the tolls would stay.";
        assertThat(speaker(text, "the tolls would stay")).isEqualTo("An aide to Mayor Tomas Brandt");
        String other = "A spokeswoman for Senator Ilse Marten said the vote was delayed.";
        assertThat(speaker(other, "the vote was delayed")).isEqualTo("A spokeswoman for Senator Ilse Marten");
    }

    @Test
    void aFrontedPhraseWithItsOwnObjectLeavesTheSubjectAlone() {
        String text = "On Monday the ministry said the roads were open.";
        assertThat(speaker(text, "the roads were open")).isEqualTo("the ministry");
    }
}
