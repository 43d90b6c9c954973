package org.storyline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyline.ingest.Format;
import org.storyline.ingest.Ingest;
import org.storyline.ingest.IngestException;
import org.storyline.ingest.PageSink;
import org.storyline.ingest.RawPage;
import org.storyline.ingest.Received;
import org.storyline.model.PartialDate;

class UnpackerTest {
    private static final String HTML = "<!DOCTYPE html><html><head><title>Strike</title></head>"
            + "<body><p>KYIV - Rescuers searched the rubble on Friday.</p></body></html>";
    private static final String TEXT = "Rescuers search rubble\n\nKYIV - Rescuers searched the rubble on Friday.\n";

    private final Ingest ingest = Ingest.withDefaults();

    /** Collects what the unpacker sends. */
    static final class Sink implements PageSink {
        final List<RawPage> pages = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        @Override
        public void page(RawPage page) {
            pages.add(page);
        }

        @Override
        public void problem(String message) {
            problems.add(message);
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }

        String text(int i) {
            return new String(pages.get(i).bytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private Sink unpack(String source, byte[] bytes, Format expected) throws IngestException {
        Sink sink = new Sink();
        assertThat(ingest.unpack(new Received(source, bytes, null, null), sink)).isEqualTo(expected);
        return sink;
    }

    // ---- single pages ----

    @Test
    void singleHtmlPage() throws IngestException {
        Sink sink = new Sink();
        Format format = ingest.unpack(new Received("https://example.org/a", utf8(HTML), "text/html; charset=utf-8",
                "https://example.org/b"), sink);
        assertThat(format).isEqualTo(Format.HTML);
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("https://example.org/a");
            assertThat(p.url()).isEqualTo("https://example.org/b");
            assertThat(p.format()).isEqualTo(Format.HTML);
            assertThat(p.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(p.bytes()).isEqualTo(utf8(HTML));
            assertThat(p.title()).isNull();
            assertThat(p.published()).isNull();
        });
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void singleTextPage() throws IngestException {
        Sink sink = unpack("news/story.txt", utf8(TEXT), Format.TEXT);
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("news/story.txt");
            assertThat(p.url()).isNull();
            assertThat(p.format()).isEqualTo(Format.TEXT);
        });
        assertThat(sink.text(0)).isEqualTo(TEXT);
    }

    @Test
    void gzippedHtmlWithoutExtensionIsUnpacked() throws IOException, IngestException {
        Sink sink = new Sink();
        Format format = ingest.unpack(new Received("downloads/page", gzip(utf8(HTML)), null, null), sink);
        assertThat(format).isEqualTo(Format.HTML);
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("downloads/page");
            assertThat(p.format()).isEqualTo(Format.HTML);
            assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo(HTML);
        });
    }

    @Test
    void corruptGzipNamesTheSource() throws IOException {
        byte[] good = gzip(utf8(HTML.repeat(20)));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> ingest.unpack(new Received("dl/broken.gz", truncated, null, null), new Sink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("dl/broken.gz: ")
                .hasMessageContaining("gzip")
                .satisfies(e -> assertThat(((IngestException) e).source()).isEqualTo("dl/broken.gz"));

        byte[] garbage = good.clone();
        for (int i = 10; i < garbage.length - 8; i++) {
            garbage[i] = (byte) 0xff;
        }
        assertThatThrownBy(() -> ingest.unpack(new Received("dl/garbage.gz", garbage, null, null), new Sink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("dl/garbage.gz: ");
    }

    @Test
    void gzipInsideGzipIsRejected() throws IOException {
        byte[] twice = gzip(gzip(utf8(HTML)));
        assertThatThrownBy(() -> ingest.unpack(new Received("x.gz.gz", twice, null, null), new Sink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("x.gz.gz: ");
    }

    @Test
    void emptyInputIsRejectedNamingTheSource() {
        assertThatThrownBy(() -> ingest.unpack(new Received("in/empty.html", new byte[0], null, null), new Sink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("in/empty.html: ")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ingest.unpack(new Received("in/blank.txt", utf8(" \n\n \t"), null, null), new Sink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("in/blank.txt: ");
    }

    @Test
    void emptyGzipIsEmpty() throws IOException {
        assertThatThrownBy(() -> ingest.unpack(new Received("in/empty.gz", gzip(new byte[0]), null, null), new Sink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("in/empty.gz: ")
                .hasMessageContaining("empty");
    }

    @Test
    void binaryInputIsRejectedNamingTheSource() {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'x';
        Sink sink = new Sink();
        assertThatThrownBy(() -> ingest.unpack(new Received("in/photo.jpg", bytes, null, null), sink))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("in/photo.jpg: ")
                .hasMessageContaining("binary");
        assertThat(sink.pages).isEmpty();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertThatThrownBy(() -> ingest.unpack(new Received("in/x.html", png, null, null), sink))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("in/x.html: ");
    }

    @Test
    void sizeCapRejectsGzipBomb() throws IOException {
        Ingest small = new Ingest(new Ingest.Limits(1024, Duration.ofSeconds(2), Duration.ZERO, "test"));
        byte[] bomb = gzip(utf8(" ".repeat(2_000_000)));
        assertThat(bomb.length).isLessThan(1024 * 8);
        Sink sink = new Sink();
        assertThatThrownBy(() -> small.unpack(new Received("bomb.gz", bomb, null, null), sink))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("bomb.gz: ")
                .hasMessageContaining("limit");
        assertThat(sink.pages).isEmpty();
    }

    @Test
    void sizeCapAllowsSmallGzip() throws IOException, IngestException {
        Ingest small = new Ingest(new Ingest.Limits(1024, Duration.ofSeconds(2), Duration.ZERO, "test"));
        Sink sink = new Sink();
        assertThat(small.unpack(new Received("ok.gz", gzip(utf8(HTML)), null, null), sink)).isEqualTo(Format.HTML);
        assertThat(sink.pages).hasSize(1);
    }

    // ---- JSONL ----

    @Test
    void jsonlRecordsBrokenLinesAndBadFields() throws IngestException {
        String jsonl = String.join("\n",
                "{\"url\": \"https://example.org/1\", \"title\": \"One\", \"html\": \"<p>First</p>\", \"published\": \"2026-02-06T10:28:00Z\"}",
                "{\"url\": \"https://example.org/2\", \"html\": ",
                "{\"url\": \"https://example.org/3\", \"title\": \"No body\"}",
                "",
                "{\"url\": \"https://example.org/5\", \"text\": \"Plain body\", \"published\": \"last Friday\"}",
                "{\"text\": \"No url\", \"published\": \"2025-12\"}") + "\n";
        Sink sink = unpack("dump.jsonl", utf8(jsonl), Format.JSONL);

        assertThat(sink.pages).hasSize(3);
        RawPage first = sink.pages.get(0);
        assertThat(first.source()).isEqualTo("https://example.org/1");
        assertThat(first.url()).isEqualTo("https://example.org/1");
        assertThat(first.title()).isEqualTo("One");
        assertThat(first.format()).isEqualTo(Format.HTML);
        assertThat(first.contentType()).containsIgnoringCase("text/html").containsIgnoringCase("utf-8");
        assertThat(first.published()).isEqualTo(new PartialDate("2026-02-06T10:28"));
        assertThat(sink.text(0)).isEqualTo("<p>First</p>");

        RawPage fifth = sink.pages.get(1);
        assertThat(fifth.source()).isEqualTo("https://example.org/5");
        assertThat(fifth.format()).isEqualTo(Format.TEXT);
        assertThat(fifth.published()).isNull();
        assertThat(sink.text(1)).isEqualTo("Plain body");

        RawPage sixth = sink.pages.get(2);
        assertThat(sixth.source()).isEqualTo("dump.jsonl#6");
        assertThat(sixth.url()).isNull();
        assertThat(sixth.published()).isEqualTo(new PartialDate("2025-12"));

        assertThat(sink.problems).hasSize(3);
        assertThat(sink.problems.get(0)).startsWith("dump.jsonl: ").contains("line 2").contains("JSON");
        assertThat(sink.problems.get(1)).contains("line 3").contains("html").contains("text");
        assertThat(sink.problems.get(2)).contains("line 5").contains("published").contains("last Friday");
    }

    @Test
    void jsonlPublishedForms() throws IngestException {
        String jsonl = """
                {"url": "u1", "text": "a", "published": "2026-02-06"}
                {"url": "u2", "text": "b", "published": "2026-02-06T10:28:59"}
                {"url": "u3", "text": "c", "published": "2026-02-06 10:28:00"}
                {"url": "u4", "text": "d", "published": "2026-02-06T10:28:00+03:00"}
                {"url": "u5", "text": "e", "published": null}
                """;
        Sink sink = unpack("d.jsonl", utf8(jsonl), Format.JSONL);
        assertThat(sink.pages).extracting(RawPage::published).containsExactly(new PartialDate("2026-02-06"),
                new PartialDate("2026-02-06T10:28"), new PartialDate("2026-02-06"), new PartialDate("2026-02-06T10:28"), null);
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void jsonlWithUtf8BomAndCrlf() throws IngestException {
        byte[] body = utf8("{\"url\": \"https://example.org/1\", \"text\": \"Zürich\"}\r\n{\"url\": \"https://example.org/2\", \"text\": \"Two\"}\r\n");
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Sink sink = unpack("bom.jsonl", bytes, Format.JSONL);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.pages).extracting(RawPage::source).containsExactly("https://example.org/1", "https://example.org/2");
        assertThat(sink.text(0)).isEqualTo("Zürich");
    }

    // ---- feeds ----

    @Test
    void rss2WithContentEncodedDescriptionAndNoContent() throws IngestException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- generated -->
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Example News</title>
                    <link>https://example.org/</link>
                    <description>News</description>
                    <item>
                      <title>Full story</title>
                      <link>https://example.org/full</link>
                      <pubDate>Fri, 06 Feb 2026 10:28:00 GMT</pubDate>
                      <description>Short teaser</description>
                      <content:encoded><![CDATA[<p>KYIV - Rescuers searched the rubble on Friday after a strike.</p><p>More.</p>]]></content:encoded>
                    </item>
                    <item>
                      <title>Teaser only</title>
                      <link>https://example.org/teaser</link>
                      <description>Only a plain description of the story.</description>
                    </item>
                    <item>
                      <title>Nothing</title>
                      <link>https://example.org/nothing</link>
                    </item>
                  </channel>
                </rss>
                """;
        Sink sink = unpack("feeds/news.xml", utf8(rss), Format.FEED);
        assertThat(sink.pages).hasSize(2);

        RawPage full = sink.pages.get(0);
        assertThat(full.source()).isEqualTo("https://example.org/full");
        assertThat(full.url()).isEqualTo("https://example.org/full");
        assertThat(full.title()).isEqualTo("Full story");
        assertThat(full.format()).isEqualTo(Format.HTML);
        assertThat(full.published()).isEqualTo(new PartialDate("2026-02-06T10:28"));
        assertThat(sink.text(0)).contains("Rescuers searched the rubble").doesNotContain("Short teaser");

        RawPage teaser = sink.pages.get(1);
        assertThat(teaser.source()).isEqualTo("https://example.org/teaser");
        assertThat(teaser.format()).isEqualTo(Format.TEXT);
        assertThat(teaser.published()).isNull();
        assertThat(sink.text(1)).isEqualTo("Only a plain description of the story.");

        assertThat(sink.notes).singleElement().asString()
                .startsWith("feeds/news.xml: ")
                .contains("1 feed entry has no content");
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void atomFeedWithHtmlContent() throws IngestException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Example</title>
                  <id>urn:example:feed</id>
                  <updated>2026-02-06T12:00:00Z</updated>
                  <entry>
                    <title>Atom story</title>
                    <id>urn:example:1</id>
                    <link href="https://example.org/atom/1"/>
                    <published>2026-02-06T09:15:30Z</published>
                    <updated>2026-02-06T11:00:00Z</updated>
                    <content type="html">&lt;p&gt;MOSCOW - Officials said on Friday that talks would resume.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Updated only</title>
                    <id>urn:example:2</id>
                    <link href="https://example.org/atom/2"/>
                    <updated>2025-12-31T23:59:00Z</updated>
                    <summary>Summary text only.</summary>
                  </entry>
                </feed>
                """;
        Sink sink = unpack("atom.xml", utf8(atom), Format.FEED);
        assertThat(sink.pages).hasSize(2);
        RawPage first = sink.pages.get(0);
        assertThat(first.source()).isEqualTo("https://example.org/atom/1");
        assertThat(first.title()).isEqualTo("Atom story");
        assertThat(first.format()).isEqualTo(Format.HTML);
        assertThat(first.published()).isEqualTo(new PartialDate("2026-02-06T09:15"));
        assertThat(sink.text(0)).isEqualTo("<p>MOSCOW - Officials said on Friday that talks would resume.</p>");

        RawPage second = sink.pages.get(1);
        assertThat(second.published()).isEqualTo(new PartialDate("2025-12-31T23:59"));
        assertThat(sink.text(1)).isEqualTo("Summary text only.");
        assertThat(sink.notes).isEmpty();
    }

    @Test
    void brokenFeedNamesTheSource() {
        String broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title></channel>";
        assertThatThrownBy(() -> ingest.unpack(new Received("bad.rss", utf8(broken), null, null), new Sink()))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("bad.rss: ")
                .hasMessageContaining("feed");
    }

    // ---- WARC ----

    private static WarcResponse response(String url, int status, String reason, String contentType, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, reason).body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-02-06T10:28:00Z")).body(http).build();
    }

    private static byte[] warc(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            writer.write(response("https://example.org/news/1", 200, "OK", "text/html; charset=utf-8", utf8(HTML)));
            writer.write(response("https://example.org/missing", 404, "Not Found", "text/html", utf8("<html>Not found</html>")));
            writer.write(response("https://example.org/logo.png", 200, "OK", "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}));
        }
        return out.toByteArray();
    }

    private void assertWarcPages(Sink sink) {
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("https://example.org/news/1");
            assertThat(p.url()).isEqualTo("https://example.org/news/1");
            assertThat(p.format()).isEqualTo(Format.HTML);
            assertThat(p.contentType()).containsIgnoringCase("text/html");
            assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).isEqualTo(HTML);
        });
        assertThat(sink.notes).singleElement().asString()
                .startsWith("crawl.warc")
                .contains("2 WARC records skipped");
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void warcKeepsOnlySuccessfulTextualResponses() throws IOException, IngestException {
        byte[] bytes = warc(WarcCompression.NONE);
        Sink sink = new Sink();
        assertThat(ingest.unpack(new Received("crawl.warc", bytes, null, null), sink)).isEqualTo(Format.WARC);
        assertWarcPages(sink);
    }

    @Test
    void gzippedWarcWorksToo() throws IOException, IngestException {
        byte[] bytes = warc(WarcCompression.GZIP);
        assertThat(Sniffer.sniff(bytes)).isEqualTo(Format.GZIP);
        Sink sink = new Sink();
        assertThat(ingest.unpack(new Received("crawl.warc.gz", bytes, null, null), sink)).isEqualTo(Format.WARC);
        assertWarcPages(sink);
    }
}
