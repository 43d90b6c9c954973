package org.storyline.eval.timeml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.eval.timeml.TimeMlDocument.GoldTimex;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;

/**
 * Reads TimeML files (TimeBank, AQUAINT, TempEval-3): a small tolerant tag scanner rather than an XML parser, so
 * that a stray ampersand in a news text does not lose the document.
 */
public final class TimeMlReader {
    private TimeMlReader() {
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d\\d");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static TimeMlDocument read(Path file, String name) throws IOException {
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses a TimeML document; a file without {@code <TEXT>} has an empty text. */
    public static TimeMlDocument parse(String name, String xml) {
        PartialDate dct = null;
        int tag = 0;
        while ((tag = xml.indexOf("<TIMEX3", tag)) >= 0) {
            int close = xml.indexOf('>', tag);
            if (close < 0) {
                break;
            }
            Map<String, String> attributes = attributes(xml.substring(tag + 7, close));
            if ("CREATION_TIME".equals(attributes.get("functionInDocument"))) {
                dct = day(attributes.get("value"));
                break;
            }
            tag = close;
        }
        int open = xml.indexOf("<TEXT>");
        int end = xml.lastIndexOf("</TEXT>");
        if (open < 0 || end < open) {
            return new TimeMlDocument(name, "", dct, List.of());
        }
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        Deque<Object[]> openTimexes = new ArrayDeque<>();
        int i = open + "<TEXT>".length();
        while (i < end) {
            char c = xml.charAt(i);
            if (c == '<') {
                if (xml.startsWith("<!--", i)) {
                    int e = xml.indexOf("-->", i);
                    i = e < 0 ? end : e + 3;
                    continue;
                }
                int e = xml.indexOf('>', i);
                if (e < 0 || e > end) {
                    text.append(c);
                    i++;
                    continue;
                }
                String body = xml.substring(i + 1, e);
                if (body.startsWith("TIMEX3") && !body.endsWith("/")) {
                    openTimexes.push(new Object[] {text.length(), attributes(body.substring(6))});
                } else if (body.equals("/TIMEX3") && !openTimexes.isEmpty()) {
                    Object[] started = openTimexes.pop();
                    int s = (Integer) started[0];
                    @SuppressWarnings("unchecked")
                    Map<String, String> a = (Map<String, String>) started[1];
                    if (text.length() > s) {
                        timexes.add(new GoldTimex(new Span(s, text.length()), text.substring(s), a.get("type"), a.get("value")));
                    }
                }
                i = e + 1;
            } else if (c == '&') {
                int semi = xml.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(xml.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        timexes.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return new TimeMlDocument(name, text.toString(), dct, timexes);
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        yield Character.toString(Integer.parseInt(name.substring(2), 16));
                    } else if (name.startsWith("#")) {
                        yield Character.toString(Integer.parseInt(name.substring(1)));
                    }
                } catch (IllegalArgumentException e) {
                    yield null;
                }
                yield null;
            }
        };
    }

    /** The creation time at day precision (or coarser when that is all it states); null when unreadable. */
    private static PartialDate day(String value) {
        if (value == null) {
            return null;
        }
        for (Pattern p : List.of(DAY, MONTH, YEAR)) {
            Matcher m = p.matcher(value);
            if (m.lookingAt()) {
                try {
                    return new PartialDate(m.group());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
