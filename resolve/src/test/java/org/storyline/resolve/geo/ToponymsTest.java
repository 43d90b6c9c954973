package org.storyline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToponymsTest {

    /** The mention of the first occurrence of {@code name} in {@code text}. */
    private static String mention(String text, String name) {
        int start = text.indexOf(name);
        return Toponyms.mention(text, start, start + name.length());
    }

    @Test
    void aBareNameStaysBare() {
        assertThat(mention("Drones hit Kharkiv overnight.", "Kharkiv")).isEqualTo("Kharkiv");
        assertThat(mention("Kharkiv", "Kharkiv")).isEqualTo("Kharkiv");
        assertThat(mention("in Kharkiv and the Sumy region", "Kharkiv")).isEqualTo("Kharkiv");
        assertThat(mention("Kharkiv, where the mayor spoke, and Sumy regions", "Kharkiv")).isEqualTo("Kharkiv");
    }

    @Test
    void aRegionWordAfterTheNameJoinsIt() {
        assertThat(mention("attacks in the northeastern Kharkiv region over", "Kharkiv")).isEqualTo("Kharkiv region");
        assertThat(mention("In the wider Kyiv oblast, one woman", "Kyiv")).isEqualTo("Kyiv oblast");
        assertThat(mention("In Krasnodar Krai in southern Russia", "Krasnodar")).isEqualTo("Krasnodar Krai");
        assertThat(mention("rain in Washington state today", "Washington")).isEqualTo("Washington state");
        assertThat(mention("at Washington State University", "Washington")).isEqualTo("Washington");
    }

    @Test
    void theRegionWordEndingAListQualifiesEveryItem() {
        String text = "outages in the Chernihiv, Sumy, Kharkiv, Dnipropetrovsk and Odesa regions. All regions";
        assertThat(mention(text, "Chernihiv")).isEqualTo("Chernihiv region");
        assertThat(mention(text, "Sumy")).isEqualTo("Sumy region");
        assertThat(mention(text, "Kharkiv")).isEqualTo("Kharkiv region");
        assertThat(mention(text, "Dnipropetrovsk")).isEqualTo("Dnipropetrovsk region");
        assertThat(mention(text, "Odesa")).isEqualTo("Odesa regions");
        assertThat(mention("in the Bila Tserkva and Kyiv oblasts", "Bila Tserkva")).isEqualTo("Bila Tserkva oblast");
    }

    @Test
    void aHyphenatedTailAndAnApStateJoinTheName() {
        assertThat(mention("fighters entered Rostov-on-Don and", "Rostov")).isEqualTo("Rostov-on-Don");
        assertThat(mention("the march in Selma, Ala. But on", "Selma")).isEqualTo("Selma, Ala.");
        assertThat(mention("a rally in Charlotte, N.C., and", "Charlotte")).isEqualTo("Charlotte, N.C.");
        assertThat(mention("a rally in Charlotte, Nashville and", "Charlotte")).isEqualTo("Charlotte");
        assertThat(mention("the people of upstate New York have", "New York")).isEqualTo("upstate New York");
    }

    @Test
    void aSpanOutsideTheTextFails() {
        assertThatThrownBy(() -> Toponyms.mention("Kyiv", 2, 9)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Toponyms.mention("Kyiv", 3, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
