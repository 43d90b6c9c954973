package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    private static Optional<PublicationDates.Found> html(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        return PublicationDates.inHtml(doc, url, TODAY);
    }

    private static String date(String html, String url) {
        return html(html, url).map(f -> f.date().value()).orElse(null);
    }

    private static String basis(String html, String url) {
        return html(html, url).map(PublicationDates.Found::basis).orElse(null);
    }

    private static String page(String head, String body) {
        return "<html><head><title>Storm closes the harbour</title>" + head + "</head><body>" + body + "</body></html>";
    }

    // ------------------------------------------------------------------ JSON-LD

    @Test
    void jsonLdGraphGivesTheArticlesDatePublishedWithLocalTime() {
        String ld = """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example"},
                  {"@type":"WebPage","datePublished":"2019-05-01T08:00:00+00:00"},
                  {"@type":"NewsArticle","headline":"Storm","dateModified":"2026-02-07T09:00:00+03:00",
                   "datePublished":"2026-02-06T10:28:00+03:00","author":{"@type":"Person","name":"A"}}]}</script>""";
        String html = page(ld, "<h1>Storm closes the harbour</h1><p>Text.</p>");
        assertThat(date(html, null)).isEqualTo("2026-02-06T10:28");
        assertThat(basis(html, null)).isEqualTo("json-ld");
    }

    @Test
    void jsonLdArrayAndDateCreated() {
        String ld = """
                <script type="application/ld+json">[{"@type":"Organization","name":"X"},
                  {"@type":"BlogPosting","dateCreated":"2020-03-04"}]</script>""";
        assertThat(date(page(ld, "<h1>Storm closes the harbour</h1>"), null)).isEqualTo("2020-03-04");
        assertThat(basis(page(ld, "<h1>Storm closes the harbour</h1>"), null)).isEqualTo("json-ld:dateCreated");
    }

    @Test
    void brokenJsonLdIsStillRead() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + " \"datePublished\": \"2021-07-08\", \"description\": \"unterminated }</script>";
        assertThat(date(page(ld, "<h1>Storm closes the harbour</h1>"), null)).isEqualTo("2021-07-08");
    }

    @Test
    void modifiedDateIsNotTakenWhenThePublicationDateIsStated() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"dateModified\":\"2024-01-02\","
                + "\"datePublished\":\"2023-12-01\"}</script>"
                + "<meta property=\"article:modified_time\" content=\"2024-01-02T10:00:00Z\">";
        assertThat(date(page(ld, "<h1>Storm closes the harbour</h1>"), null)).isEqualTo("2023-12-01");
    }

    @Test
    void modifiedDateIsTheLastResort() {
        String head = "<meta property=\"article:modified_time\" content=\"2024-01-02T10:00:00+01:00\">";
        assertThat(date(page(head, "<h1>Storm closes the harbour</h1><p>No date here.</p>"), null))
                .isEqualTo("2024-01-02T10:00");
    }

    // ------------------------------------------------------------------ meta tags

    @ParameterizedTest
    @CsvSource({
        "property, article:published_time, 2016-12-23T09:15:00+01:00, 2016-12-23T09:15",
        "property, og:pubdate, 2016-12-23, 2016-12-23",
        "name, DC.date.issued, 2016-12-23, 2016-12-23",
        "name, sailthru.date, 2016-12-23 09:15:00, 2016-12-23T09:15",
        "name, parsely-pub-date, 2016-12-23T09:15:00Z, 2016-12-23T09:15",
        "name, citation_publication_date, 2016/12/23, 2016-12-23",
        "name, cXenseParse:recs:publishtime, 2016-12-23T09:15+0100, 2016-12-23T09:15",
        "itemprop, datePublished, 2016-12-23, 2016-12-23",
        "name, pubdate, 20161223, 2016-12-23",
        "name, date, 'Fri, 23 Dec 2016 09:15:00 GMT', 2016-12-23T09:15",
    })
    void metaTags(String attribute, String name, String content, String expected) {
        String head = "<meta " + attribute + "=\"" + name + "\" content=\"" + content + "\">";
        assertThat(date(page(head, "<h1>Storm closes the harbour</h1>"), null)).isEqualTo(expected);
    }

    @Test
    void metaBasisNamesTheTag() {
        String head = "<meta property=\"article:published_time\" content=\"2016-12-23T09:15:00+01:00\">";
        assertThat(basis(page(head, "<h1>Storm closes the harbour</h1>"), null))
                .isEqualTo("meta:article:published_time");
    }

    // ------------------------------------------------------------------ time and dated elements

    @Test
    void timeElementMarkedAsPublication() {
        String body = "<header><time datetime=\"2026-02-10\">Today</time></header><article>"
                + "<h1>Storm closes the harbour</h1><time class=\"updated\" datetime=\"2026-01-20T08:00\">20.01.</time>"
                + "<time pubdate datetime=\"2026-01-19T07:45:00+01:00\"></time><p>Text.</p></article>";
        assertThat(date(page("", body), null)).isEqualTo("2026-01-19T07:45");
        assertThat(basis(page("", body), null)).isEqualTo("time");
    }

    @Test
    void timeElementNearestTheHeadline() {
        String body = "<div class=\"ticker\"><time datetime=\"2025-12-01\">1 Dec</time></div><p>Menu and teaser text"
                + " of some length to keep this away from the headline.</p><h1>Storm closes the harbour</h1>"
                + "<p>By A. Writer <time datetime=\"2026-01-05\">5 January 2026</time></p><p>Text.</p>";
        assertThat(date(page("", body), null)).isEqualTo("2026-01-05");
    }

    @Test
    void timeElementShowsTheLocalDay() {
        String body = "<h1>Storm closes the harbour</h1><time datetime=\"2023-11-09T03:28:00Z\">Nov. 8, 2023, 10:28"
                + " p.m.</time>";
        assertThat(date(page("", body), null)).isEqualTo("2023-11-08T22:28");
    }

    @Test
    void datedElementByClass() {
        String body = "<h1>Storm closes the harbour</h1><div class=\"entry-meta\"><span class=\"posted-on\">Posted on"
                + " <a href=\"#\">December 23, 2016</a></span> by admin</div><p>Text.</p>";
        assertThat(date(page("", body), null)).isEqualTo("2016-12-23");
        assertThat(basis(page("", body), null)).isEqualTo("element");
    }

    @Test
    void elementTitleAttribute() {
        String body = "<h1>Storm closes the harbour</h1><abbr class=\"published\" title=\"2012-05-31T12:00:00+02:00\">"
                + "vor zwei Tagen</abbr>";
        assertThat(date(page("", body), null)).isEqualTo("2012-05-31T12:00");
    }

    @Test
    void datesInCommentsFootersAndUpdatesAreNotThePublicationDate() {
        String body = "<h1>Storm closes the harbour</h1><p>Text without date.</p><div class=\"date\">Aktualisiert am"
                + " 03.04.2020</div><p class=\"byline\">Veröffentlicht am 01.04.2020</p>"
                + "<div id=\"comments\"><div class=\"comment-date\">02.04.2020</div></div>"
                + "<footer>© 2020 Example, Stand 05.04.2020</footer>";
        assertThat(date(page("", body), null)).isEqualTo("2020-04-01");
    }

    // ------------------------------------------------------------------ URL

    @ParameterizedTest
    @CsvSource({
        "https://example.com/2016/12/23/storm-closes-harbour/, 2016-12-23",
        "https://example.com/news/2016-12-23-storm-closes-harbour, 2016-12-23",
        "https://example.com/news/storm-20161223.html, 2016-12-23",
        "https://example.com/meldungen/23-12-2016, 2016-12-23",
        "https://example.com/2016/12/storm-closes-harbour.html, 2016-12",
        "https://web.archive.org/web/20130307194448/http://example.com/2008/05/storm.html, 2008-05",
    })
    void urlForms(String url, String expected) {
        assertThat(date(page("", "<h1>Storm closes the harbour</h1><p>No date.</p>"), url)).isEqualTo(expected);
        assertThat(basis(page("", "<h1>Storm closes the harbour</h1>"), url)).isEqualTo("url");
    }

    @Test
    void urlMonthIsMadePreciseByAConsistentDayInThePage() {
        String body = "<h1>Storm closes the harbour</h1><p>Geschrieben am 31. Mai 2012 von A.</p>";
        assertThat(date(page("", body), "https://example.com/2012/05/storm.html")).isEqualTo("2012-05-31");
    }

    @Test
    void canonicalUrlIsUsedWithoutAUrl() {
        String head = "<link rel=\"canonical\" href=\"https://example.com/2016/12/23/storm/\">";
        assertThat(date(page(head, "<h1>Storm closes the harbour</h1>"), null)).isEqualTo("2016-12-23");
    }

    // ------------------------------------------------------------------ text

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Published Feb 6, 2026 | 2026-02-06",
        "en | February 6th, 2026 at 10:28 am | 2026-02-06T10:28",
        "en | 6 February 2026 | 2026-02-06",
        "en-US | 12/23/2016 | 2016-12-23",
        "en-US | 05/06/2020 | 2020-05-06",
        "en-GB | 05/06/2020 | 2020-06-05",
        "de | 31. Mai 2012, 14:05 Uhr | 2012-05-31T14:05",
        "de | 23.12.2016 | 2016-12-23",
        "de | Mittwoch, 3. März 2021 | 2021-03-03",
        "fr | Publié le 1er mars 2020 à 10h28 | 2020-03-01T10:28",
        "fr | 6 février 2026 | 2026-02-06",
        "es | 6 de febrero de 2026 | 2026-02-06",
        "it | 6 febbraio 2026 | 2026-02-06",
        "ja | 2026年2月6日 | 2026-02-06",
        "de | 2016-12-23 | 2016-12-23",
    })
    void textDates(String lang, String dateline, String expected) {
        String html = "<html lang=\"" + lang + "\"><head><title>Storm closes the harbour</title></head><body>"
                + "<h1>Storm closes the harbour</h1><p>" + dateline + "</p><p>Body text.</p></body></html>";
        assertThat(date(html, null)).isEqualTo(expected);
    }

    @Test
    void textDateNearestAfterTheHeadlineWins() {
        String body = "<p>Heute ist Dienstag, 10.02.2026</p><h1>Storm closes the harbour</h1><p>Von A. Writer,"
                + " 03.02.2026</p><p>Wie schon am 12.01.2026 gemeldet …</p>";
        assertThat(date(page("", body), null)).isEqualTo("2026-02-03");
        assertThat(basis(page("", body), null)).isEqualTo("text");
    }

    @Test
    void implausibleDatesAreRejected() {
        assertThat(date(page("<meta name=\"date\" content=\"1990-01-01\">", "<h1>Storm closes the harbour</h1>"),
                null)).isNull();
        // after tomorrow: not yet published
        assertThat(date(page("<meta property=\"article:published_time\" content=\"2026-02-12\">",
                "<h1>Storm closes the harbour</h1><p>Posted 3 February 2026</p>"), null)).isEqualTo("2026-02-03");
        assertThat(date(page("<meta property=\"article:published_time\" content=\"2026-02-11T23:00\">",
                "<h1>Storm closes the harbour</h1>"), null)).isEqualTo("2026-02-11T23:00");
    }

    @Test
    void utcStampGivesWayToThePagesLocalDay() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-11-09T03:28:00Z\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2023-11-08T22:28:00-05:00\">";
        assertThat(date(page(ld, "<h1>Storm closes the harbour</h1>"), null)).isEqualTo("2023-11-08T22:28");
    }

    @Test
    void nothingFound() {
        assertThat(html(page("", "<h1>Storm closes the harbour</h1><p>Version 1.2.3, 42 ships.</p>"), null))
                .isEmpty();
        assertThat(PublicationDates.inHtml(null, null)).isEmpty();
    }

    @Test
    void deeplyNestedAndBrokenPagesDoNotFail() {
        String deep = "<div>".repeat(5000) + "<h1>Storm closes the harbour</h1><p>23.12.2016</p>"
                + "</div>".repeat(5000);
        assertThat(date(page("", deep), null)).isEqualTo("2016-12-23");
        for (String tag : new String[] {"span", "b", "blockquote", "article", "footer"}) {
            String nested = ("<" + tag + " class=\"date\">").repeat(5000) + "<time>23.12.2016</time>";
            assertThat(html(page("", nested), null)).as(tag).isNotNull();
        }
        String broken = "<script type=\"application/ld+json\">{{{[[[\"datePublished\":</script><time datetime=\"x\">"
                + "<meta name=\"date\" content=\"\u0000\uD800\">";
        assertThat(html(page(broken, "<h1>Storm</h1"), null)).isEmpty();
    }

    // ------------------------------------------------------------------ plain text

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Storm closes the harbour\\nFeb 6, 2026 - 10:28\\nThe storm … | 2026-02-06T10:28",
        "title Storm closes the harbour\\ndate 2026-02-09\\n\\nThe storm … | 2026-02-09",
        "Storm closes the harbour\\nUpdated: Feb 8, 2026\\nPublished: Feb 6, 2026\\nThe storm … | 2026-02-06",
        "Sturm schließt den Hafen\\n06.02.2026, 10:28 Uhr\\nDer Sturm … | 2026-02-06T10:28",
    })
    void textScrapeHeaders(String text, String expected) {
        Optional<PublicationDates.Found> found = PublicationDates.inText(text.replace("\\n", "\n"), TODAY);
        assertThat(found.map(f -> f.date().value())).contains(expected);
    }

    @Test
    void textScrapeWithoutDate() {
        assertThat(PublicationDates.inText("Storm closes the harbour\nNo date at all.", TODAY)).isEmpty();
        assertThat(PublicationDates.inText("Storm\ndate 1980-01-01", TODAY)).isEmpty();
        assertThat(PublicationDates.inText(null)).isEmpty();
    }
}
