package org.storyline.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.clean.Cleaned;
import org.storyline.clean.Dispatch;
import org.storyline.engine.PageExtractor;
import org.storyline.ingest.Ingest;
import org.storyline.ingest.IngestException;
import org.storyline.ingest.Input;
import org.storyline.ingest.PageSink;
import org.storyline.ingest.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline extract}: the clean stage alone, one JSON line (or a text block) per page; nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the clean text, metadata and dispatches of each page, without storing anything",
                "and without loading language models (like trafilatura's command line)."})
final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { jsonl, text }

    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files, folders, archives, feeds, http(s) URLs.")
    List<String> inputs;

    @Option(names = "--format", description = "jsonl (one object per page) or text; default: ${DEFAULT-VALUE}.",
            defaultValue = "jsonl")
    Format format = Format.jsonl;

    @Mixin
    Threads threads;

    private final PageExtractor extractor = new PageExtractor();

    @Override
    public Integer call() throws Exception {
        Ingest ingest = Ingest.withDefaults();
        int[] problems = {0};
        List<Input> found = ingest.inputs(inputs, e -> {
            problems[0]++;
            System.err.println("problem: " + e.getMessage());
        });
        int workers = threads.resolve();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        java.util.ArrayDeque<Future<Rendered>> window = new java.util.ArrayDeque<>();
        try {
            for (Input input : found) {
                window.add(pool.submit(() -> extractAll(ingest, input)));
                if (window.size() >= workers * 4) {
                    problems[0] += emit(window.poll(), out);
                }
            }
            while (!window.isEmpty()) {
                problems[0] += emit(window.poll(), out);
            }
        } finally {
            pool.shutdownNow();
            out.flush();
        }
        return problems[0] == 0 ? Exit.OK : Exit.PARTIAL;
    }

    /** The rendered pages of one input and the problems met reading it. */
    private record Rendered(String text, List<String> problems) {
    }

    private Rendered extractAll(Ingest ingest, Input input) {
        List<String> problems = new ArrayList<>();
        List<RawPage> pages = new ArrayList<>();
        try {
            ingest.unpack(ingest.receive(input), new PageSink() {
                @Override
                public void page(RawPage page) {
                    pages.add(page);
                }

                @Override
                public void problem(String message) {
                    problems.add(message);
                }
            });
        } catch (IngestException e) {
            problems.add(e.getMessage());
        }
        StringBuilder text = new StringBuilder();
        for (RawPage page : pages) {
            try {
                text.append(render(page));
            } catch (IOException | RuntimeException e) {
                problems.add(page.source() + ": " + e.getMessage());
            }
        }
        return new Rendered(text.toString(), problems);
    }

    private static int emit(Future<Rendered> future, PrintStream out) throws InterruptedException {
        try {
            Rendered r = future.get();
            out.print(r.text());
            r.problems().forEach(p -> System.err.println("problem: " + p));
            return r.problems().size();
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("problem: " + e.getCause());
            return 1;
        }
    }

    private String render(RawPage page) throws IOException {
        PageExtractor.Extraction x = extractor.extract(page.source(), page.url(), page.bytes(), page.contentType());
        Cleaned c = x.cleaned();
        String title = page.title() != null ? page.title() : c.title();
        String published = page.published() != null ? page.published().value() : c.published() == null ? null : c.published().value();
        if (format == Format.text) {
            StringBuilder s = new StringBuilder("== ").append(page.source()).append('\n');
            s.append("title: ").append(title).append("\npublished: ").append(published).append("\noutlet: ").append(c.outlet())
                    .append("\nbyline: ").append(c.byline()).append("\nlanguage: ").append(c.language()).append("\nmethod: ").append(c.method()).append('\n');
            for (Dispatch d : c.dispatches()) {
                s.append("-- dispatch").append(d.dateline() == null ? "" : " (" + d.dateline() + ")")
                        .append(" date ").append(d.date()).append(" [").append(d.dateBasis().label()).append("]\n")
                        .append(d.text()).append('\n');
            }
            return s.append('\n').toString();
        }
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator((OutputStream) buffer, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter(""));
            g.writeStartObject();
            g.writeStringField("source", page.source());
            g.writeStringField("title", title);
            g.writeStringField("published", published);
            g.writeStringField("outlet", c.outlet());
            g.writeStringField("byline", c.byline());
            g.writeStringField("language", c.language());
            g.writeStringField("charset", x.charset());
            g.writeArrayFieldStart("articles");
            for (Dispatch d : c.dispatches()) {
                g.writeStartObject();
                g.writeStringField("dateline", d.dateline());
                g.writeStringField("date", d.date() == null ? null : d.date().value());
                g.writeStringField("date_basis", d.dateBasis().label());
                g.writeStringField("text", d.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : x.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return buffer.toString(StandardCharsets.UTF_8) + "\n";
    }
}
