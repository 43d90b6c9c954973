package org.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.model.Diagnostic;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline status}: what the store holds and what failed. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show counts, failed inputs and document errors with their reasons.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Option(names = "--json", description = "Print the status as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Store.Status s;
        try (Store store = data.open()) {
            s = store.status();
        }
        PrintStream out = System.out;
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("data", data.dir.toString());
            m.put("inputs", s.inputs());
            m.put("raw_bytes", s.rawBytes());
            m.put("documents", s.documents());
            m.put("articles", s.articles());
            m.put("warnings", s.warnings());
            m.put("failures", s.failures().stream().map(f -> Map.of("source", f.source(), "stage", f.stage(),
                    "message", f.message(), "attempts", f.attempts(), "last_attempt", f.lastAttempt())).toList());
            m.put("errors", s.errors().stream().map(StatusCommand::map).toList());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            out.printf("data:      %s%n", data.dir);
            out.printf("inputs:    %d (%,d raw bytes kept)%n", s.inputs(), s.rawBytes());
            out.printf("documents: %d (%d processed, %d pending, %d failed)%n", s.documentCount(),
                    s.documents().get("processed"), s.documents().get("pending"), s.documents().get("failed"));
            out.printf("articles:  %d%n", s.articles());
            out.printf("warnings:  %d%n", s.warnings());
            List<Store.Failure> failures = s.failures();
            out.printf("failed inputs: %d%s%n", failures.size(), failures.isEmpty() ? "" : " (storyline retry tries them again)");
            for (Store.Failure f : failures) {
                out.printf("  %s  [%s, %d attempt%s, last %s]%n", f.message(), f.stage(), f.attempts(), f.attempts() == 1 ? "" : "s",
                        f.lastAttempt());
            }
            out.printf("errors: %d%n", s.errors().size());
            for (Diagnostic d : s.errors()) {
                out.printf("  %s  [%s%s]%n", d.message(), d.stage(), d.document() == null ? "" : ", " + d.document());
            }
        }
        return Exit.OK;
    }

    private static Map<String, Object> map(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", d.document());
        m.put("source", d.source());
        m.put("stage", d.stage());
        m.put("message", d.message());
        return m;
    }
}
