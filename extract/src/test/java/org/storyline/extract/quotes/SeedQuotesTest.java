package org.storyline.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storyline.language.Language;
import org.storyline.model.Quote;
import org.storyline.model.StableId;

/**
 * The final check on the three seed pages (../shared/corpus/seeds): the quotes and the hedged claim a careful
 * analyst reads out of them, matched as tools/score-export matches them (speaker and content as case-insensitive
 * substrings, curly punctuation folded). Each page is split into its dispatches at the "(LONDON) —" datelines, as
 * the clean stage does.
 *
 * <p>Not a design aid: the rules were written on invented sentences ({@link QuoteFinderTest}); this reports how far
 * they carry on real pages.
 */
class SeedQuotesTest {
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\((?:LONDON|KYIV and LONDON)\\) \u2014");

    /** Speaker and content substrings, and the hedge when one is expected. */
    private static final String[][] EXPECTED = {
        {"Peskov", "military commanders and high-level specialists are at risk during wartime", null},
        {"Petrenko", "fired several shots at a man and fled the scene", null},
        {"Peskov", "Special services are currently doing their job", null},
        {"Lavrov", "The regime is ready to do anything", null},
        {"Kuleba", "Even during the Christmas holidays", null},
        {"Zelenskyy", "If the whole world", null},
        {"Zelenskyy", "even on Christmas Eve and during Christmas night", null},
        {"Terekhov", "Every night and every day bring new challenges", null},
        {"Rubio", "probably the most productive and meaningful meeting", null},
        {"Trump", "Don’t believe it until you see it", null},
        {"Peskov", "We have not seen any plan yet", null},
        {"Putin", "it could also form the basis for a final peace settlement", null},
        {"Lavrov", "responsible for the shooting", "without evidence"},
    };

    @Test
    void seedPagesYieldTheAnalystsQuotes() throws Exception {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../../shared"), "corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "seed pages absent at " + seeds + ": skipping the seed quote check");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Quote> quotes = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String documentId = "d" + StableId.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            int previous = 0;
            Matcher m = DATELINE.matcher(text);
            List<String> dispatches = new ArrayList<>();
            while (m.find()) {
                dispatches.add(text.substring(previous, m.start()));
                previous = m.start();
            }
            dispatches.add(text.substring(previous));
            for (int i = 0; i < dispatches.size(); i++) {
                String dispatch = dispatches.get(i);
                quotes.addAll(QuoteFinder.english().find(StableId.article(documentId, i), dispatch,
                        Language.shared().annotate(dispatch, null)));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String[] e : EXPECTED) {
            boolean found = quotes.stream().anyMatch(q -> norm(q.speakerText()).contains(norm(e[0]))
                    && norm(q.text()).contains(norm(e[1])) && (e[2] == null || norm(q.hedge()).contains(norm(e[2]))));
            if (!found) {
                missing.add(e[0] + ": " + e[1] + (e[2] == null ? "" : " (" + e[2] + ")"));
            }
        }
        System.out.printf(Locale.ROOT, "seed quotes: %d of %d found, %d quotes in all%n", EXPECTED.length - missing.size(),
                EXPECTED.length, quotes.size());
        assertThat(missing).as("seed quotes not found").isEmpty();
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    }
}
