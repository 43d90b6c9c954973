package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.eval.polnear.Polnear;
import org.storyline.extract.quotes.QuoteFinder;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/**
 * Quote and claim extraction on the PolNeAR development split (../shared/data/quotes/dev): the split is identified
 * by its file count and checksum before anything is scored, then attribution, direct-quote and overall F1 are
 * asserted as floors. Skipped when the data is absent. The scoring rules themselves are checked on invented
 * articles first.
 */
class QuoteEvalTest {
    /** 84 articles and 94 annotation files (two articles have six annotators each). */
    static final int DEV_FILES = 178;
    static final String DEV_SHA256 = "6256a86364d1ff034725fae253342d7374ed8a45bbd9646e161173a315aa4643";
    /** The floors: attribution (verbs of saying, source and content) and direct quotes. */
    static final double MIN_ATTRIBUTION_F1 = 0.65;
    static final double MIN_DIRECT_F1 = 0.85;
    /** No floor was asked for the full PARC-style figure: what the rules reach (0.612) minus 0.01. */
    static final double MIN_ALL_F1 = 0.60;

    @Test
    void devSplitScoresAtLeastTheFloors() {
        String shared = System.getProperty("storyline.shared");
        assumeTrue(shared != null, "system property storyline.shared is not set: quote evaluation skipped");
        Path dev = Path.of(shared, "data", "quotes", "dev");
        assumeTrue(Files.isDirectory(dev.resolve("text")) && Files.isDirectory(dev.resolve("attributions")),
                "no PolNeAR dev split at " + dev + ": quote evaluation skipped");
        Polnear.Identity identity = Polnear.identity(dev);
        assertThat(identity.files()).as("files in %s", dev).isEqualTo(DEV_FILES);
        assertThat(identity.sha256()).as("SHA-256 of %s (the evaluation set changed: review it, then update the constant)", dev)
                .isEqualTo(DEV_SHA256);
        QuoteEval.Result r = QuoteEval.score(dev, QuoteFinder.english());
        System.out.println(r.summaryLine());
        assertThat(r.articles()).isEqualTo(84);
        assertThat(r.attribution().f1()).isGreaterThanOrEqualTo(MIN_ATTRIBUTION_F1);
        assertThat(r.direct().f1()).isGreaterThanOrEqualTo(MIN_DIRECT_F1);
        assertThat(r.all().f1()).isGreaterThanOrEqualTo(MIN_ALL_F1);
    }

    // ---- the scoring rules, on an invented article ----------------------------------------------------------

    private static final String TEXT = "“We will rebuild the bridge,” Mayor Keller said. He added that work would start soon. "
            + "Critics believe the plan is too expensive.";

    private static Span span(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }

    private static Polnear.Article article() {
        return new Polnear.Article("invented", TEXT, List.of(
                new Polnear.Gold(List.of(span("Mayor Keller")), List.of(span("said")), List.of(span("“We will rebuild the bridge,”"))),
                new Polnear.Gold(List.of(span("He")), List.of(span("added")), List.of(span("that work would start soon"))),
                new Polnear.Gold(List.of(span("Critics")), List.of(span("believe")), List.of(span("the plan is too expensive")))));
    }

    private static Quote quote(String id, String speaker, String speakerText, String content, boolean direct, String cue) {
        return new Quote(id, null, speakerText, content, direct, cue, null, "a1", span(content), span(speaker), span(cue));
    }

    @Test
    void scoresBySourceHeadCueSubsetAndQuotationMarks() {
        List<Quote> predicted = List.of(
                quote("q1", "Keller", "Jonas Keller", "We will rebuild the bridge,", true, "said"),
                // the pronoun was resolved to the name before it: checked by cue, the name coming before "He"
                new Quote("q2", null, "Jonas Keller", "work would start soon", false, "added", null, "a1",
                        span("work would start soon"), span("Keller"), span("added")));
        QuoteEval.Result r = QuoteEval.score(List.of(article()), List.of(predicted), TEXT.length(), 1);
        assertThat(r.attribution().gold()).as("'believe' is no verb of saying").isEqualTo(2);
        assertThat(r.attribution().f1()).isEqualTo(1.0);
        assertThat(r.direct().gold()).isEqualTo(1);
        assertThat(r.direct().f1()).isEqualTo(1.0);
        assertThat(r.all().recall()).isEqualTo(2.0 / 3);
        assertThat(r.summaryLine()).startsWith("eval quotes: attribution_f1=1.0000 direct_f1=1.0000 all_f1=0.8000");
    }

    @Test
    void wrongSpeakerOrTooLittleContentDoesNotMatch() {
        List<Quote> predicted = List.of(
                quote("q1", "Critics", "Critics", "We will rebuild the bridge,", true, "said"),
                quote("q2", "He", "he", "work", false, "added"));
        QuoteEval.Result r = QuoteEval.score(List.of(article()), List.of(predicted), TEXT.length(), 1);
        assertThat(r.attribution().matchedGold()).isZero();
        assertThat(r.all().matchedGold()).as("content alone matches for all_f1").isEqualTo(1);
    }

    @Test
    void headsAndVerbForms() {
        assertThat(QuoteEval.head("Joel Pollak of Breitbart California")).isEqualTo("pollak");
        assertThat(QuoteEval.head("Clinton’s campaign")).isEqualTo("campaign");
        assertThat(QuoteEval.head("Sen. Patty Murray, a chief negotiator")).isEqualTo("murray");
        assertThat(QuoteEval.head("Trump's")).isEqualTo("trump");
        assertThat(QuoteEval.anaphor("he")).isTrue();
        assertThat(QuoteEval.anaphor("the candidate")).isTrue();
        assertThat(QuoteEval.anaphor("the Washington Post")).isFalse();
        assertThat(QuoteEval.saying("has repeatedly said")).isTrue();
        assertThat(QuoteEval.saying("told reporters")).isTrue();
        assertThat(QuoteEval.saying("testified")).isTrue();
        assertThat(QuoteEval.saying("believes")).isFalse();
        assertThat(QuoteEval.saying("according to")).isFalse();
    }
}
