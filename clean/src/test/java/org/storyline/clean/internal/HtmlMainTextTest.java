package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Main-text extraction on invented pages, one pattern of clutter or layout each. */
class HtmlMainTextTest {
    private static final String P1 = "The city council voted on Tuesday to expand the tram network, a decision that had been delayed for almost two years by disputes over cost.";
    private static final String P2 = "Opponents said the money would be better spent on buses, while supporters argued that the trams would cut traffic in the centre by a third.";
    private static final String P3 = "Construction is expected to begin next spring and to last until the end of the decade, according to the transport department.";

    private static HtmlMainText.Result extract(String html) {
        return HtmlMainText.extract(Parser.htmlParser().setTrackPosition(true).parseInput(html, "https://news.example/a"));
    }

    @Test
    void articleTextWithoutTheClutterAroundIt() {
        String html = """
                <html><body>
                <header><nav><a href=/>Home</a> <a href=/w>World</a> <a href=/s>Sport</a></nav></header>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <main><article>
                  <h1>Council expands tram network</h1>
                  <div class="share-bar"><a href=#>Share on Facebook</a> <a href=#>Share on X</a></div>
                  <p>%s</p><p>%s</p>
                  <div class="newsletter-signup"><p>Sign up for our morning briefing and never miss a story from the city.</p></div>
                  <p>%s</p>
                  <div class="related-articles"><h3>Related</h3><ul><li><a href=/1>Bus fares to rise in autumn</a></li><li><a href=/2>Bridge closed for repairs</a></li></ul></div>
                </article>
                <section id="comments"><p>Reader: This is a waste of money and everybody in the neighbourhood knows it very well indeed.</p></section>
                </main>
                <footer>Copyright 2025 Example News. All rights reserved. Imprint. Privacy.</footer>
                </body></html>""".formatted(P1, P2, P3);

        String text = extract(html).text();

        assertThat(text).contains(P1).contains(P2).contains(P3)
                .doesNotContain("Home").doesNotContain("cookies").doesNotContain("Share on")
                .doesNotContain("morning briefing").doesNotContain("Bus fares").doesNotContain("waste of money")
                .doesNotContain("Copyright");
    }

    @Test
    void hiddenElementsAndRubyReadingsAreDropped() {
        String html = "<body><article><p>" + P1 + "</p><p style='display: none'>Invisible promotional text that must not appear anywhere.</p>"
                + "<div hidden><p>Also hidden from readers and from us.</p></div><p>"
                + "<ruby>漢<rt>かん</rt></ruby><ruby>字<rt>じ</rt></ruby>の" + P2 + "</p><p>" + P3 + "</p></article></body>";

        String text = extract(html).text();

        assertThat(text).contains(P1).contains("漢字の").doesNotContain("かん").doesNotContain("Invisible").doesNotContain("hidden from");
    }

    @Test
    void contentSpreadOverModulesIsCollectedByItsProse() {
        StringBuilder html = new StringBuilder("<body><div class='page'><div class='teaser-box'><a href=/x>Offers</a></div><div class='modules'>");
        for (String p : new String[] {P1, P2, P3}) {
            html.append("<div class='module'><div class='text'><p>").append(p).append("</p></div></div>");
        }
        html.append("</div></div><div class='links'><a href=/a>About</a> <a href=/b>Contact</a></div></body>");

        String text = extract(html.toString()).text();

        assertThat(text).contains(P1).contains(P2).contains(P3).doesNotContain("About");
    }

    @Test
    void forumPostsKeptInCommentElementsAreNotAllThrownAway() {
        String html = "<body><h2>Cannot reach the app store on mobile data</h2>"
                + "<div class='comment'><div class='comment-text'>" + P1 + "</div></div>"
                + "<div class='comment'><div class='comment-text'>" + P2 + "</div></div></body>";

        assertThat(extract(html).text()).contains(P1).contains(P2);
    }

    @Test
    void softHyphensAndWhitespaceAreNormalised() {
        String html = "<body><article><p>Con\u00ADstruc\u00ADtion&nbsp;is   expected\n to begin " + P3 + "</p><p>" + P1 + "</p></article></body>";

        String text = extract(html).text();

        assertThat(text).contains("Construction is expected to begin").doesNotContain("\u00AD").doesNotContain("  ");
    }

    @Test
    void headingsLeadingIntoTextStayAndHeadingsOverLinksGo() {
        String html = "<body><article><p>" + P1 + "</p><h2>What the plan costs</h2><p>" + P2 + "</p>"
                + "<h3>Read more</h3><ul><li><a href=/1>First other story title</a></li><li><a href=/2>Second other story title</a></li></ul>"
                + "<p>" + P3 + "</p></article></body>";

        String text = extract(html).text();

        assertThat(text).contains("What the plan costs").doesNotContain("Read more").doesNotContain("other story");
    }

    @Test
    void blocksMapBackToTheRawPage() {
        String html = "<html><body><article><p>" + P1 + "</p><p>Caf&eacute; " + P2 + "</p></article></body></html>";
        for (Block b : extract(html).blocks()) {
            assertThat(b.rawStart()).isBetween(0, html.length());
            String raw = html.substring(b.rawStart(), b.rawEnd());
            assertThat(raw).startsWith(b.text().substring(0, 3));
        }
    }
}
