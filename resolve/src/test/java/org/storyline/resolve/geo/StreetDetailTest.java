package org.storyline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreetDetailTest {

    @Test
    void keepsTheStreetAndWhatStandsOnItUnderTheCity() {
        String sentence = "On Feb. 6, in a residential building located on Volokolamskoye Highway in Moscow, an"
                + " unidentified individual fired several shots at a man and fled the scene.";
        assertThat(StreetDetail.find("Moscow", sentence)).contains("residential building on Volokolamskoye Highway");
    }

    @Test
    void aStreetWithNothingNamedBeforeItIsTheDetailAlone() {
        assertThat(StreetDetail.find("Kyiv", "Protesters gathered on Khreshchatyk Street in Kyiv on Sunday."))
                .contains("Khreshchatyk Street");
        assertThat(StreetDetail.find("Kyiv", "Crowds filled Kyiv, marching along the Independence Square"))
                .contains("Independence Square");
        assertThat(StreetDetail.find("Moscow", "A blast hit a cafe at Leninsky Prospekt in Moscow."))
                .contains("cafe at Leninsky Prospekt");
    }

    @Test
    void noStreetNoDetail() {
        assertThat(StreetDetail.find("Moscow", "A gunman shot a general in Moscow on Friday.")).isEmpty();
        assertThat(StreetDetail.find("Moscow", "A blast hit Tverskaya Street in the capital.")).isEmpty();
        assertThat(StreetDetail.find("Moscow", "Traffic on Moscow Avenue was closed.")).isEmpty();
        assertThat(StreetDetail.find("", "on Main Street")).isEmpty();
    }

    @Test
    void aStreetFarFromTheCityIsNotItsDetail() {
        String sentence = "Police closed Baker Street after the alarm, a spokesman said at a long briefing that went"
                + " on for hours and covered many other subjects, before flights to Kyiv resumed.";
        assertThat(StreetDetail.find("Kyiv", sentence)).isEmpty();
    }
}
