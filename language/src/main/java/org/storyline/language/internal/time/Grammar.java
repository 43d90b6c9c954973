package org.storyline.language.internal.time;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles rule templates into patterns: {@code _} is white space and {@code {NAME}} a fragment of the
 * {@link Lexicon} ("{MONTH}", "{DAY}", "{YEAR}", "{WEEKDAY}", "{WEEKDAY_ABBR}" and
 * "{WEEKDAY_ANY}" (full or abbreviated), "{AMOUNT}", "{UNIT}", "{E}" for the end of a word;
 * a digit suffix names a second group: "{YEAR2}"). Patterns are case-insensitive except month names.
 */
final class Grammar {
    private Grammar() {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+?)(\\d?)\\}");

    static Pattern compile(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(template.substring(last, m.start()).replace("_", Lexicon.SPACE)).append(fragment(m.group(1), m.group(2)));
            last = m.end();
        }
        out.append(template.substring(last).replace("_", Lexicon.SPACE));
        return Pattern.compile(out.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static final Map<String, String> GROUPS = Map.of("MONTH", "month", "MONTH_ANY", "month", "DAY", "day",
            "YEAR", "year", "AMOUNT", "num", "UNIT", "unit", "WEEKDAY", "wd",
            "WEEKDAY_ABBR", "wd", "WEEKDAY_ANY", "wd");

    private static String fragment(String name, String suffix) {
        String group = GROUPS.getOrDefault(name, "") + suffix;
        return switch (name) {
            case "MONTH" -> Lexicon.month(group, false);
            case "MONTH_ANY" -> Lexicon.month(group, true);
            case "DAY" -> Lexicon.dayOfMonth(group);
            case "YEAR" -> Lexicon.year(group);
            case "WEEKDAY" -> Lexicon.WEEKDAY.replace("<wd>", "<" + group + ">");
            case "WEEKDAY_ABBR" -> Lexicon.WEEKDAY_ABBR.replace("<wd>", "<" + group + ">");
            case "WEEKDAY_ANY" -> Lexicon.WEEKDAY_ANY.replace("<wd>", "<" + group + ">");
            case "AMOUNT" -> Lexicon.AMOUNT.replace("<num>", "<" + group + ">");
            case "UNIT" -> Lexicon.UNIT.replace("<unit>", "<" + group + ">");
            case "CARDINAL" -> Lexicon.CARDINAL_WORD;
            case "ORDINAL" -> "(?:" + Lexicon.ORDINAL_WORD + ")";
            case "E" -> Lexicon.END;
            default -> throw new IllegalArgumentException("unknown fragment in a rule template: {" + name + suffix + "}");
        };
    }
}
