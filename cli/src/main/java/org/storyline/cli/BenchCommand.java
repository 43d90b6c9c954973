package org.storyline.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.bench.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline bench}: end-to-end throughput on a corpus; the last line is machine-readable. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput on a corpus: 'extract' (the clean stage alone, pages in memory), 'language'",
                "(names, times and counts on the clean dispatches), 'run' (ingest and process into a fresh temporary store),",
                "'stories', 'resolve', or 'serve' (API latency over a generated store of --articles pages).",
                "Ends with 'bench STAGE: key=value ...'."})
final class BenchCommand implements Callable<Integer> {
    /** What to measure. */
    enum Stage { extract, language, run, stories, resolve, serve }

    @Parameters(index = "0", paramLabel = "STAGE", description = "extract, language, run, stories (then the PATHs are corpus sizes), resolve (then a mention count) or serve.")
    Stage stage;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = "Corpus: files, folders, archives.")
    List<String> inputs;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds after one warm-up round (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int rounds;

    @Mixin
    Threads threads;

    @Option(names = "--articles", paramLabel = "N", description = "serve: generated articles in the store built (default: ${DEFAULT-VALUE}).",
            defaultValue = "20000")
    int articles;

    @Option(names = "--requests", paramLabel = "N", description = "serve: requests per endpoint, with one client then four (default: ${DEFAULT-VALUE}).",
            defaultValue = "500")
    int requests;

    @Option(names = "--data", paramLabel = "DIR", description = "serve: reuse the store in DIR, or build one there and keep it (default: a temporary folder).")
    java.nio.file.Path data;

    @Option(names = "--keep", description = "serve: keep the temporary store built (its folder is printed).")
    boolean keep;

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rounds must be at least 1: " + rounds);
        }
        int n = threads.resolve();
        if (stage == Stage.serve) {
            if (articles < 1 || requests < 1) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--articles and --requests must be at least 1: " + articles + ", " + requests);
            }
            org.storyline.bench.ServeBench.Result r = org.storyline.bench.ServeBench.run(
                    new org.storyline.bench.ServeBench.Options(articles, requests, data, keep, n), System.out);
            System.out.println(r.summaryLine());
            return Exit.OK;
        }
        if (stage == Stage.resolve) {
            // Synthetic name mentions; the PATH argument gives their number (default 100000).
            int mentions = inputs.isEmpty() ? 100_000 : Integer.parseInt(inputs.getFirst());
            System.out.println(org.storyline.bench.ResolveBench.run(mentions).summary());
            return Exit.OK;
        }
        if (stage == Stage.stories) {
            // Synthetic happenings at several sizes; the PATH arguments give the sizes (default 10000 50000 100000).
            int[] sizes = inputs.stream().mapToInt(Integer::parseInt).toArray();
            org.storyline.bench.StoryBench.run(sizes.length == 0 ? new int[] {10_000, 50_000, 100_000} : sizes);
            return Exit.OK;
        }
        if (stage == Stage.language) {
            Throughput.LanguageResult l = Throughput.language(inputs, n, rounds);
            System.out.printf(Locale.ROOT, "language: %d articles, %d tokens, %d threads, models loaded in %.1f s, rounds %s tokens/s, peak heap %.0f MiB%n",
                    l.articles(), l.tokens(), n, l.loadSeconds(),
                    l.tokensPerSecond().stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(), l.peakHeapBytes() / 1048576.0);
            System.out.printf(Locale.ROOT, "bench language: articles=%d tokens=%d threads=%d tokens_per_s=%.0f load_s=%.1f peak_heap_mb=%.0f%n",
                    l.articles(), l.tokens(), n, l.median(), l.loadSeconds(), l.peakHeapBytes() / 1048576.0);
            return Exit.OK;
        }
        Throughput.Result r = stage == Stage.extract ? Throughput.extract(inputs, n, rounds) : Throughput.run(inputs, n, rounds);
        System.out.printf(Locale.ROOT, "%s: %d pages, %d threads, rounds %s pages/s, peak heap %.0f MiB%n", r.what(), r.pages(), n,
                r.pagesPerSecond().stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList(), r.peakHeapBytes() / 1048576.0);
        System.out.printf(Locale.ROOT, "bench %s: pages=%d threads=%d pages_per_s=%.1f best_pages_per_s=%.1f peak_heap_mb=%.0f%n",
                r.what(), r.pages(), n, r.median(), r.best(), r.peakHeapBytes() / 1048576.0);
        return Exit.OK;
    }
}
