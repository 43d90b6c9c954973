package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    @Test
    void openGraphAndJsonLd() {
        String html = """
                <html lang="de-AT"><head><title>Neue Brücke eröffnet | Stadtzeitung</title>
                <meta property="og:site_name" content="Stadtzeitung">
                <meta property="og:title" content="Neue Brücke eröffnet | Stadtzeitung">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
                  "headline":"Neue Brücke über den Fluss eröffnet","author":[{"@type":"Person","name":"Eva Muster"},{"@type":"Person","name":"Jan Probe"}],
                  "publisher":{"@type":"Organization","name":"Stadtzeitung GmbH"}}]}</script></head><body></body></html>""";

        HtmlMetadata.Found m = HtmlMetadata.read(Jsoup.parse(html), "https://www.stadtzeitung.example/a");

        assertThat(m.title()).isEqualTo("Neue Brücke über den Fluss eröffnet");
        assertThat(m.outlet()).isEqualTo("Stadtzeitung");
        assertThat(m.byline()).isEqualTo("Eva Muster, Jan Probe");
        assertThat(m.language()).isEqualTo("de");
    }

    @Test
    void titleSuffixNamesTheSiteWhenNothingElseDoes() {
        String html = "<html><head><title>Harbour reopens after storm - Coast Herald</title><meta name=author content='By Sam Writer'></head>"
                + "<body><h1>Harbour reopens after storm</h1></body></html>";

        HtmlMetadata.Found m = HtmlMetadata.read(Jsoup.parse(html), null);

        assertThat(m.title()).isEqualTo("Harbour reopens after storm");
        assertThat(m.outlet()).isEqualTo("Coast Herald");
        assertThat(m.byline()).isEqualTo("Sam Writer");
    }

    @Test
    void hostIsTheLastResortForTheOutlet() {
        HtmlMetadata.Found m = HtmlMetadata.read(Jsoup.parse("<html><head></head><body><p>x</p></body></html>"),
                "https://www.local-paper.example/news/1");
        assertThat(m.outlet()).isEqualTo("local-paper.example");
        assertThat(m.title()).isNull();
        assertThat(m.language()).isNull();
    }
}
