package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The three seed pages end to end: {@code storyline run} and {@code export --format json}, then the shared scorer
 * {@code tools/score-export} checks the documents section of the export against {@code gold/seeds.json}.
 *
 * <p>Reads the folder named by the system property {@code storyline.shared} (Surefire sets it) and is skipped
 * when it, or {@code python3}, is absent.
 */
class SeedsScoreTest extends CommandLineHarness {
    private static final Pattern SUMMARY = Pattern.compile("seeds: (\\d+) passed, 0 failed");

    @Test
    void seedDocumentsPassEveryGoldCheck() throws IOException, InterruptedException {
        String property = System.getProperty("storyline.shared");
        Assumptions.assumeTrue(property != null, "system property storyline.shared is not set: seeds not scored");
        Path shared = Path.of(property);
        Path seeds = shared.resolve("corpus/seeds");
        Path gold = shared.resolve("gold/seeds.json");
        Path scorer = shared.resolve("tools/score-export");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(gold) && Files.isRegularFile(scorer),
                "no seed corpus, gold file or scorer under " + shared + ": seeds not scored");
        Assumptions.assumeTrue(python3Runs(), "python3 is not on the PATH: seeds not scored");

        String data = tmp.resolve("data").toString();
        Path export = tmp.resolve("x.json");
        assertThat(storyline("run", "--quiet", "--data", data, seeds.toString()))
                .as("storyline run on %s; stdout: %s; stderr: %s", seeds, out, err).isZero();
        assertThat(storyline("export", "--data", data, "--format", "json", "--out", export.toString()))
                .as("storyline export; stdout: %s; stderr: %s", out, err).isZero();

        Process score = new ProcessBuilder("python3", scorer.toString(), gold.toString(), export.toString(), "--only", "documents")
                .redirectErrorStream(true).start();
        score.getOutputStream().close();
        String printed = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(score.waitFor(2, TimeUnit.MINUTES)).as("score-export finished; it printed:%n%s", printed).isTrue();
        List<String> lines = printed.lines().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "" : lines.getLast();
        stdout.println("score-export --only documents: " + last);

        assertThat(score.exitValue()).as("score-export exit status; it printed:%n%s", printed).isZero();
        Matcher summary = SUMMARY.matcher(last);
        assertThat(summary.matches()).as("last line of score-export is 'seeds: N passed, 0 failed'; it printed:%n%s", printed)
                .isTrue();
        assertThat(Integer.parseInt(summary.group(1))).as("checks passed; score-export printed:%n%s", printed).isPositive();

        assertTemporalSeeds(new com.fasterxml.jackson.databind.ObjectMapper().readTree(export.toFile()));

        // Every section: all 145 checks passed when this was set, so any regression fails.
        Process all = new ProcessBuilder("python3", scorer.toString(), gold.toString(), export.toString())
                .redirectErrorStream(true).start();
        all.getOutputStream().close();
        String allPrinted = new String(all.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(all.waitFor(2, TimeUnit.MINUTES)).isTrue();
        List<String> allLines = allPrinted.lines().filter(l -> !l.isBlank()).toList();
        Matcher total = Pattern.compile("seeds: (\\d+) passed, (\\d+) failed").matcher(allLines.isEmpty() ? "" : allLines.getLast());
        assertThat(total.matches()).as("score-export printed:%n%s", allPrinted).isTrue();
        stdout.println("score-export (all sections): " + allLines.getLast());
        assertThat(Integer.parseInt(total.group(1))).as("checks passed over all sections; score-export printed:%n%s", allPrinted)
                .isGreaterThanOrEqualTo(145);
        assertThat(Integer.parseInt(total.group(2))).as("checks failed over all sections; score-export printed:%n%s", allPrinted).isZero();
    }

    /**
     * Issue 4's seed checks: "on Friday" in the first dispatch of 002 is 2026-02-06; "in December" in 000 is
     * 2025-12; "Sunday night" in the Kharkiv dispatch stays unresolved.
     */
    private static void assertTemporalSeeds(com.fasterxml.jackson.databind.JsonNode export) {
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> docs = new java.util.HashMap<>();
        export.get("documents").forEach(d -> docs.put(d.get("id").asText(), d));
        java.util.List<String> friday = new java.util.ArrayList<>();
        java.util.List<String> december = new java.util.ArrayList<>();
        java.util.List<String> sundayNight = new java.util.ArrayList<>();
        for (var a : export.get("articles")) {
            String source = docs.get(a.get("document").asText()).get("source").asText();
            String text = a.get("text").asText();
            for (var t : a.get("times")) {
                String value = t.get("value").isNull() ? null : t.get("value").asText();
                String what = t.get("text").asText();
                if (source.endsWith("002_a46747f771fab70c.txt") && a.get("index").asInt() == 0 && what.equals("Friday")) {
                    friday.add(value);
                }
                if (source.endsWith("000_b2fc679a437384f7.txt") && what.equals("December")) {
                    december.add(value);
                }
                if (text.contains("Kharkiv") && what.equals("Sunday night")) {
                    sundayNight.add(String.valueOf(value));
                }
            }
        }
        assertThat(friday).as("'on Friday' in the first dispatch of 002").isNotEmpty().containsOnly("2026-02-06");
        assertThat(december).as("'in December' in 000").isNotEmpty().containsOnly("2025-12");
        assertThat(sundayNight).as("'Sunday night' in the Kharkiv dispatch").isNotEmpty().containsOnly("null");
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
