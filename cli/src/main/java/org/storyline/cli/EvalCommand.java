package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.WebEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline eval SUITE}: scores against the shared evaluation sets; each ends with one summary line. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a stage against an evaluation set; the last line is 'eval SUITE: key=value ...'.",
        subcommands = {EvalCommand.Web.class, EvalCommand.Ner.class, EvalCommand.Stories.class, EvalCommand.Time.class, EvalCommand.Quotes.class, EvalCommand.Muc4.class, EvalCommand.WikiEvents.class})
final class EvalCommand {

    /** Fails naming the folder and the option that gives it when {@code dir} is not a folder. */
    static void requireFolder(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such folder: " + dir + " (give " + option + ")");
        }
    }

    /** Fails naming the file and the option that gives it when {@code file} is not a file. */
    static void requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file + " (give " + option + ")");
        }
    }

    /** {@code storyline eval muc4}: incidents and role fillers against MUC-4 answer keys. */
    @Command(name = "muc4", mixinStandardHelpOptions = true,
            description = "Incident type accuracy and role-filler P/R/F1 (PerpInd, PerpOrg, Target, Victim, Weapon) against MUC-4 answer keys; deaths and injuries per incident.")
    static final class Muc4 implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "DIR", arity = "1..*",
                description = "MUC-4 folders, each with its texts and answer-key file (default: tst1 and tst2 of ../shared/data/events/muc4/corpora).")
        java.util.List<Path> corpus = java.util.List.of(Path.of("../shared/data/events/muc4/corpora/tst1"),
                Path.of("../shared/data/events/muc4/corpora/tst2"));

        @Override
        public Integer call() throws Exception {
            java.util.List<String> args = new java.util.ArrayList<>();
            for (Path p : corpus) {
                requireFolder(p, "--corpus DIR...");
                args.add("--corpus");
                args.add(p.toString());
            }
            org.storyline.eval.Muc4Eval.main(args.toArray(String[]::new));
            return Exit.OK;
        }
    }

    /** {@code storyline eval wikievents}: event triggers and arguments against WikiEvents. */
    @Command(name = "wikievents", mixinStandardHelpOptions = true,
            description = "Event trigger/type F1 (Conflict.Attack, Life.Die, Life.Injure) and argument F1 against WikiEvents JSON lines.")
    static final class WikiEvents implements Callable<Integer> {
        @Option(names = "--file", paramLabel = "F", description = "WikiEvents .jsonl file (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/data/events/wikievents/dev.jsonl")
        Path file;

        @Override
        public Integer call() throws Exception {
            requireFile(file, "--file F");
            org.storyline.eval.WikiEventsEval.main(new String[] {"--file", file.toString()});
            return Exit.OK;
        }
    }

    /** {@code storyline eval quotes}: attributions against PolNeAR. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Quotes and claims against PolNeAR (brat standoff): source+content F1 on attributions whose cue is a verb of",
                    "saying or reporting (a fixed list), direct quotes F1, and the full figure. DIR is the corpus root (dev is used) or a split folder."})
    static final class Quotes implements Callable<Integer> {
        @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR folder (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/data/quotes")
        Path polnear;

        @Override
        public Integer call() {
            requireFolder(polnear, "--polnear DIR");
            System.out.println(org.storyline.eval.QuoteEval.score(polnear, org.storyline.extract.quotes.QuoteFinder.english()).summaryLine());
            return Exit.OK;
        }
    }

    /** {@code storyline eval time}: temporal expressions against TimeML (TempEval-3 Task A). */
    @Command(name = "time", mixinStandardHelpOptions = true,
            description = "Temporal expressions against TimeML files (TempEval-3 Task A): strict and relaxed span F1, value and type F1, each document anchored at its creation time.")
    static final class Time implements Callable<Integer> {
        @Option(names = "--timeml", paramLabel = "DIR", description = "Folder of .tml files, searched recursively (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/data/time")
        Path timeml;

        @Override
        public Integer call() {
            requireFolder(timeml, "--timeml DIR");
            var r = org.storyline.eval.TimeEval.score(timeml, org.storyline.language.TemporalTagger.english());
            System.out.println(r.summaryLine());
            return Exit.OK;
        }
    }

    /** {@code storyline eval stories}: document clustering against ECB+ subtopics. */
    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Story clustering: B-cubed precision, recall and F1 of documents against ECB+ subtopics (one subtopic = one happening).")
    static final class Stories implements Callable<Integer> {
        @Option(names = "--ecb", paramLabel = "DIR", description = "Folder with dataset.conll (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/data/stories/ecbplus-val")
        Path ecb;

        @Override
        public Integer call() {
            requireFolder(ecb, "--ecb DIR");
            System.out.println(org.storyline.eval.StoryEval.score(ecb).summaryLine());
            return Exit.OK;
        }
    }

    /** {@code storyline eval ner}: names against CoNLL-2003 style files. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "PER/ORG/LOC (and MISC) precision, recall and F1 against a CoNLL-2003 style IOB file, on its tokens.")
    static final class Ner implements Callable<Integer> {
        @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL file (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/data/ner/valid.txt")
        Path conll;

        @Option(names = "--upper", description = "Score on the same text upper-cased (wire text in capitals).")
        boolean upper;

        @Override
        public Integer call() {
            requireFile(conll, "--conll FILE");
            var sentences = org.storyline.eval.NerEval.read(conll);
            long load = System.nanoTime();
            var language = org.storyline.language.Language.shared();
            System.out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - load) / 1e9);
            var r = org.storyline.eval.NerEval.score(sentences, language::labels, upper);
            r.byType().forEach((type, s) -> System.out.printf(Locale.ROOT, "%-4s p %.4f r %.4f f1 %.4f (gold %d)%n",
                    type, s.precision(), s.recall(), s.f1(), s.gold()));
            System.out.printf(Locale.ROOT, "%d sentences, %d tokens in %.1f s (%.0f tokens/s, one thread)%n", r.sentences(), r.tokens(),
                    r.seconds(), r.tokens() / r.seconds());
            System.out.println(r.summaryLine());
            return Exit.OK;
        }
    }

    /** {@code storyline eval web}: main text and publication dates of web pages. */
    @Command(name = "web", mixinStandardHelpOptions = true,
            description = {"Main-text extraction (F1 of must-have and must-not-have snippets, as trafilatura's evaluation)",
                    "and publication dates (accuracy, as htmldate's) on pages laid out like ../shared/data/web."})
    static final class Web implements Callable<Integer> {
        @Option(names = "--content", paramLabel = "FILE", description = "Snippets file (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/data/web/content.json")
        Path content;

        @Option(names = "--dates", paramLabel = "FILE", description = "Dates file (default: ${DEFAULT-VALUE}).",
                defaultValue = "../shared/data/web/dates.json")
        Path dates;

        @Option(names = "--pages", paramLabel = "DIR", description = "Folder of pages, NAME or NAME.gz (default: 'pages' beside the content file).")
        Path pages;

        @Option(names = "--worst", paramLabel = "N", description = "List the N worst pages of each part (default: ${DEFAULT-VALUE}).",
                defaultValue = "0")
        int worst;

        @Mixin
        Threads threads;

        @Override
        public Integer call() {
            for (Path p : new Path[] {content, dates}) {
                requireFile(p, "--content and --dates");
            }
            Path dir = pages != null ? pages : content.toAbsolutePath().getParent().resolve("pages");
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no pages folder at " + dir + " (give --pages DIR)");
            }
            WebEval eval = new WebEval(dir, threads.resolve());
            WebEval.ContentResult c = eval.content(content);
            System.out.printf(Locale.ROOT, "content: %d pages, precision %.3f, recall %.3f, F1 %.3f (tp %d, fn %d, fp %d, tn %d)%n",
                    c.pages().size(), c.precision(), c.recall(), c.f1(), c.tp(), c.fn(), c.fp(), c.tn());
            for (WebEval.PageScore p : c.worst(worst)) {
                System.out.printf(Locale.ROOT, "  %s [%s]  missed %s  kept %s%n", p.file(), p.method(), p.missed(), p.kept());
            }
            WebEval.DateResult d = eval.dates(dates);
            System.out.printf(Locale.ROOT, "dates: %d pages, %d with a date found, accuracy %.3f%n", d.pages().size(), d.found(), d.accuracy());
            d.pages().stream().filter(s -> !s.correct()).limit(worst)
                    .forEach(s -> System.out.printf("  %s  gold %s  found %s%n", s.file(), s.gold(), s.found()));
            System.out.printf(Locale.ROOT, "eval web: content_f1=%.4f precision=%.4f recall=%.4f date_accuracy=%.4f pages=%d dated=%d%n",
                    c.f1(), c.precision(), c.recall(), d.accuracy(), c.pages().size(), d.pages().size());
            return Exit.OK;
        }
    }
}
