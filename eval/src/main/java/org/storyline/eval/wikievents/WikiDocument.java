package org.storyline.eval.wikievents;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.model.Span;

/**
 * One WikiEvents document (a line of dev.jsonl): its tokens rebuilt into a text our stages can read (tokens joined
 * as the original spacing had them, one sentence a paragraph, since the stored text runs sentences together), and
 * its gold events of the types scored, with their arguments' head tokens.
 */
public record WikiDocument(String id, String text, List<Span> tokens, List<Integer> sentenceOf, List<Trigger> triggers) {

    /** A gold trigger: tokens, type ("Conflict.Attack"), and its arguments. */
    public record Trigger(int start, int end, String type, List<Argument> arguments) {
    }

    /** A gold argument: role (ExplosiveDevice counted as Instrument), and the tokens of its mention. */
    public record Argument(String role, String entity, int start, int end) {
        public int head() {
            return end - 1;
        }
    }

    /** The three event types scored, by their first two parts. */
    public static String scored(String eventType) {
        String[] parts = eventType.split("\\.");
        String coarse = parts.length >= 2 ? parts[0] + "." + parts[1] : eventType;
        return switch (coarse) {
            case "Conflict.Attack", "Life.Die", "Life.Injure" -> coarse;
            default -> null;
        };
    }

    public static String role(String role) {
        return role.equals("ExplosiveDevice") ? "Instrument" : role;
    }

    public static WikiDocument of(JsonNode doc) {
        String id = doc.get("doc_id").asText();
        StringBuilder text = new StringBuilder();
        List<Span> tokens = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        int s = 0;
        for (JsonNode sentence : doc.get("sentences")) {
            if (s > 0) {
                text.append("\n\n");
            }
            int previousEnd = -1;
            for (JsonNode token : sentence.get(0)) {
                String word = token.get(0).asText();
                int start = token.get(1).asInt();
                if (previousEnd >= 0 && start > previousEnd) {
                    text.append(' ');
                }
                int at = text.length();
                text.append(word);
                tokens.add(new Span(at, text.length()));
                sentenceOf.add(s);
                previousEnd = token.get(2).asInt();
            }
            s++;
        }
        Map<String, int[]> entities = new HashMap<>();
        for (JsonNode e : doc.get("entity_mentions")) {
            entities.put(e.get("id").asText(), new int[] {e.get("start").asInt(), e.get("end").asInt()});
        }
        List<Trigger> triggers = new ArrayList<>();
        for (JsonNode e : doc.get("event_mentions")) {
            String type = scored(e.get("event_type").asText());
            if (type == null) {
                continue;
            }
            List<Argument> arguments = new ArrayList<>();
            for (JsonNode a : e.get("arguments")) {
                int[] span = entities.get(a.get("entity_id").asText());
                if (span != null) {
                    arguments.add(new Argument(role(a.get("role").asText()), a.get("entity_id").asText(), span[0], span[1]));
                }
            }
            JsonNode t = e.get("trigger");
            triggers.add(new Trigger(t.get("start").asInt(), t.get("end").asInt(), type, List.copyOf(arguments)));
        }
        if (tokens.size() != doc.get("tokens").size()) {
            throw new IllegalArgumentException(id + ": sentences hold " + tokens.size() + " tokens, the document " + doc.get("tokens").size());
        }
        return new WikiDocument(id, text.toString(), List.copyOf(tokens), List.copyOf(sentenceOf), List.copyOf(triggers));
    }

    /** The token at a character offset of the rebuilt text, or -1. */
    public int token(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The first and last token a character span covers, or null. */
    public int[] tokens(Span span) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i);
            if (t.end() > span.start() && t.start() < span.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }

    /** The character span of a sentence. */
    public Span sentence(int index) {
        int first = sentenceOf.indexOf(index);
        int last = sentenceOf.lastIndexOf(index);
        return new Span(tokens.get(first).start(), tokens.get(last).end());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
