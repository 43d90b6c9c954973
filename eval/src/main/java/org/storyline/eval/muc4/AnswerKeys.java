package org.storyline.eval.muc4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MUC-4 answer keys ("key-tst1.v7"): templates of numbered slots ("4.  INCIDENT: TYPE  BOMBING"), a slot's value
 * running on over indented lines; one line is one fill, its quoted strings are the alternatives ("/" between them),
 * "?" marks an uncertain fill, "*" an optional slot, "-" an empty one. A message whose only template has no
 * incident type is irrelevant.
 */
public final class AnswerKeys {
    private static final Pattern SLOT = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+([A-Z][A-Z ]*:[A-Z :]*?)\\s{2,}(.*)$");
    private static final Pattern SLOT_EMPTY = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+([A-Z][A-Z ]*:[A-Z :]*?)\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private AnswerKeys() {
    }

    /** One template: its slots by number, each a list of fill lines. */
    public record Template(Map<Integer, List<String>> slots) {
        /** The incident types of the template (several when "BOMBING / ATTACK"), empty when irrelevant. */
        public List<String> types() {
            List<String> out = new ArrayList<>();
            for (String line : slots.getOrDefault(4, List.of())) {
                for (String t : line.split("/")) {
                    String type = t.replace("?", "").strip();
                    if (!type.isEmpty() && !type.equals("*") && !type.equals("-")) {
                        out.add(type);
                    }
                }
            }
            return out;
        }

        /** The string fills of a slot: one list of alternatives per fill line. */
        public List<List<String>> fills(int slot) {
            List<List<String>> out = new ArrayList<>();
            for (String line : slots.getOrDefault(slot, List.of())) {
                List<String> alternatives = new ArrayList<>();
                Matcher m = QUOTED.matcher(line);
                while (m.find()) {
                    alternatives.add(m.group(1).replace("\\\"", "\""));
                }
                if (!alternatives.isEmpty()) {
                    out.add(alternatives);
                }
            }
            return out;
        }

        /** Effects on human targets (slot 23): DEATH, INJURY, NO INJURY… */
        public String effects() {
            return String.join(" ", slots.getOrDefault(23, List.of())).toUpperCase(Locale.ROOT);
        }
    }

    /** Templates by message id, in file order. */
    public static Map<String, List<Template>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer keys " + file + ": " + e.getMessage(), e);
        }
        Map<String, List<Template>> out = new LinkedHashMap<>();
        Map<Integer, List<String>> slots = null;
        int slot = -1;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.startsWith(";") || line.isBlank()) {
                continue;
            }
            Matcher m = SLOT.matcher(line);
            Matcher e = SLOT_EMPTY.matcher(line);
            if (m.matches() || e.matches()) {
                slot = Integer.parseInt(m.matches() ? m.group(1) : e.group(1));
                String value = m.matches() ? m.group(3).strip() : "";
                if (slot == 0) {
                    slots = new LinkedHashMap<>();
                    String id = value.split("\\s+")[0]; // "DEV-MUC3-0001 (NCCOSC)"
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(new Template(slots));
                }
                if (slots == null) {
                    throw new IllegalArgumentException(file + ": line " + lineNo + " has slot " + slot + " before any '0. MESSAGE: ID': " + line);
                }
                slots.computeIfAbsent(slot, k -> new ArrayList<>()).add(value);
            } else if (slots != null && slot >= 0 && Character.isWhitespace(line.charAt(0))) {
                slots.get(slot).add(line.strip());
            }
        }
        return out;
    }
}
