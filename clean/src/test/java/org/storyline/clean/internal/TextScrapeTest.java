package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Plain-text scrapes invented for each pattern the cleaner must generalise over. */
class TextScrapeTest {
    private static String text(TextScrape.Result r) {
        return r.blocks().stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    private static final String LEAD = "Flood waters rose across the northern valley on Tuesday, forcing hundreds of families to leave their homes before dawn.";
    private static final String BODY1 = "Emergency crews said the river had broken its banks in three places, and that the water was still rising in the afternoon.";
    private static final String BODY2 = "The regional governor told reporters that shelters had been opened in schools and that the army would help with boats.";

    @Test
    void headerGivesTitleAndDateAndAdRunsAndWidgetsAndBiosAreDropped() {
        String page = String.join("\n",
                "Floods Force Hundreds From Their Homes In The North",
                "",
                "Mar 3, 2025 - 09:15",
                " 12  4",
                "Floods Force Hundreds From Their Homes In The North",
                "",
                LEAD,
                "",
                "Smart Savings",
                "Plan Your Dream Holiday",
                "Sun • Sea • Sand",
                "Get Started",
                "Why wait any longer?",
                "Book Now",
                "",
                BODY1,
                "",
                BODY2,
                "",
                "Rate this story",
                "Like Like 3",
                "Sad Sad 1",
                "Angry Angry 0",
                "Maria I am a retired teacher who loves gardening, long walks with my dog and writing about the places I have lived in.");

        TextScrape.Result r = TextScrape.read(page);

        assertThat(r.title()).isEqualTo("Floods Force Hundreds From Their Homes In The North");
        assertThat(r.published()).hasToString("2025-03-03T09:15");
        assertThat(text(r)).startsWith(LEAD).contains(BODY1).endsWith(BODY2)
                .doesNotContain("Book Now").doesNotContain("Sun • Sea").doesNotContain("Like Like")
                .doesNotContain("retired teacher").doesNotContain("12  4").doesNotContain("09:15");
    }

    @Test
    void dateLineCanCarryTheTitleAndAFontWidgetIsNoTitle() {
        TextScrape.Result withTitle = TextScrape.read(" date 2024-11-02 Storm cuts power to thousands, utility says\n" + LEAD);
        assertThat(withTitle.published()).hasToString("2024-11-02");
        assertThat(withTitle.title()).isEqualTo("Storm cuts power to thousands, utility says");

        TextScrape.Result widget = TextScrape.read(" date 2024-11-02 + ↺ − 18 px\n\n" + LEAD + "\n\n" + BODY1);
        assertThat(widget.published()).hasToString("2024-11-02");
        assertThat(widget.title()).isNull();
        assertThat(text(widget)).doesNotContain("px");
    }

    @Test
    void signaturesNameTheOutletButCitedAgenciesDoNot() {
        TextScrape.Result domain = TextScrape.read(LEAD + "\n\n" + BODY1 + "\n\nDaily.Example\n");
        assertThat(domain.outlet()).isEqualTo("Daily.Example");
        assertThat(text(domain)).doesNotContain("Daily.Example");

        TextScrape.Result credit = TextScrape.read(LEAD + "\n" + BODY1
                + "\nCity Radio’s Jane Roe and John Poe contributed to this report.\n");
        assertThat(credit.outlet()).isEqualTo("City Radio");

        TextScrape.Result cited = TextScrape.read("The minister resigned on Monday, Wire Agency reported, citing two officials close to the cabinet.\n" + BODY1);
        assertThat(cited.outlet()).isNull();
    }

    @Test
    void questionHeadingsBetweenParagraphsStay() {
        TextScrape.Result r = TextScrape.read(LEAD + "\n\nWhat happens next?\n\n" + BODY1 + "\n\nWho is in charge?\n\n" + BODY2);
        assertThat(text(r)).contains("What happens next?").contains("Who is in charge?");
    }

    @Test
    void blocksPointBackAtTheirLines() {
        String page = "Title Of The Story Here\n\n  " + LEAD + "  \n\n" + BODY1 + "\n";
        for (Block b : TextScrape.read(page).blocks()) {
            assertThat(page.substring(b.rawStart(), b.rawEnd())).isEqualTo(b.text());
        }
    }

    @Test
    void aPageWithoutProseKeepsItsLinesRatherThanNothing() {
        TextScrape.Result r = TextScrape.read("Short line one\nShort line two\n");
        assertThat(r.blocks()).isNotEmpty();
    }
}
