package org.storyline.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storyline.language.Annotated;
import org.storyline.language.Language;
import org.storyline.model.Event;
import org.storyline.model.PartialDate;
import org.storyline.model.StableId;

/**
 * The final check on the three seed pages (../shared/corpus/seeds) against the analyst's events in
 * ../shared/gold/seeds.json, checked as tools/score-export checks them (type, participant by role, place, date,
 * counts) but per event found, as cross-document merging is a later stage's: an event of the gold is satisfied when
 * one event found passes all its checks. Each page is split into its dispatches at the "(LONDON) —" datelines; the
 * first dispatch is anchored at 2026-02-06, the others (wire copies of unknown date) at nothing.
 *
 * <p>Not a design aid: the rules were written on invented sentences ({@link EventFinderTest}); this reports how far
 * they carry on real pages.
 */
class SeedEventsTest {
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\((?:LONDON|KYIV and LONDON)\\) \u2014");

    @Test
    void seedPagesYieldTheAnalystsEvents() throws Exception {
        Path shared = Path.of(System.getProperty("storyline.shared", "../../shared"));
        Path seeds = shared.resolve("corpus/seeds");
        Path gold = shared.resolve("gold/seeds.json");
        assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(gold), "seed pages or gold absent under " + shared + ": skipping the seed check");
        List<Event> events = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            String documentId = "d" + StableId.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
            List<String> parts = new ArrayList<>();
            Matcher m = DATELINE.matcher(text);
            int previous = 0;
            while (m.find()) {
                parts.add(text.substring(previous, m.start()));
                previous = m.start();
            }
            parts.add(text.substring(previous));
            for (int i = 0; i < parts.size(); i++) {
                PartialDate anchor = i == 0 ? new PartialDate("2026-02-06") : null;
                Annotated annotated = Language.shared().annotate(parts.get(i), anchor);
                events.addAll(EventFinder.english().find(documentId, StableId.article(documentId, i), parts.get(i), annotated, anchor));
            }
        }
        JsonNode expected = new ObjectMapper().readTree(gold.toFile()).get("events");
        int found = 0;
        int satisfied = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode g : expected) {
            List<Event> candidates = candidates(g, events);
            List<String> best = null;
            for (Event e : candidates) {
                List<String> failed = failures(g, e);
                if (best == null || failed.size() < best.size()) {
                    best = failed;
                }
            }
            if (!candidates.isEmpty()) {
                found++;
            }
            if (best != null && best.isEmpty()) {
                satisfied++;
            }
            report.append(String.format(Locale.ROOT, "  %-22s %s%n", g.get("id").asText(),
                    candidates.isEmpty() ? "not found" : best.isEmpty() ? "satisfied (" + candidates.size() + " candidates)" : "found, fails " + best));
        }
        System.out.print(report);
        System.out.printf(Locale.ROOT, "seed events: %d of %d found, %d satisfied (%d events from %d pages)%n", found, expected.size(),
                satisfied, events.size(), files.size());
        assertThat(found).as("seed events found").isGreaterThanOrEqualTo(14);
        assertThat(satisfied).as("seed events satisfied").isGreaterThanOrEqualTo(11);
    }

    private static List<Event> candidates(JsonNode g, List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (!contains(g.get("types"), e.type().label())) {
                continue;
            }
            if (g.has("key") && !hasParticipant(e, List.of(g.get("key").asText()), g.has("role") ? g.get("role").asText() : null)) {
                continue;
            }
            if (g.has("key_any") && !hasParticipant(e, strings(g.get("key_any")), null)) {
                continue;
            }
            if (g.has("location") && !atLocation(e, List.of(g.get("location").asText()))) {
                continue;
            }
            if (g.has("location_any") && !atLocation(e, strings(g.get("location_any")))) {
                continue;
            }
            if (g.has("actor_any") && !hasParticipant(e, strings(g.get("actor_any")), null)) {
                continue;
            }
            if (g.has("counts") && !g.has("location") && !countsMatch(g.get("counts"), e).isEmpty()) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private static List<String> failures(JsonNode g, Event e) {
        List<String> failed = new ArrayList<>();
        String date = e.date().value() == null ? "" : e.date().value().value();
        if (g.has("date") && !date.equals(g.get("date").asText())) {
            failed.add("date " + g.get("date").asText() + " (got '" + date + "')");
        }
        if (g.has("date_prefix") && !date.startsWith(g.get("date_prefix").asText())) {
            failed.add("date in " + g.get("date_prefix").asText() + " (got '" + date + "')");
        }
        if (g.has("date_not_after") && date.compareTo(g.get("date_not_after").asText()) > 0) {
            failed.add("date not after " + g.get("date_not_after").asText());
        }
        if (g.has("date_not_in")) {
            for (JsonNode p : g.get("date_not_in")) {
                if (date.startsWith(p.asText())) {
                    failed.add("date not in " + p.asText() + " (got '" + date + "')");
                }
            }
        }
        if (g.has("counts")) {
            failed.addAll(countsMatch(g.get("counts"), e));
        }
        if (g.has("killed_at_least") && count(e, "killed") < g.get("killed_at_least").asLong()) {
            failed.add("killed >= " + g.get("killed_at_least").asLong());
        }
        if (g.has("injured_at_least") && count(e, "injured") < g.get("injured_at_least").asLong()) {
            failed.add("injured >= " + g.get("injured_at_least").asLong());
        }
        return failed;
    }

    private static List<String> countsMatch(JsonNode counts, Event e) {
        List<String> failed = new ArrayList<>();
        counts.fieldNames().forEachRemaining(k -> {
            if (count(e, k) != counts.get(k).asLong()) {
                failed.add(k + " = " + counts.get(k).asLong() + " (got " + (e.counts().containsKey(k) ? count(e, k) : "none") + ")");
            }
        });
        return failed;
    }

    private static long count(Event e, String kind) {
        Event.Count c = e.counts().get(kind);
        return c == null ? 0 : c.value();
    }

    private static boolean hasParticipant(Event e, List<String> keys, String role) {
        for (Event.Participant p : e.participants()) {
            if (role != null && !p.role().name().equalsIgnoreCase(role)) {
                continue;
            }
            for (String k : keys) {
                if (containsWords(p.text(), k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean atLocation(Event e, List<String> names) {
        if (e.location() == null) {
            return false;
        }
        for (String n : names) {
            if (containsWords(e.location().name(), n) || e.location().detail() != null && containsWords(e.location().detail(), n)) {
                return true;
            }
        }
        return false;
    }

    /** As score-export's contains_words: the key as whole words, case, quotes and dashes folded. */
    static boolean containsWords(String text, String key) {
        String t = norm(text);
        String k = norm(key);
        return !k.isEmpty() && Pattern.compile("(?<!\\w)" + Pattern.quote(k) + "(?!\\w)", Pattern.UNICODE_CHARACTER_CLASS).matcher(t).find();
    }

    private static String norm(String s) {
        String out = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ');
        return String.join(" ", out.toLowerCase(Locale.ROOT).split("\\s+")).strip();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
