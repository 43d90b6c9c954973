package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Page;
import org.storyline.model.PartialDate;

class IngestTest {
    @TempDir
    Path tmp;

    private final Ingest ingest = Ingest.withDefaults();
    private final List<IngestException> missing = new ArrayList<>();

    private Path write(String relative, String content) throws IOException {
        Path path = tmp.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return path;
    }

    @Test
    void folderIsWalkedSortedAndHiddenThingsSkipped() throws IOException {
        write("b/2.html", "<p>b2</p>");
        write("a/z.txt", "az");
        write("a/deep/er/1.txt", "deep");
        write("c.txt", "c");
        write(".hidden", "secret");
        write(".git/x", "git object");
        write("a/.DS_Store", "junk");
        write("b/.cache/y.html", "<p>cached</p>");

        List<Input> inputs = ingest.inputs(List.of(tmp.toString()), missing::add);

        assertThat(missing).isEmpty();
        assertThat(inputs).allSatisfy(i -> assertThat(i).isInstanceOf(Input.File.class));
        assertThat(inputs).extracting(Input::source).containsExactly(
                tmp.resolve("a/deep/er/1.txt").toString(),
                tmp.resolve("a/z.txt").toString(),
                tmp.resolve("b/2.html").toString(),
                tmp.resolve("c.txt").toString());
        assertThat(inputs).extracting(i -> ((Input.File) i).path())
                .containsExactly(tmp.resolve("a/deep/er/1.txt"), tmp.resolve("a/z.txt"), tmp.resolve("b/2.html"),
                        tmp.resolve("c.txt"));
    }

    @Test
    void hiddenFolderGivenByNameIsWalked() throws IOException {
        write(".archive/page.html", "<p>x</p>");
        List<Input> inputs = ingest.inputs(List.of(tmp.resolve(".archive").toString()), missing::add);
        assertThat(inputs).extracting(Input::source).containsExactly(tmp.resolve(".archive/page.html").toString());
    }

    @Test
    void fileGivenDirectlyKeepsItsName() throws IOException {
        Path file = write("one.html", "<p>x</p>");
        List<Input> inputs = ingest.inputs(List.of(file.toString()), missing::add);
        assertThat(inputs).containsExactly(new Input.File(file, file.toString()));
    }

    @Test
    void missingPathGoesToTheConsumer() throws IOException {
        Path file = write("one.html", "<p>x</p>");
        String absent = tmp.resolve("absent.html").toString();
        List<Input> inputs = ingest.inputs(List.of(absent, file.toString()), missing::add);
        assertThat(inputs).extracting(Input::source).containsExactly(file.toString());
        assertThat(missing).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(absent);
            assertThat(e.getMessage()).startsWith(absent + ": ");
        });
    }

    @Test
    void urlsPassThroughInOrder() throws IOException {
        Path file = write("one.html", "<p>x</p>");
        List<Input> inputs = ingest.inputs(List.of("https://example.org/a?b=1", file.toString(), "HTTP://Example.org/c"),
                missing::add);
        assertThat(missing).isEmpty();
        assertThat(inputs).hasSize(3);
        assertThat(inputs.get(0)).isEqualTo(new Input.Url(URI.create("https://example.org/a?b=1")));
        assertThat(inputs.get(0).source()).isEqualTo("https://example.org/a?b=1");
        assertThat(inputs.get(1)).isInstanceOf(Input.File.class);
        assertThat(inputs.get(2)).isInstanceOf(Input.Url.class);
    }

    @Test
    void malformedUrlGoesToTheConsumer() {
        List<Input> inputs = ingest.inputs(List.of("https://exa mple.org/a b"), missing::add);
        assertThat(inputs).isEmpty();
        assertThat(missing).singleElement().satisfies(e ->
                assertThat(e.getMessage()).startsWith("https://exa mple.org/a b: ").contains("URL"));
    }

    @Test
    void ftpIsTreatedAsAPathThatDoesNotExist() {
        List<Input> inputs = ingest.inputs(List.of("ftp://x"), missing::add);
        assertThat(inputs).isEmpty();
        assertThat(missing).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("ftp://x");
            assertThat(e.getMessage()).startsWith("ftp://x: ").contains("no such");
        });
    }

    @Test
    void nameThatIsNotEvenAPathGoesToTheConsumer() {
        List<Input> inputs = ingest.inputs(List.of("bad\0name", "ftp://x"), missing::add);
        assertThat(inputs).isEmpty();
        assertThat(missing).extracting(IngestException::source).containsExactly("bad\0name", "ftp://x");
    }

    @Test
    void receiveReadsAFile() throws IOException, IngestException {
        Path file = write("page.html", "<p>Zürich</p>");
        Received received = ingest.receive(new Input.File(file, "page.html"));
        assertThat(received.source()).isEqualTo("page.html");
        assertThat(received.bytes()).isEqualTo("<p>Zürich</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(received.contentType()).isNull();
        assertThat(received.url()).isNull();
    }

    @Test
    void receiveOfAMissingFile() {
        assertThatThrownBy(() -> ingest.receive(new Input.File(tmp.resolve("gone.html"), "gone.html")))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("gone.html: ");
    }

    @Test
    void receiveOfAFileOverTheLimitPointsAtMaxMb() throws IOException {
        Path file = write("big.html", "<p>x</p>".repeat(200));
        Ingest small = new Ingest(new Ingest.Limits(1024, Duration.ofSeconds(2), Duration.ZERO, "test"));
        assertThatThrownBy(() -> small.receive(new Input.File(file, "big.html")))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("big.html: ")
                .hasMessageContaining("1600 bytes")
                .hasMessageContaining("--max-mb");
    }

    @Test
    void receiveOfAFileAtTheLimitIsFine() throws IOException, IngestException {
        Path file = write("exact.txt", "x".repeat(1024));
        Ingest small = new Ingest(new Ingest.Limits(1024, Duration.ofSeconds(2), Duration.ZERO, "test"));
        assertThat(small.receive(new Input.File(file, "exact.txt")).bytes()).hasSize(1024);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new Ingest.Limits(0, Duration.ofSeconds(1), Duration.ZERO, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodeMakesAPageAndPassesWarningsOn() {
        List<String> warnings = new ArrayList<>();
        byte[] bytes = "Caf\u00e9 \0 bar".getBytes(Charset.forName("windows-1252"));
        Page page = Ingest.decode("d1", "a.txt", null, bytes, "text/plain; charset=utf-8", Page.Format.TEXT, "T",
                new PartialDate("2026-02-06"), warnings::add);
        assertThat(page.text()).isEqualTo("Caf\uFFFD   bar");
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.declaredTitle()).isEqualTo("T");
        assertThat(page.declaredPublished()).isEqualTo(new PartialDate("2026-02-06"));
        assertThat(warnings).singleElement().asString().contains("invalid UTF-8");
    }

    @Test
    void sniffFacade() {
        assertThat(Ingest.sniff("<html></html>".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.HTML);
        assertThat(Format.HTML.isPage()).isTrue();
        assertThat(Format.WARC.isPage()).isFalse();
        assertThat(Format.JSONL.label()).isEqualTo("jsonl");
    }
}
