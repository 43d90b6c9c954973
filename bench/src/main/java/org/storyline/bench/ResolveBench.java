package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.NameMention;
import org.storyline.model.Span;
import org.storyline.model.StableId;
import org.storyline.resolve.names.CorpusEntities;
import org.storyline.resolve.names.DocumentEntities;
import org.storyline.resolve.names.LocalEntity;

/**
 * Entity resolution throughput on a generated corpus: documents of news-like sentences naming people (with titles,
 * appositions, surnames alone and transliteration variants of their names) and organisations (with acronyms
 * defined in the text), about 25 names a document, people drawn with a skewed popularity so that the corpus has
 * both frequent and rare names. Times the within-document step over every document and the cross-document step over
 * all of them, after a warm-up round on a tenth of the corpus. Single-threaded; the corpus is the same for the same
 * size.
 *
 * <p>Run it as {@code ResolveBench.run(100_000)} ({@link Result#summary()} gives the figures on one line), or from
 * a built tree with {@code java -cp "$(cat cp.txt)" org.storyline.bench.ResolveBench 100000}.
 */
public final class ResolveBench {
    private static final String[] GIVEN = {"Vladimir", "Sergey", "Aleksey", "Dmitry", "Yevgeny", "Mikhail", "Nikolai",
        "Andrei", "Pavel", "Igor", "Oleg", "Yuri", "Viktor", "Kirill", "Ivan", "Boris", "Roman", "Denis", "Maxim", "Anna",
        "Olga", "Irina", "Maria", "Yulia", "Volodymyr", "Oleksandr", "Mohammed", "Ahmed", "Ali", "Hassan", "Omar",
        "Jose", "Carlos", "Maria", "Juergen", "Klaus", "John", "David", "Michael", "Sarah"};
    private static final String[] ONSET = {"Al", "Bor", "Ver", "Gor", "Dan", "Zhu", "Kar", "Lav", "Mor", "Nov", "Pet",
        "Ros", "Sok", "Tar", "Fil", "Khar", "Tsar", "Chern", "Shev", "Yak", "Kul", "Sar", "Mosk", "Kir", "Pesk", "Ob",
        "Ham", "Nas", "Gar", "Mil", "Sch", "Wag", "Bak", "Fer", "Lop", "Zel", "Ig", "Ust", "Vol", "Dub"};
    private static final String[] MIDDLE = {"", "a", "e", "i", "o", "ar", "en", "il", "ov", "ek", "ush", "al", "im"};
    private static final String[] CODA = {"ov", "ev", "in", "sky", "enko", "uk", "ich", "yan", "ani", "ez", "er",
        "ski", "ayev", "eyev", "yn", "ash", "ov", "in"};
    private static final String[] ORG_WORDS = {"Main", "Federal", "National", "Intelligence", "Security", "Service",
        "Directorate", "Committee", "Ministry", "Defence", "Energy", "Bureau", "Council", "Agency", "State",
        "Emergency", "Investigative", "Operational", "Training", "Guard"};
    private static final String[] ROLES = {"a deputy head of the military intelligence arm", "the foreign minister",
        "a senior official", "a spokesman for the ministry", "head of the regional council"};
    private static final String[] FILLER = {"said on Friday that talks would continue.", "declined to comment.",
        "was seen in the capital.", "told reporters the plan had changed.", "did not answer questions."};

    private ResolveBench() {
    }

    /** Prints the figures for a corpus of {@code args[0]} names (default 100,000). */
    public static void main(String[] args) {
        System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000).summary());
    }

    /**
     * What one measured round took.
     *
     * @param localEntities what the within-document step found over all documents
     * @param entities      what the cross-document step made of them
     * @param cpuSeconds    CPU time the process spent on both steps, garbage collection and compilation included (the
     *                      figure to compare on a busy machine; wall time otherwise), or -1 where the JVM cannot tell
     */
    public record Result(int documents, int mentions, int localEntities, int entities, double documentSeconds,
                         double corpusSeconds, double cpuSeconds) {
        public double totalSeconds() {
            return documentSeconds + corpusSeconds;
        }

        public double mentionsPerSecond() {
            return mentions / totalSeconds();
        }

        /** The figures on one line: {@code resolve: documents=… mentions=… …}. */
        public String summary() {
            return String.format(Locale.ROOT, "resolve: documents=%d mentions=%d local_entities=%d entities=%d "
                    + "document_s=%.2f corpus_s=%.2f total_s=%.2f cpu_s=%.2f mentions_per_s=%.0f", documents, mentions,
                    localEntities, entities, documentSeconds, corpusSeconds, totalSeconds(), cpuSeconds,
                    mentionsPerSecond());
        }
    }

    /** A generated document: its one article and the names in it. */
    record Doc(String id, Article article, List<NameMention> names) {
    }

    /** Generates a corpus of about {@code mentions} names and times both resolution steps on it. */
    public static Result run(int mentions) {
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1: " + mentions);
        }
        measure(corpus(Math.max(1, mentions / 10), 2));
        return measure(corpus(mentions, 1));
    }

    private static Result measure(List<Doc> docs) {
        int mentions = docs.stream().mapToInt(d -> d.names().size()).sum();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        CorpusEntities corpus = new CorpusEntities();
        int locals = 0;
        for (Doc d : docs) {
            List<LocalEntity> found = DocumentEntities.resolve(List.of(d.article()), d.names());
            locals += found.size();
            corpus.put(d.id(), found);
        }
        long middle = System.nanoTime();
        List<Entity> entities = corpus.entities();
        long end = System.nanoTime();
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        return new Result(docs.size(), mentions, locals, entities.size(), (middle - start) / 1e9, (end - middle) / 1e9,
                cpuSeconds);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1_000_000_000L;
    }

    /** A corpus of about {@code mentions} names, the same for the same arguments. */
    static List<Doc> corpus(int mentions, long seed) {
        Random random = new Random(seed);
        int people = Math.max(20, mentions / 12);
        List<String[]> persons = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            String surname = ONSET[random.nextInt(ONSET.length)] + MIDDLE[random.nextInt(MIDDLE.length)]
                    + CODA[random.nextInt(CODA.length)];
            persons.add(new String[] {GIVEN[random.nextInt(GIVEN.length)], surname});
        }
        int orgCount = Math.max(5, people / 8);
        List<String[]> orgs = new ArrayList<>(orgCount);
        for (int i = 0; i < orgCount; i++) {
            String[] w = {ORG_WORDS[random.nextInt(ORG_WORDS.length)], ORG_WORDS[random.nextInt(ORG_WORDS.length)],
                ORG_WORDS[random.nextInt(ORG_WORDS.length)], "of " + ONSET[i % ONSET.length] + "ia"};
            String acronym = "" + w[0].charAt(0) + w[1].charAt(0) + w[2].charAt(0) + (char) ('A' + (i / ONSET.length) % 26);
            orgs.add(new String[] {String.join(" ", w), acronym});
        }
        List<Doc> docs = new ArrayList<>();
        int made = 0;
        while (made < mentions) {
            String document = StableId.of('d', "bench", seed, docs.size());
            String article = StableId.article(document, 0);
            StringBuilder text = new StringBuilder();
            List<NameMention> names = new ArrayList<>();
            int target = Math.min(mentions - made, 15 + random.nextInt(20));
            while (names.size() < target) {
                String[] p = persons.get(skewed(random, people));
                String given = variant(p[0], random);
                String surname = variant(p[1], random);
                switch (random.nextInt(6)) {
                    case 0 -> {
                        text.append("Lt. Gen. ");
                        name(text, names, article, given + " " + surname, EntityType.PERSON);
                        text.append(", ").append(30 + random.nextInt(50)).append(", ")
                                .append(ROLES[random.nextInt(ROLES.length)]).append(", was wounded. ");
                    }
                    case 1 -> {
                        text.append("Russian Foreign Minister ");
                        name(text, names, article, given + " " + surname, EntityType.PERSON);
                        text.append(' ').append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                        name(text, names, article, surname, EntityType.PERSON);
                        text.append(" added that he was honored with the “Hero of Russia” award. ");
                    }
                    case 2 -> {
                        String[] org = orgs.get(skewed(random, orgCount));
                        text.append("The ");
                        name(text, names, article, org[0], EntityType.ORG);
                        text.append(" (").append(org[1]).append(") ").append(FILLER[random.nextInt(FILLER.length)])
                                .append(" The ");
                        name(text, names, article, org[1], EntityType.ORG);
                        text.append(" sanctioned him in 2016. ");
                    }
                    case 3 -> {
                        name(text, names, article, surname, EntityType.PERSON);
                        text.append(' ').append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                    }
                    case 4 -> {
                        text.append("In ");
                        name(text, names, article, "Moscow", EntityType.PLACE);
                        text.append(", ");
                        name(text, names, article, given + " " + surname, EntityType.PERSON);
                        text.append(' ').append(FILLER[random.nextInt(FILLER.length)]).append(" We wish the general well. ");
                    }
                    default -> {
                        name(text, names, article, given + " " + surname, EntityType.PERSON);
                        text.append(' ').append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                    }
                }
            }
            made += names.size();
            Article a = new Article(article, document, 0, null, null, null, DateBasis.UNKNOWN, "en", text.toString());
            docs.add(new Doc(document, a, names));
        }
        return docs;
    }

    private static void name(StringBuilder text, List<NameMention> names, String article, String name, EntityType type) {
        int start = text.length();
        text.append(name);
        names.add(new NameMention(article, new Span(start, text.length()), name, type));
    }

    /** Popular names often, rare names rarely. */
    private static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return (int) (u * u * u * n);
    }

    /** A spelling of the name another outlet might use. */
    private static String variant(String name, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> name.replace("ks", "x").replace("ey", "e");
            case 1 -> name.endsWith("y") ? name + "y" : name.replace("ov", "ow");
            case 2 -> name.replace("v", "w").replace("y", "j");
            default -> name;
        };
    }
}
