package org.storyline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.storyline.eval.muc4.AnswerKeys;
import org.storyline.eval.muc4.Messages;
import org.storyline.eval.muc4.RoleFillers;
import org.storyline.extract.events.EventFinder;
import org.storyline.language.Annotated;
import org.storyline.language.Language;
import org.storyline.language.Name;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.StableId;

/**
 * Scores the event finder on MUC-4 terrorism news (ALL-CAPS wire text) against the answer keys: the incident type of
 * each relevant message, and the role fillers PerpInd, PerpOrg, Target, Victim and Weapon as GRIT and the CEAF-REE
 * papers score them (per message, each role's gold entities against the fillers found, one to one, micro P/R/F1
 * over roles).
 *
 * <p>How events become MUC templates:
 * <ul>
 *   <li>only attacks and strikes count (a clash between troops and rebels is no terrorist incident); the incident
 *       type is BOMBING for a bombing or car bomb, KIDNAPPING, ARSON, else ATTACK;</li>
 *   <li>a message's incident type is that of its most mentioned event (ties: the first); it is right when one of the
 *       message's templates has it;</li>
 *   <li>PerpInd and PerpOrg: perpetrators, and who claimed responsibility or is blamed; an organisation (a name the
 *       language stage tags as one, or an institution: army, armed forces, government…) is PerpOrg, anyone else
 *       PerpInd;</li>
 *   <li>Target: targets (things); Victim: the person names among the victims (GRIT's Victim is the HUM TGT: NAME
 *       slot, descriptions like "peasant" are not scored); Weapon: the {@code instrument} facts;</li>
 *   <li>a filler matches a gold entity as {@link RoleFillers} says: by head noun for {@code role_f1}, exactly for
 *       {@code role_f1_exact}.</li>
 * </ul>
 * Deaths and injuries: of the relevant messages whose keys report a death (an injury), the share where some event
 * found states people killed (injured), and the share of messages reporting them that are right.
 */
public final class Muc4Eval {
    /** The roles, with the key slot each comes from. */
    public static final Map<String, Integer> ROLES = orderedRoles();
    private static final Set<String> INSTITUTIONS = Set.of("army", "armed forces", "military", "air force", "government", "police",
            "national police", "national guard", "navy", "security forces", "forces", "cartel", "mafia", "mafias",
            "front", "movement", "party", "organization", "guard", "command", "alliance", "regime", "junta", "battalion", "brigade",
            "death squad", "death squads", "extraditables", "the extraditables", "commando", "detachment");

    private final int threads;

    public Muc4Eval(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    private static Map<String, Integer> orderedRoles() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("PerpInd", 9);
        m.put("PerpOrg", 10);
        m.put("Target", 12);
        m.put("Victim", 18);
        m.put("Weapon", 6);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Precision, recall and F1 of matched fillers. */
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

    /** One message: its gold and found types and fillers, for reading the errors. */
    public record Message(String id, List<String> goldTypes, String foundType, Map<String, List<List<String>>> gold,
                          Map<String, List<String>> found, Map<String, Score> scores, boolean goldDeaths, boolean foundDeaths,
                          boolean goldInjuries, boolean foundInjuries, int tokens) {
        public boolean relevant() {
            return !goldTypes.isEmpty();
        }

        public boolean typeCorrect() {
            return foundType != null && goldTypes.contains(foundType);
        }
    }

    /** Totals over the messages. */
    public record Result(List<Message> messages, double seconds) {
        public int relevant() {
            return (int) messages.stream().filter(Message::relevant).count();
        }

        public double typeAccuracy() {
            int r = relevant();
            return r == 0 ? 0 : (double) messages.stream().filter(m -> m.relevant() && m.typeCorrect()).count() / r;
        }

        public Score role(String role, boolean exact) {
            Score s = new Score(0, 0, 0);
            for (Message m : messages) {
                s = s.plus(exact ? exactScores(m).get(role) : m.scores().get(role));
            }
            return s;
        }

        public Score micro(boolean exact) {
            Score s = new Score(0, 0, 0);
            for (String role : ROLES.keySet()) {
                s = s.plus(role(role, exact));
            }
            return s;
        }

        private static Map<String, Score> exactScores(Message m) {
            Map<String, Score> out = new LinkedHashMap<>();
            for (String role : ROLES.keySet()) {
                List<String> found = m.found().get(role);
                List<List<String>> gold = m.gold().get(role);
                out.put(role, new Score(RoleFillers.matched(found, gold, false), found.size(), gold.size()));
            }
            return out;
        }

        /** Of the relevant messages whose keys report deaths (or injuries), the share where they are found. */
        public double reported(boolean deaths) {
            long gold = messages.stream().filter(m -> m.relevant() && (deaths ? m.goldDeaths() : m.goldInjuries())).count();
            long found = messages.stream().filter(m -> m.relevant() && (deaths ? m.goldDeaths() && m.foundDeaths()
                    : m.goldInjuries() && m.foundInjuries())).count();
            return gold == 0 ? 0 : (double) found / gold;
        }

        /** Of the messages where deaths (injuries) are found, the share whose keys report them. */
        public double reportedPrecision(boolean deaths) {
            long found = messages.stream().filter(m -> deaths ? m.foundDeaths() : m.foundInjuries()).count();
            long right = messages.stream().filter(m -> deaths ? m.foundDeaths() && m.goldDeaths() : m.foundInjuries() && m.goldInjuries()).count();
            return found == 0 ? 0 : (double) right / found;
        }

        public long tokens() {
            return messages.stream().mapToLong(Message::tokens).sum();
        }

        public String summaryLine() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "eval muc4: type_accuracy=%.4f role_f1=%.4f role_p=%.4f role_r=%.4f"
                    + " role_f1_exact=%.4f", typeAccuracy(), micro(false).f1(), micro(false).precision(), micro(false).recall(), micro(true).f1()));
            for (String role : ROLES.keySet()) {
                b.append(String.format(Locale.ROOT, " %s_f1=%.4f", role.toLowerCase(Locale.ROOT), role(role, false).f1()));
            }
            b.append(String.format(Locale.ROOT, " deaths_reported=%.4f deaths_precision=%.4f injuries_reported=%.4f injuries_precision=%.4f"
                    + " messages=%d relevant=%d", reported(true), reportedPrecision(true), reported(false), reportedPrecision(false),
                    messages.size(), relevant()));
            return b.toString();
        }
    }

    /**
     * Scores the messages of MUC-4 folders. A folder holds message files and answer-key files ("key-…"), as tst1
     * and tst2 do; a folder without key files is read as a parent of such folders.
     */
    public Result score(List<Path> folders) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<AnswerKeys.Template>> keys = new LinkedHashMap<>();
        for (Path folder : folders) {
            read(folder, texts, keys, 0);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no MUC-4 messages under " + folders + " (a folder holds message files and key-* files)");
        }
        Language language = Language.shared();
        long start = System.nanoTime();
        List<Message> out = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Message>> futures = new ArrayList<>();
            for (Map.Entry<String, String> e : texts.entrySet()) {
                List<AnswerKeys.Template> templates = keys.getOrDefault(e.getKey(), List.of());
                futures.add(pool.submit(() -> message(language, e.getKey(), e.getValue(), templates)));
            }
            for (Future<Message> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("MUC-4 evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("MUC-4 evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(List.copyOf(out), (System.nanoTime() - start) / 1e9);
    }

    private static void read(Path folder, Map<String, String> texts, Map<String, List<AnswerKeys.Template>> keys, int depth) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        boolean hasKeys = files.stream().anyMatch(p -> p.getFileName().toString().startsWith("key-"));
        if (!hasKeys) {
            if (depth > 0) {
                return;
            }
            for (Path p : files) {
                if (Files.isDirectory(p)) {
                    read(p, texts, keys, depth + 1);
                }
            }
            return;
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (!Files.isRegularFile(p) || name.startsWith("README") || name.equals("text-headers-info")) {
                continue;
            }
            if (name.startsWith("key-")) {
                keys.putAll(AnswerKeys.read(p));
            } else {
                texts.putAll(Messages.read(p));
            }
        }
    }

    private static Message message(Language language, String id, String text, List<AnswerKeys.Template> templates) {
        Set<String> goldTypes = new LinkedHashSet<>();
        boolean goldDeaths = false;
        boolean goldInjuries = false;
        Map<String, List<List<String>>> gold = new LinkedHashMap<>();
        ROLES.keySet().forEach(r -> gold.put(r, new ArrayList<>()));
        for (AnswerKeys.Template t : templates) {
            goldTypes.addAll(t.types());
            if (t.types().isEmpty()) {
                continue;
            }
            goldDeaths |= t.effects().contains("DEATH");
            goldInjuries |= t.effects().matches(".*(?<!NO )INJURY.*");
            for (Map.Entry<String, Integer> role : ROLES.entrySet()) {
                for (List<String> fill : t.fills(role.getValue())) {
                    addEntity(gold.get(role.getKey()), fill);
                }
            }
        }
        String documentId = "d" + StableId.sha256(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        Annotated annotated = language.annotate(text, null);
        List<Event> events = EventFinder.english().find(documentId, StableId.article(documentId, 0), text, annotated, null)
                .stream().filter(Muc4Eval::terrorist).toList();
        Map<String, List<String>> found = fillers(events, annotated);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String role : ROLES.keySet()) {
            List<String> f = found.get(role);
            List<List<String>> g = gold.get(role);
            scores.put(role, new Score(RoleFillers.matched(f, g, true), f.size(), g.size()));
        }
        Event main = events.stream().max(Comparator.<Event>comparingInt(e -> e.mentions().size())
                .thenComparing(e -> -e.mentions().getFirst().span().start())).orElse(null);
        boolean deaths = events.stream().anyMatch(e -> e.counts().containsKey("killed") && e.counts().get("killed").value() > 0);
        boolean injuries = events.stream().anyMatch(e -> e.counts().containsKey("injured") && e.counts().get("injured").value() > 0);
        return new Message(id, List.copyOf(goldTypes), main == null ? null : mucType(main), gold, found, scores, goldDeaths, deaths,
                goldInjuries, injuries, annotated.tokenCount());
    }

    /** Adds a gold entity, joining it with one that shares a mention (the same filler in two templates). */
    private static void addEntity(List<List<String>> entities, List<String> fill) {
        for (List<String> e : entities) {
            for (String a : fill) {
                for (String b : e) {
                    if (RoleFillers.normal(a).equals(RoleFillers.normal(b))) {
                        for (String x : fill) {
                            if (!e.contains(x)) {
                                e.add(x);
                            }
                        }
                        return;
                    }
                }
            }
        }
        entities.add(new ArrayList<>(fill));
    }

    private static final java.util.regex.Pattern COMBATANT = java.util.regex.Pattern.compile("(?i)\\b(soldiers?|troops|army|military"
            + "|battalions?|patrols?|guerrillas?|rebels?|subversives?|terrorists?|insurgents?|combatants?|extremists?|brigades?"
            + "|garrisons?|barracks|convoys?|gunships?|helicopters?|outposts?|positions|armed forces|servicem[ae]n|militiam[ae]n"
            + "|paratroopers?|marines?|infantry|units?|platoons?|companies)\\b");

    /**
     * Whether an event is a terrorist incident as MUC-4 defines them: an attack or a strike, and not combat between
     * armed forces and rebels (every victim and target is a soldier, a rebel or a military thing).
     */
    static boolean terrorist(Event e) {
        if (e.type() != EventType.ATTACK && e.type() != EventType.STRIKE) {
            return false;
        }
        boolean any = false;
        for (Event.Participant p : e.participants()) {
            if (p.role() == Event.Role.VICTIM || p.role() == Event.Role.TARGET) {
                any = true;
                if (!COMBATANT.matcher(p.text()).find()) {
                    return true;
                }
            }
        }
        return !any;
    }

    /** The MUC-4 incident type of an event. */
    public static String mucType(Event e) {
        String s = e.subtype() == null ? "" : e.subtype();
        return switch (s) {
            case "bombing", "car_bomb" -> "BOMBING";
            case "kidnapping" -> "KIDNAPPING";
            case "arson" -> "ARSON";
            default -> "ATTACK";
        };
    }

    /** The role fillers the events give, per role, each once. */
    static Map<String, List<String>> fillers(List<Event> events, Annotated annotated) {
        Set<String> organisations = new java.util.HashSet<>();
        List<String> persons = new ArrayList<>();
        Set<String> surnames = new java.util.HashSet<>();
        for (Name n : annotated.names()) {
            if (n.type() == Name.Type.ORGANIZATION) {
                organisations.add(RoleFillers.normal(n.text()));
            } else if (n.type() == Name.Type.PERSON) {
                persons.add(n.text());
                String[] words = RoleFillers.normal(n.text()).split(" ");
                if (words.length >= 2 && words[words.length - 1].length() >= 4) {
                    surnames.add(words[words.length - 1]);
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        ROLES.keySet().forEach(r -> out.put(r, new ArrayList<>()));
        for (Event e : events) {
            for (Event.Participant p : e.participants()) {
                switch (p.role()) {
                    case PERPETRATOR -> perpetrator(out, p.text(), organisations);
                    case TARGET -> {
                        if (!isPerson(p.text(), persons)) {
                            add(out.get("Target"), p.text());
                        }
                    }
                    case VICTIM -> {
                        boolean named = false;
                        for (String person : persons) {
                            if (RoleFillers.normal(p.text()).contains(RoleFillers.normal(person))) {
                                add(out.get("Victim"), person);
                                named = true;
                            }
                        }
                        String[] words = RoleFillers.normal(p.text()).split(" ");
                        if (!named && surnames.contains(words[words.length - 1])) {
                            add(out.get("Victim"), p.text()); // a surname the language stage tagged in another sentence
                        }
                    }
                    default -> {
                    }
                }
            }
            for (Event.Fact f : e.facts()) {
                switch (f.field()) {
                    case "instrument" -> add(out.get("Weapon"), f.value());
                    case "claimed_by", "blamed_on" -> perpetrator(out, f.value(), organisations);
                    default -> {
                    }
                }
            }
        }
        return out;
    }

    /** "members of the armed forces" is an individual filler, and "armed forces" an organisation filler. */
    private static void perpetrator(Map<String, List<String>> out, String text, Set<String> organisations) {
        if (organisation(text, organisations)) {
            add(out.get("PerpOrg"), text);
            return;
        }
        add(out.get("PerpInd"), text);
        String n = RoleFillers.normal(text);
        for (String inst : List.of("armed forces", "army", "military", "air force", "national guard", "national police", "police")) {
            int at = (" " + n + " ").indexOf(" " + inst + " ");
            if (at >= 0 && !n.equals(inst) && n.indexOf(" of ") < 0) {
                add(out.get("PerpOrg"), n.substring(0, at + inst.length())); // "Guatemalan army troops": the Guatemalan army
                break;
            }
        }
        int of = n.indexOf(" of ");
        if (of < 0) {
            of = n.indexOf(" from ") >= 0 ? n.indexOf(" from ") + 2 : -1; // "terrorists from the FAL"
        }
        if (of > 0) {
            String group = n.substring(of + 4).replaceFirst("^(the|a|an) ", "");
            if (organisation(group, organisations)) {
                add(out.get("PerpOrg"), group);
            }
        }
    }

    private static boolean organisation(String text, Set<String> organisations) {
        String n = RoleFillers.normal(text);
        if (organisations.contains(n)) {
            return true;
        }
        for (String inst : INSTITUTIONS) {
            if (n.equals(inst) || n.endsWith(" " + inst)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPerson(String text, List<String> persons) {
        String n = RoleFillers.normal(text);
        for (String p : persons) {
            if (n.equals(RoleFillers.normal(p))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> into, String filler) {
        String n = RoleFillers.normal(filler);
        if (n.isEmpty()) {
            return;
        }
        for (String x : into) {
            if (RoleFillers.repeats(x, filler)) {
                return; // "Lopez" after "Enrique Lopez": one filler
            }
        }
        into.add(filler);
    }

    /**
     * {@code Muc4Eval --corpus DIR [--corpus DIR…] [--threads N] [--errors N]}: prints the summary line last (the
     * CLI's {@code storyline eval muc4} calls the same code).
     */
    public static void main(String[] args) {
        List<Path> folders = new ArrayList<>();
        int threads = 2;
        int errors = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> folders.add(Path.of(args[++i]));
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--errors" -> errors = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --corpus DIR, --threads N, --errors N)");
            }
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("give at least one --corpus DIR (a MUC-4 folder such as ../shared/data/events/muc4/corpora/tst1)");
        }
        Result r = new Muc4Eval(threads).score(folders);
        int shown = 0;
        for (Message m : r.messages()) {
            if (shown >= errors) {
                break;
            }
            boolean wrong = m.relevant() && !m.typeCorrect() || m.scores().values().stream().anyMatch(s -> s.truePositives() < Math.max(s.predicted(), s.gold()));
            if (!wrong) {
                continue;
            }
            shown++;
            System.out.printf(Locale.ROOT, "%s types %s found %s%n", m.id(), m.goldTypes(), m.foundType());
            for (String role : ROLES.keySet()) {
                Score s = m.scores().get(role);
                if (s.truePositives() < Math.max(s.predicted(), s.gold())) {
                    System.out.printf(Locale.ROOT, "  %-8s gold %s%n           found %s%n", role, m.gold().get(role), m.found().get(role));
                }
            }
        }
        for (String role : ROLES.keySet()) {
            Score s = r.role(role, false);
            System.out.printf(Locale.ROOT, "%-8s p %.4f r %.4f f1 %.4f (found %d, gold %d)%n", role, s.precision(), s.recall(), s.f1(), s.predicted(), s.gold());
        }
        System.out.printf(Locale.ROOT, "%d messages, %d tokens in %.1f s (%.0f tokens/s, %d threads)%n", r.messages().size(), r.tokens(),
                r.seconds(), r.tokens() / r.seconds(), threads);
        System.out.println(r.summaryLine());
    }
}
