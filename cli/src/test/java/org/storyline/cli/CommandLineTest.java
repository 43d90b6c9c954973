package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The storyline command end to end, in process: exit codes, messages, export. */
class CommandLineTest extends CommandLineHarness {
    Path pages() throws IOException {
        Path dir = tmp.resolve("pages");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("one.txt"), "A gunman shot a general in Moscow on Friday.\n\nHe was taken to hospital.");
        Files.writeString(dir.resolve("two.html"), "<html><head><title>Two</title></head><body><p>Drones hit Kharkiv.</p></body></html>");
        return dir;
    }

    @Test
    void runThenExportWritesTheContract() throws IOException {
        Path pages = pages();
        assertThat(storyline("run", "--data", data(), pages.toString())).isZero();
        assertThat(out.toString()).contains("2 new documents").contains("process: 2 documents");

        Path export = tmp.resolve("x.json");
        assertThat(storyline("export", "--data", data(), "--format", "json", "--out", export.toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(export.toFile());
        assertThat(json.get("schema").asText()).isEqualTo("storyline/1");
        assertThat(json.get("documents")).hasSize(2);
        assertThat(json.get("articles")).hasSize(2);
        for (String array : List.of("entities", "events", "quotes", "stories", "diagnostics")) {
            assertThat(json.get(array).isArray()).as(array).isTrue();
        }
        JsonNode one = json.get("documents").get(0);
        assertThat(one.get("source").asText()).endsWith("one.txt");
        assertThat(one.get("sha256").asText()).hasSize(64);
        assertThat(json.get("articles").get(0).get("text").asText()).startsWith("A gunman shot a general");

        assertThat(storyline("run", "--data", data(), pages.toString())).isZero();
        assertThat(out.toString()).contains("0 new documents, 2 unchanged");
    }

    @Test
    void jsonlExportHasOneLinePerDocument() throws IOException {
        storyline("run", "--data", data(), pages().toString());
        assertThat(storyline("export", "--data", data(), "--format", "jsonl")).isZero();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(2).allSatisfy(l -> {
            assertThat(l.get("schema").asText()).isEqualTo("storyline/1");
            assertThat(l.get("articles")).hasSize(1);
        });
    }

    @Test
    void badInputsGiveExitOneAndShowInStatus() throws IOException {
        Path pages = pages();
        Files.write(pages.resolve("empty.txt"), new byte[0]);
        String missing = tmp.resolve("missing").toString();

        assertThat(storyline("run", "--data", data(), pages.toString(), missing)).isEqualTo(1);
        assertThat(err.toString()).contains(missing + ": no such file").contains("empty.txt: empty input");

        assertThat(storyline("status", "--data", data())).isZero();
        assertThat(out.toString()).contains("failed inputs: 1").contains(missing).contains("errors: 1").contains("empty.txt");

        assertThat(storyline("status", "--data", data(), "--json")).isZero();
        JsonNode status = new ObjectMapper().readTree(out.toString());
        assertThat(status.get("documents").get("processed").asInt()).isEqualTo(2);
        assertThat(status.get("failures").get(0).get("source").asText()).isEqualTo(missing);
    }

    @Test
    void usageErrorsExitTwoAndNameTheProblem() {
        assertThat(storyline("run", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
        assertThat(storyline("export", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("xml");
        assertThat(storyline("run", "--threads", "0", "--data", data())).isEqualTo(2);
        assertThat(err.toString()).contains("--threads");
    }

    @Test
    void exportWithoutADataDirectoryExitsThreeWithAMessage() {
        String nowhere = tmp.resolve("nowhere").toString();
        assertThat(storyline("export", "--data", nowhere)).isEqualTo(3);
        assertThat(err.toString()).contains("no data directory at " + nowhere);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "ingest", "retry", "status", "export")) {
            assertThat(storyline(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage: storyline " + command).contains("--data");
        }
        assertThat(storyline("--help")).isZero();
        assertThat(out.toString()).contains("Exit codes");
    }
}
