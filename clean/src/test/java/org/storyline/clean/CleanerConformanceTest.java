package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.clean.internal.Block;
import org.storyline.clean.internal.HtmlMainText;
import org.storyline.clean.internal.TextScrape;
import org.storyline.model.Page;

/**
 * The conformance base of the clean stage, in the spirit of Lucene's {@code BaseTokenStreamTestCase}: properties
 * every page must keep, checked over generated HTML pages and plain-text scrapes and over hostile input. The
 * generators ({@link Generate}) and checks ({@link #assertConforms}, {@link #assertOffsetsMapBack}) are
 * package-visible so that other tests of the stage (fuzzing) reuse them.
 *
 * <p>Inputs come from a seeded {@link Random}; every failure names the seed and the case, and
 * {@code -Dstoryline.seed=N} replays a run with another seed.
 */
class CleanerConformanceTest {
    static final long SEED = Long.getLong("storyline.seed", 0x5702_11AEL);
    static final int PAGES = 150;
    /** Real pages of the shared web set whose offsets are checked. */
    static final int REAL_PAGES = 100;

    final Cleaner cleaner = new Cleaner();

    // ---- (a) no exception on hostile input ---------------------------------------------------------------------

    @Test
    void randomUnicodeIsCleanedWithoutException() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            String text = Generate.randomUnicode(random, random.nextInt(2_000), true);
            String what = "random unicode #" + i + " (seed " + SEED + ")";
            assertConforms(cleaner, html(text), what + " as HTML");
            assertConforms(cleaner, text(text), what + " as TEXT");
        }
    }

    /**
     * The clean text of random well-formed Unicode as plain text holds only the input's characters. Lone
     * surrogates are left out here: dropping a character between a lone high and a lone low surrogate pairs them
     * into a code point the input did not hold, which no decoded page can show (decoders never emit lone
     * surrogates).
     */
    @Test
    void randomUnicodeAsTextKeepsTheInputCharacters() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            String text = Generate.randomUnicode(random, random.nextInt(2_000), false);
            String what = "random well-formed unicode #" + i + " (seed " + SEED + ")";
            assertTextKeepsInputCharacters(text, assertConforms(cleaner, text(text), what), what);
        }
    }

    @Test
    void emptyAndWhitespaceOnlyPagesGiveNoText() {
        for (String text : List.of("", " ", "\n\n\n", " \t\r\n\u00A0\u2003\u3000\u00AD\u200B\uFEFF ")) {
            for (Page page : List.of(html(text), text(text))) {
                Cleaned cleaned = assertConforms(cleaner, page, "blank page " + escape(text) + " as " + page.format());
                assertThat(cleaned.dispatches()).allSatisfy(d -> assertThat(d.text()).isBlank());
                assertThat(cleaned.warnings()).as("blank page as %s", page.format()).contains("no main text found on the page");
            }
        }
    }

    @Test
    void aSingleHugeLineIsCleaned() {
        Random random = new Random(SEED);
        StringBuilder line = new StringBuilder(2 << 20);
        while (line.length() < 2 << 20) {
            line.append(Generate.sentence(random)).append(' ');
        }
        String text = line.toString();
        assertThat(text(assertConforms(cleaner, text(text), "2 MB line as TEXT", false))).hasSizeGreaterThan(1 << 20);
        assertConforms(cleaner, html(text), "2 MB line as HTML", false);
        assertConforms(cleaner, html("<p>" + text + "</p>"), "2 MB paragraph as HTML", false);
    }

    @Test
    void deeplyNestedHtmlIsCleaned() {
        int depth = 5_000;
        String words = "The minister said on Friday that the talks would go on for as long as they were needed.";
        List<String> failures = new ArrayList<>();
        for (String tag : List.of("div", "span", "blockquote", "li", "b")) {
            String page = ("<" + tag + ">").repeat(depth) + words + ("</" + tag + ">").repeat(depth);
            try {
                Cleaned cleaned = assertConforms(cleaner, html(page), depth + " nested <" + tag + ">");
                assertThat(text(cleaned)).as("%d nested <%s>", depth, tag).contains("talks would go on");
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        StringBuilder mixed = new StringBuilder();
        String[] tags = {"div", "section", "p", "ul", "li", "table", "td", "a", "em"};
        Random random = new Random(SEED);
        for (int i = 0; i < depth; i++) {
            mixed.append('<').append(tags[random.nextInt(tags.length)]).append('>').append(i % 100 == 0 ? words : "");
        }
        try {
            assertConforms(cleaner, html(mixed.toString()), depth + " mixed unclosed nested tags (seed " + SEED + ")");
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
        assertThat(failures).as("deeply nested pages that failed").isEmpty();
    }

    @Test
    void unclosedAndBrokenMarkupIsCleaned() {
        List<String> broken = List.of(
                "<div><p>Text of a paragraph<b>bold<i>italic<a href=x>link",
                "<p", "<", "</", "<!--", "<!-- never closed <p>hidden</p>", "<script>var a = '<p>';", "<style>p {",
                "<html><body><p>One<p>Two<table><tr><td>Cell<div>Block</table>",
                "<a href=\"unterminated>Link text</a> and then more text",
                "<p title='x>y'>quoted > in attribute</p>", "<![CDATA[ data ]]>", "<?xml version='1.0'?><p>xml</p>",
                "<b><i>misnested</b></i> formatting <u><s>again</u></s>",
                "&", "&amp", "&#", "&#x;", "&#1114112;", "&#xD800;", "&unknownentity;", "&&&&;;;;",
                "<p>\u0000 nul and \uFFFF non-characters \uDC00 lone low \uD800 lone high</p>",
                "<table>fostered text<tr>row text</tr></table>",
                "<frameset><frame src=x></frameset>text after frameset",
                "<svg><p>inside svg</p></svg><math><mi>x</mi></math>",
                "<template><p>template</p></template><noscript><p>noscript</p></noscript>",
                "</p></div></body></html></html>");
        for (String page : broken) {
            assertConforms(cleaner, html(page), "broken HTML " + escape(page));
            assertConforms(cleaner, text(page), "broken HTML as TEXT " + escape(page));
        }
    }

    @Test
    void preformattedTextHasNoSoftHyphenNorNewlineRun() {
        for (String page : List.of("<pre>pre\u00ADformatted</pre>", "<pre>pre&shy;formatted</pre>", "<pre>one\n\n\n\ntwo</pre>",
                "<p>A paragraph before the code of the example.</p><pre>\n\n\n\nline one\n\n\n\n\nline two\n</pre>")) {
            assertConforms(cleaner, html(page), "preformatted " + escape(page));
        }
    }

    // ---- (b) determinism ---------------------------------------------------------------------------------------

    @Test
    void theSamePageGivesTheSameResultAlsoFromFourThreadsAtOnce() throws Exception {
        Random random = new Random(SEED);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            pages.add(html(Generate.htmlPage(random)));
            pages.add(text(Generate.textScrape(random)));
        }
        List<Cleaned> expected = new ArrayList<>();
        for (Page page : pages) {
            Cleaned first = cleaner.clean(page);
            assertThat(cleaner.clean(page)).as("second clean of page %d (seed %d)", expected.size(), SEED).isEqualTo(first);
            expected.add(first);
        }
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Cleaned>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Cleaner shared = t % 2 == 0 ? cleaner : new Cleaner();
                int offset = t * pages.size() / threads;
                runs.add(pool.submit(() -> {
                    start.await();
                    Cleaned[] out = new Cleaned[pages.size()];
                    for (int k = 0; k < pages.size(); k++) {
                        int i = (k + offset) % pages.size();
                        out[i] = shared.clean(pages.get(i));
                    }
                    return List.of(out);
                }));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                List<Cleaned> got = runs.get(t).get();
                for (int i = 0; i < pages.size(); i++) {
                    assertThat(got.get(i)).as("page %d (%s) cleaned on thread %d (seed %d)", i, pages.get(i).format(), t, SEED)
                            .isEqualTo(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- (c) dispatch text invariants --------------------------------------------------------------------------

    @Test
    void generatedHtmlPagesConform() {
        Random random = new Random(SEED);
        int withText = 0;
        for (int i = 0; i < PAGES; i++) {
            String page = Generate.htmlPage(random);
            Cleaned cleaned = assertConforms(cleaner, html(page), "generated HTML page #" + i + " (seed " + SEED + ")");
            withText += text(cleaned).isBlank() ? 0 : 1;
        }
        assertThat(withText).as("generated HTML pages with main text found").isGreaterThan(PAGES * 3 / 4);
    }

    @Test
    void generatedTextScrapesConform() {
        Random random = new Random(SEED);
        int withText = 0;
        for (int i = 0; i < PAGES; i++) {
            String scrape = Generate.textScrape(random);
            String what = "generated text scrape #" + i + " (seed " + SEED + ")";
            Cleaned cleaned = assertConforms(cleaner, text(scrape), what);
            assertTextKeepsInputCharacters(scrape, cleaned, what);
            withText += text(cleaned).isBlank() ? 0 : 1;
        }
        assertThat(withText).as("generated text scrapes with main text found").isGreaterThan(PAGES * 3 / 4);
    }

    // ---- (d) offsets map back to the raw page ------------------------------------------------------------------

    @Test
    void htmlBlockOffsetsMapBackToTheRawPage() {
        Random random = new Random(SEED);
        OffsetCheck total = new OffsetCheck();
        for (int i = 0; i < PAGES; i++) {
            String page = Generate.htmlPage(random);
            total.add(assertOffsetsMapBack(page, "generated HTML page #" + i + " (seed " + SEED + ")"));
        }
        assertThat(total.checked()).as("blocks with a tracked offset and a word to look for").isGreaterThan(PAGES);
        System.out.printf("HTML offsets: %d blocks checked, %d without offsets; %d first words found as spelled, %d only"
                + " as text (tags and soft hyphens dropped, entities decoded), e.g. %s%n",
                total.checked(), total.untracked, total.literal, total.decoded.size(), total.decoded.stream().limit(3).toList());
    }

    /** The offsets check on real pages of the shared web set (skipped without it), where markup is messier. */
    @Test
    void htmlBlockOffsetsMapBackOnRealPages() throws IOException {
        String shared = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(shared != null, "system property storyline.shared is not set: real pages not checked");
        Path pages = Path.of(shared, "data", "web", "pages");
        Assumptions.assumeTrue(Files.isDirectory(pages), "no shared web pages at " + pages + ": real pages not checked");
        List<Path> files;
        try (Stream<Path> list = Files.list(pages)) {
            files = new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".gz")).sorted().toList());
        }
        Collections.shuffle(files, new Random(SEED));
        OffsetCheck total = new OffsetCheck();
        for (Path file : files.subList(0, Math.min(REAL_PAGES, files.size()))) {
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            total.add(assertOffsetsMapBack(html, "shared page " + file.getFileName()));
        }
        System.out.printf("HTML offsets on %d real pages: %d blocks checked, %d without offsets; %d first words found as"
                + " spelled, %d only as text, e.g. %s%n", Math.min(REAL_PAGES, files.size()), total.checked(), total.untracked,
                total.literal, total.decoded.size(), total.decoded.stream().limit(3).toList());
    }

    @Test
    void textBlockOffsetsMapBackToTheRawScrape() {
        Random random = new Random(SEED);
        for (int i = 0; i < PAGES; i++) {
            String scrape = Generate.textScrape(random);
            String what = "generated text scrape #" + i + " (seed " + SEED + ")";
            for (Block b : TextScrape.read(scrape).blocks()) {
                assertThat(b.rawStart()).as("%s: start of %s", what, b).isBetween(0, b.rawEnd());
                assertThat(b.rawEnd()).as("%s: end of %s", what, b).isLessThanOrEqualTo(scrape.length());
                assertThat(visible(b.text())).as("%s: block text against the raw line", what)
                        .isEqualTo(visible(scrape.substring(b.rawStart(), b.rawEnd())));
            }
        }
    }

    /** How the first words of HTML blocks were found in the raw page. */
    static final class OffsetCheck {
        int untracked;
        int literal;
        final List<String> decoded = new ArrayList<>();

        int checked() {
            return literal + decoded.size();
        }

        void add(OffsetCheck other) {
            untracked += other.untracked;
            literal += other.literal;
            decoded.addAll(other.decoded);
        }
    }

    /**
     * Checks that every HTML block with a known offset points at the stretch of the raw page it was read from: its
     * offsets lie inside the page and in order, and its first word appears in the raw page from its start to 50
     * characters past its end.
     *
     * <p>Design decision: a word is looked for as spelled first, and then in the raw stretch read as text (tags
     * dropped, entities decoded, soft hyphens and zero-width marks dropped), because a word of the page need not be
     * spelled out in one piece in its markup: "Inj&amp;shy;ured" in the page is "Injured" in the block, and
     * "&lt;span&gt;Ja&lt;/span&gt;&lt;span&gt;Nein&lt;/span&gt;" is "JaNein", both at the right offsets. The words
     * found only the second way are returned so that the test can show them.
     */
    static OffsetCheck assertOffsetsMapBack(String html, String what) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        OffsetCheck check = new OffsetCheck();
        for (Block b : HtmlMainText.extract(doc).blocks()) {
            if (b.rawStart() < 0) {
                check.untracked++;
                continue;
            }
            assertThat(b.rawStart()).as("%s: rawStart of %s", what, b).isBetween(0, b.rawEnd());
            assertThat(b.rawEnd()).as("%s: rawEnd of %s", what, b).isLessThanOrEqualTo(html.length());
            String word = firstWord(b.text());
            if (word == null) {
                continue;
            }
            String raw = html.substring(b.rawStart(), Math.min(html.length(), b.rawEnd() + 50));
            if (raw.contains(word)) {
                check.literal++;
            } else {
                String asText = visible(Parser.parseBodyFragment(raw, "").text());
                assertThat(asText).as("%s: raw page at [%d, %d) read as text, for block %s; raw: %s", what, b.rawStart(),
                        b.rawEnd(), escape(b.text()), escape(raw)).contains(word);
                check.decoded.add(word + " <- " + escape(raw.substring(0, Math.min(raw.length(), 60))));
            }
        }
        return check;
    }

    /** The first run of three or more letters in a text, or null. */
    static String firstWord(String text) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (text.codePointCount(start, i) >= 3) {
                return text.substring(start, i);
            }
            i = i == start ? i + Character.charCount(text.codePointAt(i)) : i;
        }
        return null;
    }

    // ---- the checks every page must pass ----------------------------------------------------------------------

    /**
     * Cleans a page and checks what every result must be: no exception, the same result twice, and dispatch texts
     * that are non-null, hold no soft hyphen and no run of three or more newlines.
     */
    static Cleaned assertConforms(Cleaner cleaner, Page page, String what) {
        return assertConforms(cleaner, page, what, true);
    }

    /** As {@link #assertConforms(Cleaner, Page, String)}, with the second cleaning left out if asked (huge pages). */
    static Cleaned assertConforms(Cleaner cleaner, Page page, String what, boolean twice) {
        Cleaned cleaned;
        try {
            cleaned = cleaner.clean(page);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + ": clean threw " + e, e);
        }
        assertThat(cleaned).as(what).isNotNull();
        assertThat(cleaned.dispatches()).as("%s: dispatches", what).isNotNull();
        assertThat(cleaned.warnings()).as("%s: warnings", what).isNotNull();
        for (Dispatch d : cleaned.dispatches()) {
            assertThat(d.text()).as("%s: dispatch text", what).isNotNull();
            if (d.text().indexOf('\u00AD') >= 0) {
                fail("%s: dispatch text holds a soft hyphen at %d: %s", what, d.text().indexOf('\u00AD'), escape(d.text()));
            }
            if (d.text().contains("\n\n\n")) {
                fail("%s: dispatch text holds a run of 3+ newlines at %d: %s", what, d.text().indexOf("\n\n\n"), escape(d.text()));
            }
        }
        if (twice) {
            assertThat(cleaner.clean(page)).as("%s: cleaned again", what).isEqualTo(cleaned);
        }
        return cleaned;
    }

    /**
     * Checks that the clean text of a plain-text page is made of the page's own characters: each of its
     * paragraphs, white space aside, is a piece of the input (so no character is invented or reordered), and
     * every character is one of the input's. The "\n\n" between paragraphs and the single space that stands for
     * a run of white space are the only characters the cleaner adds.
     */
    static void assertTextKeepsInputCharacters(String input, Cleaned cleaned, String what) {
        Set<Integer> present = new HashSet<>();
        input.codePoints().forEach(present::add);
        boolean hasSpace = input.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        String visibleInput = visible(input);
        for (Dispatch d : cleaned.dispatches()) {
            d.text().codePoints().forEach(c -> {
                if (!present.contains(c) && c != '\n' && !(c == ' ' && hasSpace)) {
                    fail("%s: dispatch text holds U+%04X, which is not in the input: %s", what, c, escape(d.text()));
                }
            });
            for (String paragraph : d.text().split("\n\n")) {
                if (!visibleInput.contains(visible(paragraph))) {
                    fail("%s: paragraph is not a piece of the input: %s", what, escape(paragraph));
                }
            }
        }
    }

    /** The text without white space and the invisible marks the cleaners drop. */
    static String visible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\u2060')).forEach(out::appendCodePoint);
        return out.toString();
    }

    static String text(Cleaned cleaned) {
        StringBuilder out = new StringBuilder();
        cleaned.dispatches().forEach(d -> out.append(d.text()).append("\n\n"));
        return out.toString();
    }

    static Page html(String text) {
        return new Page("d0123456789abcdef", "generated.html", "https://example.org/news/1", Page.Format.HTML, text, "UTF-8", null, null);
    }

    static Page text(String text) {
        return new Page("d0123456789abcdef", "generated.txt", null, Page.Format.TEXT, text, "UTF-8", null, null);
    }

    /** A string for a failure message: control and invisible characters escaped, long strings cut. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        String cut = s.length() > 400 ? s.substring(0, 400) : s;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return "\"" + out + "\"" + (s.length() > 400 ? "… (" + s.length() + " chars)" : "");
    }

    // ---- generated inputs --------------------------------------------------------------------------------------

    /** Generators of pages: HTML news pages with clutter, plain-text scrapes, random Unicode. */
    static final class Generate {
        private static final String[] LATIN = ("the minister said on Friday that talks with the union would resume after "
                + "weeks of strikes across country government officials confirmed agreement was reached late night "
                + "police reported several people injured during protest capital according local media reports "
                + "Regierung erklärte außerdem dass Gespräche über Löhne fortgesetzt werden müssen président déclaré "
                + "été négociations syndicats reprendront semaine prochaine").split(" ");
        private static final String[] ENTITIES = {"&amp;", "&nbsp;", "&eacute;", "&#8217;", "&#x1F600;", "&quot;", "&lt;", "&gt;", "&mdash;"};
        private static final String[] EMOJI = {"\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDFA\uD83C\uDDE6", "\u2764\uFE0F"};
        private static final String[] CLASSES = {"article-body", "entry-content", "post", "content", "story", "main",
                "wrapper", "container", "row", "col-md-8", "", "", "", "text", "x1"};

        private Generate() {
        }

        static String word(Random r) {
            int kind = r.nextInt(20);
            if (kind == 0) {
                StringBuilder cjk = new StringBuilder();
                for (int i = 1 + r.nextInt(6); i > 0; i--) {
                    cjk.append((char) (0x4E00 + r.nextInt(0x5000)));
                }
                return cjk.toString();
            } else if (kind == 1) {
                return r.nextBoolean() ? "שלום" + (char) ('א' + r.nextInt(20)) : "الحكومة" + (char) ('ب' + r.nextInt(20));
            } else if (kind == 2) {
                return EMOJI[r.nextInt(EMOJI.length)];
            }
            String w = LATIN[r.nextInt(LATIN.length)];
            if (w.length() >= 6 && r.nextInt(8) == 0) {
                int at = 2 + r.nextInt(w.length() - 3);
                return w.substring(0, at) + '\u00AD' + w.substring(at);
            }
            return r.nextInt(10) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
        }

        static String sentence(Random r) {
            StringBuilder s = new StringBuilder();
            int words = 6 + r.nextInt(20);
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    s.append(r.nextInt(15) == 0 ? ", " : " ");
                }
                s.append(word(r));
            }
            String w0 = s.substring(0, 1);
            return w0.toUpperCase(java.util.Locale.ROOT) + s.substring(1) + (r.nextInt(6) == 0 ? "\u3002" : ".");
        }

        /** Prose as HTML text: sentences with entities, soft hyphens, &amp;shy; and inline markup. */
        static String htmlProse(Random r, int sentences) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                String sentence = sentence(r);
                for (String w : sentence.split(" ")) {
                    int k = r.nextInt(40);
                    if (k == 0) {
                        s.append(ENTITIES[r.nextInt(ENTITIES.length)]).append(' ');
                    } else if (k == 1) {
                        s.append("<a href=\"/story/").append(r.nextInt(1000)).append("\">").append(w).append("</a> ");
                        continue;
                    } else if (k == 2) {
                        s.append("<b>").append(w).append("</b> ");
                        continue;
                    } else if (k == 3) {
                        s.append("&nbsp;");
                    } else if (k == 4 && w.length() > 5) {
                        s.append(w, 0, 3).append("&shy;").append(w.substring(3)).append(' ');
                        continue;
                    }
                    s.append(w.replace("&", "&amp;").replace("<", "&lt;")).append(r.nextInt(30) == 0 ? "\n" : " ");
                }
            }
            return s.toString().strip();
        }

        static String links(Random r, int n) {
            StringBuilder s = new StringBuilder("<ul class=\"menu\">");
            for (int i = 0; i < n; i++) {
                s.append("<li><a href=\"/section/").append(i).append("\">").append(word(r)).append(' ').append(word(r)).append("</a></li>");
            }
            return s.append("</ul>").toString();
        }

        /** A news page: head, navigation, nested content containers with paragraphs and lists, clutter, footer. */
        static String htmlPage(Random r) {
            StringBuilder s = new StringBuilder();
            if (r.nextBoolean()) {
                s.append("<!DOCTYPE html>\n");
            }
            s.append("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(sentence(r)).append("</title>");
            s.append("<script>var x = 1 < 2 && 3 > 2; document.write('<p>not text</p>');</script>");
            s.append("<style>p { color: red; } .a > .b { }</style></head>\n<body>");
            s.append("<header><nav>").append(links(r, 3 + r.nextInt(8))).append("</nav></header>\n");
            int depth = r.nextInt(7);
            for (int i = 0; i < depth; i++) {
                s.append("<div class=\"").append(CLASSES[r.nextInt(CLASSES.length)]).append("\">\n");
            }
            boolean article = r.nextBoolean();
            if (article) {
                s.append("<article>");
            }
            s.append("<h1>").append(sentence(r)).append("</h1>\n");
            int blocks = 2 + r.nextInt(10);
            for (int i = 0; i < blocks; i++) {
                switch (r.nextInt(9)) {
                    case 0 -> {
                        s.append(r.nextBoolean() ? "<ul>" : "<ol>");
                        for (int k = 1 + r.nextInt(5); k > 0; k--) {
                            s.append("<li>").append(htmlProse(r, 1)).append("</li>\n");
                        }
                        s.append("</ul>\n");
                    }
                    case 1 -> s.append("<h2>").append(htmlProse(r, 1)).append("</h2>\n");
                    case 2 -> s.append("<blockquote><p>").append(htmlProse(r, 1 + r.nextInt(2))).append("</p></blockquote>\n");
                    case 3 -> s.append("<aside class=\"related\">").append(links(r, 4)).append("</aside>\n");
                    case 4 -> s.append("<div><div><p>").append(htmlProse(r, 1 + r.nextInt(4))).append("</p></div></div>\n");
                    case 5 -> s.append("<p>").append(htmlProse(r, 1 + r.nextInt(3))).append("<br>")
                            .append(htmlProse(r, 1)).append("</p>\n");
                    case 6 -> s.append("<!-- ad slot <p>comment</p> --><script>ads.push({a: '</div>'});</script>\n");
                    default -> s.append("<p>").append(htmlProse(r, 1 + r.nextInt(5))).append("</p>\n");
                }
            }
            if (article) {
                s.append("</article>");
            }
            for (int i = 0; i < depth; i++) {
                s.append("</div>\n");
            }
            s.append("<aside>").append(links(r, 5)).append("</aside>");
            s.append("<footer><p>© 2026 Example News &amp; Media. All rights reserved.</p>").append(links(r, 4)).append("</footer>");
            return s.append("</body></html>").toString();
        }

        /** A plain-text scrape: header lines, prose lines (some very long), ads, counters, signatures, blank lines. */
        static String textScrape(Random r) {
            String nl = r.nextInt(4) == 0 ? "\r\n" : "\n";
            List<String> lines = new ArrayList<>();
            lines.add(sentence(r).replace(".", ""));
            lines.add(r.nextBoolean() ? "Published: Feb 6, 2026 - 10:28" : "6 February 2026");
            lines.add("Like 0   Share " + r.nextInt(100));
            int paragraphs = 2 + r.nextInt(10);
            for (int i = 0; i < paragraphs; i++) {
                switch (r.nextInt(8)) {
                    case 0 -> lines.add(r.nextBoolean() ? "Advertisement" : "Click here to subscribe");
                    case 1 -> lines.add("What happens next?");
                    case 2 -> {
                        StringBuilder longLine = new StringBuilder();
                        for (int k = 20 + r.nextInt(60); k > 0; k--) {
                            longLine.append(sentence(r)).append(' ');
                        }
                        lines.add(longLine.toString());
                    }
                    case 3 -> lines.add("\t" + sentence(r) + "\u00A0\u00A0" + sentence(r) + "   ");
                    default -> lines.add(sentence(r) + ' ' + sentence(r) + ' ' + sentence(r));
                }
                for (int blank = r.nextInt(4); blank > 0; blank--) {
                    lines.add(r.nextBoolean() ? "" : " \t ");
                }
            }
            lines.add("Reuters' Jane Doe contributed to this report.");
            lines.add("Like 3");
            lines.add("Comments 12");
            lines.add("News.Az");
            return String.join(nl, lines) + (r.nextBoolean() ? nl : "");
        }

        /** Random code points from all planes, controls and newlines included, and lone surrogates if asked. */
        static String randomUnicode(Random r, int length, boolean loneSurrogates) {
            StringBuilder s = new StringBuilder(length);
            while (s.length() < length) {
                int kind = r.nextInt(10);
                if (kind == 0) {
                    String specials = "\n \n\n\t\r<>&;\u00AD\u00A0\u200B";
                    s.append(specials.charAt(r.nextInt(specials.length())));
                } else if (kind == 1 && loneSurrogates) {
                    s.append((char) (0xD800 + r.nextInt(0x800)));
                } else if (kind == 2) {
                    s.appendCodePoint(0x10000 + r.nextInt(0x100000));
                } else if (kind < 5) {
                    s.append((char) (0x20 + r.nextInt(0x60)));
                } else {
                    char c = (char) r.nextInt(0x10000);
                    s.append(Character.isSurrogate(c) && !loneSurrogates ? '\uFFFD' : c);
                }
            }
            return s.toString();
        }
    }
}
