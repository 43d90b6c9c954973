package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchRequest;

/** {@code storyline query} end to end, in process: hits with snippets, JSON, facets, usage errors. */
class QueryCommandTest extends CommandLineHarness {
    void runInventedPages() throws IOException {
        Path dir = tmp.resolve("pages");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("one.txt"), "Ferry sinks off the coast\n\nA ferry sank near the harbour on Friday. "
                + "The ferry crew sent <script>help</script> signals.");
        Files.writeString(dir.resolve("two.html"), "<html><head><title>Two</title></head><body><p>Drones hit a depot.</p></body></html>");
        assertThat(storyline("run", "-q", "--data", data(), dir.toString())).as("run: %s %s", out, err).isZero();
    }

    @Test
    void wordsGiveHitsWithBracketedMatchesAndFacets() throws IOException {
        runInventedPages();
        assertThat(storyline("query", "--data", data(), "ferry", "--facets")).as(err.toString()).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("[ferry] sank").contains("1 hit").contains("kind:").contains("article 1")
                .doesNotContain("<mark>").doesNotContain("Drones");
        assertThat(printed).as("escaped for HTML, undone for the terminal").contains("<script>help</script>");

        assertThat(storyline("query", "--data", data(), "--kind", "article", "--sort", "date", "--limit", "1")).isZero();
        assertThat(out.toString()).contains("2 hits (showing 1–1)");
    }

    @Test
    void jsonHasTheApiShapeWithMarkedSnippets() throws IOException {
        runInventedPages();
        assertThat(storyline("query", "--data", data(), "drones", "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("total").asLong()).isEqualTo(1);
        assertThat(json.get("offset").asInt()).isZero();
        assertThat(json.get("limit").asInt()).isEqualTo(20);
        JsonNode hit = json.get("items").get(0);
        assertThat(hit.get("kind").asText()).isEqualTo("article");
        assertThat(hit.get("id").asText()).startsWith("a");
        assertThat(hit.get("document").asText()).startsWith("d");
        assertThat(hit.get("snippets").get(0).asText()).contains("<mark>Drones</mark>");
        assertThat(json.get("facets").has("month")).isTrue();

        assertThat(storyline("query", "--data", data(), "ferry", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("items").get(0).get("snippets").toString())
                .contains("&lt;script&gt;");
    }

    @Test
    void quoteHitsNameTheirSpeakerCueAndHedge() throws IOException {
        Path dir = tmp.resolve("quotes");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pier.txt"), "Pier to reopen in Kherson\n\nThe pier in Kherson will reopen in March. "
                + "\"We will rebuild the pier before the summer,\" Mayor Olena Marchuk told reporters on Monday.");
        assertThat(storyline("run", "-q", "--data", data(), dir.toString())).as("run: %s %s", out, err).isZero();
        assertThat(storyline("query", "--data", data(), "pier", "--kind", "quote", "--json")).as(err.toString()).isZero();
        JsonNode items = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("items");
        assertThat(items).as("the quote is found").isNotEmpty();
        JsonNode quote = items.get(0);
        assertThat(quote.get("speaker").get("text").asText()).contains("Marchuk");
        assertThat(quote.has("cue")).isTrue();
        assertThat(quote.has("hedge")).isTrue();

        assertThat(storyline("query", "--data", data(), "pier", "--kind", "quote")).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[quote] ").containsPattern("— [^\\n]*Marchuk");
    }

    @Test
    void anAttributionReadsAsWhoSaidItHow() {
        SearchHit hedged = new SearchHit(SearchRequest.Kind.QUOTE,
                "q1", "a1", "d1", null, null, null, 1f, List.of(), "Olena Marchuk", "e1", "claimed", "without evidence");
        assertThat(QueryCommand.attribution(hedged)).isEqualTo("— Olena Marchuk (e1) claimed, without evidence");
        SearchHit bare = new SearchHit(SearchRequest.Kind.QUOTE,
                "q2", "a1", "d1", null, null, null, 1f, List.of(), null, null, null, null);
        assertThat(QueryCommand.attribution(bare)).isEqualTo("— unknown speaker");
    }

    @Test
    void badValuesAreUsageErrorsNamingThem() throws IOException {
        runInventedPages();
        assertThat(storyline("query", "--data", data(), "--kind", "poem")).isEqualTo(2);
        assertThat(err.toString()).contains("poem");
        assertThat(storyline("query", "--data", data(), "--type", "picnic")).isEqualTo(2);
        assertThat(err.toString()).contains("picnic");
        assertThat(storyline("query", "--data", data(), "--from", "last week")).isEqualTo(2);
        assertThat(err.toString()).contains("last week");
        assertThat(storyline("query", "--data", data(), "--limit", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("limit");
        assertThat(storyline("query", "--data", data(), "ferry AND (")).isEqualTo(2);
        assertThat(err.toString()).contains("ferry AND (");
        assertThat(storyline("query", "--data", data(), "--entity", "Nobody Whatsoever")).isEqualTo(1);
        assertThat(err.toString()).contains("Nobody Whatsoever");
        assertThat(storyline("query", "--data", tmp.resolve("nowhere").toString(), "x")).isEqualTo(3);
        assertThat(err.toString()).contains("no data directory");
    }

    @Test
    void seedsDroneSinceJanuaryHasMarkedHits() throws IOException {
        Path seeds = seeds("seeds not queried");
        assertThat(storyline("run", "-q", "--data", data(), seeds.toString())).as("run: %s %s", out, err).isZero();

        assertThat(storyline("query", "--data", data(), "drone", "--from", "2026-01", "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("total").asLong()).isPositive();
        assertThat(json.get("items").get(0).get("snippets").toString()).contains("<mark>");
        assertThat(json.get("items").get(0).get("kind").asText()).as("the article telling of the drone strikes, before its quotes")
                .isEqualTo("article");
        for (JsonNode hit : json.get("items")) {
            assertThat(hit.get("date").asText()).isGreaterThanOrEqualTo("2026-01");
        }

        assertThat(storyline("query", "--data", data(), "--country", "UA", "--facets")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("country:").contains("Ukraine (UA)");
    }
}
