package org.storyline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.eval.wikievents.WikiDocument;
import org.storyline.extract.events.EventFinder;
import org.storyline.language.Annotated;
import org.storyline.language.Language;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.Mention;
import org.storyline.model.Span;
import org.storyline.model.StableId;

/**
 * Scores the event finder on WikiEvents (KAIROS event types) for the three types it covers: Conflict.Attack (all
 * subtypes), Life.Die and Life.Injure. Trigger F1 is by type: a predicted trigger is right when its tokens overlap
 * a gold trigger's of the same type (each gold trigger matched once); arguments by head, as BART-Gen's "head F1":
 * right when the trigger is right, the role is the same and the argument's head token is the gold mention's last
 * token (or inside the gold mention).
 *
 * <p>How events become KAIROS mentions: every mention of an attack, strike or clash is a Conflict.Attack trigger,
 * except the deaths and injuries tied to it ("killed", "wounded"), which the finder keeps among the event's
 * mentions and which are Life.Die and Life.Injure triggers. Each trigger's arguments are the event's, found in the
 * trigger's sentence: perpetrators as Attacker (Killer, Injurer), victims and targets as Target (victims as Victim),
 * the place as Place, instruments as Instrument (the gold ExplosiveDevice role counts as Instrument).
 */
public final class WikiEventsEval {
    private static final Set<String> DIE = Set.of("killed", "kill", "kills", "killing", "killings", "died", "dies", "die", "dead", "death",
            "deaths", "slain", "fatalities", "fatality", "shot dead", "death toll", "lost their lives", "executed", "beaten to death",
            "stabbed to death", "shot to death", "gunned down");
    private static final Set<String> INJURE = Set.of("injured", "injuring", "injures", "injure", "injuries", "injury", "wounded",
            "wounding", "wounds", "hurt", "hospitalized", "hospitalised", "maimed", "maiming", "mutilated", "beaten", "beating");

    private WikiEventsEval() {
    }

    /** Counts of one kind of item: right, predicted, gold. */
    public record Score(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    /** Scores over the documents. */
    public record Result(int documents, Score triggers, Score identification, Map<String, Score> byType, Score arguments, long tokens,
                         double seconds) {
        public String summaryLine() {
            return String.format(Locale.ROOT, "eval wikievents: trigger_f1=%.4f arg_f1=%.4f trigger_p=%.4f trigger_r=%.4f trigger_id_f1=%.4f"
                            + " arg_p=%.4f arg_r=%.4f attack_f1=%.4f die_f1=%.4f injure_f1=%.4f documents=%d",
                    triggers.f1(), arguments.f1(), triggers.precision(), triggers.recall(), identification.f1(), arguments.precision(),
                    arguments.recall(), byType.get("Conflict.Attack").f1(), byType.get("Life.Die").f1(), byType.get("Life.Injure").f1(),
                    documents);
        }
    }

    /** Reads a WikiEvents JSON-lines file (one document a line). */
    public static List<WikiDocument> read(Path jsonl) {
        List<WikiDocument> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(WikiDocument.of(json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A predicted trigger and its arguments (role and head token). */
    private record Predicted(int start, int end, String type, Set<String> arguments) {
    }

    public static Result score(List<WikiDocument> documents) {
        Language language = Language.shared();
        Map<String, int[]> byType = new LinkedHashMap<>();
        for (String t : List.of("Conflict.Attack", "Life.Die", "Life.Injure")) {
            byType.put(t, new int[3]);
        }
        int[] identification = new int[3];
        int[] arguments = new int[3];
        long tokens = 0;
        long start = System.nanoTime();
        for (WikiDocument doc : documents) {
            Annotated annotated = language.annotate(doc.text(), null);
            tokens += annotated.tokenCount();
            String documentId = "d" + StableId.sha256(doc.id().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            List<Event> events = EventFinder.english().find(documentId, StableId.article(documentId, 0), doc.text(), annotated, null);
            List<Predicted> predicted = predictions(doc, events);
            for (WikiDocument.Trigger g : doc.triggers()) {
                byType.get(g.type())[2]++;
                identification[2]++;
                Set<String> goldArgs = new HashSet<>();
                for (WikiDocument.Argument a : g.arguments()) {
                    goldArgs.add(a.role() + "/" + a.entity());
                }
                arguments[2] += goldArgs.size();
            }
            for (Predicted p : predicted) {
                byType.get(p.type())[1]++;
                identification[1]++;
                arguments[1] += p.arguments().size();
            }
            Set<WikiDocument.Trigger> usedTyped = new HashSet<>();
            Set<WikiDocument.Trigger> usedAny = new HashSet<>();
            for (Predicted p : predicted) {
                WikiDocument.Trigger any = match(doc, p, usedAny, false);
                if (any != null) {
                    usedAny.add(any);
                    identification[0]++;
                }
                WikiDocument.Trigger g = match(doc, p, usedTyped, true);
                if (g == null) {
                    continue;
                }
                usedTyped.add(g);
                byType.get(g.type())[0]++;
                Set<String> matched = new HashSet<>();
                for (String arg : p.arguments()) {
                    String role = arg.substring(0, arg.indexOf('/'));
                    int head = Integer.parseInt(arg.substring(arg.indexOf('/') + 1));
                    for (WikiDocument.Argument a : g.arguments()) {
                        String key = a.role() + "/" + a.entity();
                        if (a.role().equals(role) && !matched.contains(key) && (a.head() == head || a.start() <= head && head < a.end())) {
                            matched.add(key);
                            arguments[0]++;
                            break;
                        }
                    }
                }
            }
        }
        Map<String, Score> types = new LinkedHashMap<>();
        int[] all = new int[3];
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] c = e.getValue();
            types.put(e.getKey(), new Score(c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        return new Result(documents.size(), new Score(all[0], all[1], all[2]), new Score(identification[0], identification[1], identification[2]),
                types, new Score(arguments[0], arguments[1], arguments[2]), tokens, (System.nanoTime() - start) / 1e9);
    }

    private static WikiDocument.Trigger match(WikiDocument doc, Predicted p, Set<WikiDocument.Trigger> used, boolean typed) {
        for (WikiDocument.Trigger g : doc.triggers()) {
            if (!used.contains(g) && g.start() < p.end() && p.start() < g.end() && (!typed || g.type().equals(p.type()))) {
                return g;
            }
        }
        return null;
    }

    /** The KAIROS type of an event mention: deaths and injuries by their words, the rest by the event's type. */
    static String kairos(Event e, Mention m) {
        String w = m.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (DIE.contains(w)) {
            return "Life.Die";
        }
        if (INJURE.contains(w)) {
            return "Life.Injure";
        }
        return e.type() == EventType.ATTACK || e.type() == EventType.STRIKE || e.type() == EventType.CLASH ? "Conflict.Attack" : null;
    }

    private static List<Predicted> predictions(WikiDocument doc, List<Event> events) {
        List<Predicted> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Event e : events) {
            for (Mention m : e.mentions()) {
                String type = kairos(e, m);
                int[] span = doc.tokens(m.span());
                if (type == null || span == null || !seen.add(span[0] + ":" + span[1] + ":" + type)) {
                    continue;
                }
                int sentence = doc.sentenceOf().get(span[0]);
                Set<String> arguments = new LinkedHashSet<>();
                for (Event.Participant p : e.participants()) {
                    String role = switch (p.role()) {
                        case PERPETRATOR -> type.equals("Conflict.Attack") ? "Attacker" : type.equals("Life.Die") ? "Killer" : "Injurer";
                        case VICTIM -> type.equals("Conflict.Attack") ? "Target" : "Victim";
                        case TARGET -> type.equals("Conflict.Attack") ? "Target" : null;
                        default -> null;
                    };
                    add(arguments, doc, sentence, m.span(), role, p.text());
                }
                if (e.location() != null) {
                    add(arguments, doc, sentence, m.span(), "Place", e.location().name());
                }
                for (Event.Fact f : e.facts()) {
                    if (f.field().equals("instrument")) {
                        add(arguments, doc, sentence, m.span(), "Instrument", f.value());
                    }
                }
                out.add(new Predicted(span[0], span[1], type, arguments));
            }
        }
        return out;
    }

    /** An argument found in the trigger's sentence (the occurrence nearest the trigger), as "Role/headToken". */
    private static void add(Set<String> into, WikiDocument doc, int sentence, Span trigger, String role, String text) {
        if (role == null || text == null || text.isBlank()) {
            return;
        }
        Span s = doc.sentence(sentence);
        String sentenceText = doc.text().substring(s.start(), s.end());
        String lower = sentenceText.toLowerCase(Locale.ROOT);
        String needle = text.toLowerCase(Locale.ROOT);
        int best = -1;
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
            if (best < 0 || Math.abs(s.start() + at - trigger.start()) < Math.abs(s.start() + best - trigger.start())) {
                best = at;
            }
        }
        if (best < 0) {
            return;
        }
        int of = needle.indexOf(" of ");
        int comma = needle.indexOf(", ");
        int headEnd = needle.length();
        if (of > 0) {
            headEnd = of;
        }
        if (comma > 0 && comma < headEnd) {
            headEnd = comma;
        }
        int head = doc.token(s.start() + best + headEnd - 1);
        if (head >= 0) {
            into.add(role + "/" + head);
        }
    }

    /** {@code WikiEventsEval --file dev.jsonl}: prints the summary line last. */
    public static void main(String[] args) {
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--file")) {
                file = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + " (use --file dev.jsonl)");
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("give --file FILE, a WikiEvents JSON-lines file such as ../shared/data/events/wikievents/dev.jsonl");
        }
        Result r = score(read(file));
        r.byType().forEach((type, s) -> System.out.printf(Locale.ROOT, "%-16s p %.4f r %.4f f1 %.4f (found %d, gold %d)%n", type,
                s.precision(), s.recall(), s.f1(), s.predicted(), s.gold()));
        System.out.printf(Locale.ROOT, "arguments        p %.4f r %.4f f1 %.4f (found %d, gold %d)%n", r.arguments().precision(),
                r.arguments().recall(), r.arguments().f1(), r.arguments().predicted(), r.arguments().gold());
        System.out.printf(Locale.ROOT, "%d documents, %d tokens in %.1f s%n", r.documents(), r.tokens(), r.seconds());
        System.out.println(r.summaryLine());
    }
}
