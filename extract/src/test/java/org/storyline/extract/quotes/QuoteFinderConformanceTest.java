package org.storyline.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.language.Annotated;
import org.storyline.language.Language;
import org.storyline.model.Quote;
import org.storyline.model.StableId;

/**
 * What every quote finding must keep: spans inside the text and never backwards, the text of a quote being its
 * span, ids derived from article and span, the same quotes for the same input on any thread, and no crash on
 * empty, odd or generated input.
 */
class QuoteFinderConformanceTest {
    private static final String[] SPEAKERS = {"Dmitry Vasin", "the ministry", "Officials", "Mayor Jonas Keller",
            "she", "Ingrid Solberg, the transport minister,"};
    private static final String[] CUES = {"said", "told reporters", "wrote on Telegram", "claimed", "added", "warned"};
    private static final String[] CLAIMS = {"the bridge would reopen", "talks would continue in March",
            "the fire was under control", "no one was hurt"};

    /** Generated news prose: every combination of speaker, cue and claim, direct and indirect, in both orders. */
    static String generated() {
        StringBuilder s = new StringBuilder();
        for (String speaker : SPEAKERS) {
            for (String cue : CUES) {
                for (String claim : CLAIMS) {
                    String sentence = claim.substring(0, 1).toUpperCase() + claim.substring(1);
                    s.append(speaker.substring(0, 1).toUpperCase()).append(speaker.substring(1)).append(' ')
                            .append(cue).append(" that ").append(claim).append(". ");
                    s.append('“').append(sentence).append(",” ").append(speaker).append(' ').append(cue).append(".\n\n");
                }
            }
        }
        return s.toString();
    }

    static void conforms(String articleId, String text, List<Quote> quotes) {
        for (Quote q : quotes) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.text()).isEqualTo(q.span().of(text));
            assertThat(q.id()).isEqualTo(StableId.of('q', articleId, q.span().start(), q.span().end()));
            assertThat(q.article()).isEqualTo(articleId);
            if (q.speakerSpan() != null) {
                assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(text.length());
            }
            if (q.cueSpan() != null) {
                assertThat(q.cueSpan().of(text)).isEqualTo(q.cue());
            }
        }
        for (int i = 1; i < quotes.size(); i++) {
            assertThat(quotes.get(i).span().start()).isGreaterThanOrEqualTo(quotes.get(i - 1).span().start());
        }
    }

    @Test
    void generatedProseConformsAndIsFound() {
        String text = generated();
        List<Quote> quotes = QuoteFinder.english().find("a1", text, Language.shared().annotate(text, null));
        conforms("a1", text, quotes);
        long direct = quotes.stream().filter(Quote::direct).count();
        assertThat(direct).isGreaterThanOrEqualTo(SPEAKERS.length * CUES.length * CLAIMS.length * 8 / 10);
        assertThat(quotes.size() - direct).isGreaterThanOrEqualTo(SPEAKERS.length * CUES.length * CLAIMS.length * 8 / 10);
    }

    @Test
    void sameQuotesOnEveryThread() throws Exception {
        String text = generated();
        Annotated annotated = Language.shared().annotate(text, null);
        List<Quote> once = QuoteFinder.english().find("a1", text, annotated);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> QuoteFinder.english().find("a1", text, annotated)));
            }
            for (Future<List<Quote>> run : runs) {
                assertThat(run.get()).isEqualTo(once);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndOddInput() {
        for (String text : List.of("", " ", "\n\n", "“", "\"\"", "''", "‘", "“”", "said", "He said:", "“Unclosed quote said he",
                ": “", "According to", "— said —", "\"a\" \"b\" \"c\"")) {
            List<Quote> quotes = QuoteFinder.english().find("a1", text, Language.shared().annotate(text, null));
            conforms("a1", text, quotes);
        }
    }

    @Test
    void randomUnicodeNeverCrashes() {
        Random random = new Random(20260206);
        String alphabet = "abc XYZ.,;:!?\"'“”‘’«»—–-()\n\u00e9\u0416\u4e2d\ud83d\ude00 said told according to";
        for (int n = 0; n < 40; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(6) == 0) {
                    s.append(CUES[random.nextInt(CUES.length)]).append(' ');
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = s.toString();
            conforms("a1", text, QuoteFinder.english().find("a1", text, Language.shared().annotate(text, null)));
        }
    }

    @Test
    void badArticleIdsAreRejectedByName() {
        assertThatThrownBy(() -> QuoteFinder.english().find("d1", "x", Language.shared().annotate("x", null)))
                .hasMessageContaining("d1").hasMessageContaining("'a'");
    }
}
