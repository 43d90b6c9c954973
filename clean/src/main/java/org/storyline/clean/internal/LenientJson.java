package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, forgiving JSON reader for the JSON-LD blocks of web pages: objects become {@link Map}s, arrays
 * {@link List}s, strings {@link String}s, and numbers, true, false and null their text. Trailing commas, comments and
 * a CDATA wrapper are tolerated; anything worse gives {@code null}.
 */
final class LenientJson {
    private final String s;
    private int i;
    private int depth;

    private LenientJson(String s) {
        this.s = s;
    }

    /** The value in {@code text}, or null when it is not JSON. Several top-level values become a list. */
    static Object parse(String text) {
        String t = text.strip();
        if (t.startsWith("<!--")) {
            t = t.substring(4);
        }
        if (t.endsWith("-->")) {
            t = t.substring(0, t.length() - 3);
        }
        t = t.replace("//<![CDATA[", "").replace("//]]>", "").replace("<![CDATA[", "").replace("]]>", "");
        LenientJson p = new LenientJson(t);
        try {
            List<Object> values = new ArrayList<>();
            p.skip();
            while (p.i < p.s.length()) {
                values.add(p.value());
                p.skip();
                if (p.i < p.s.length() && (p.s.charAt(p.i) == ',' || p.s.charAt(p.i) == ';')) {
                    p.i++;
                    p.skip();
                }
            }
            return values.size() == 1 ? values.get(0) : values;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Object value() {
        skip();
        if (i >= s.length()) {
            throw new IllegalArgumentException("end of input");
        }
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"', '\'' -> string(c);
            default -> bare();
        };
    }

    private Map<String, Object> object() {
        if (++depth > 64) {
            throw new IllegalArgumentException("too deep");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        i++;
        while (true) {
            skip();
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                depth--;
                return out;
            }
            if (c == ',') {
                i++;
                continue;
            }
            String key = c == '"' || c == '\'' ? string(c) : bare();
            skip();
            if (s.charAt(i) != ':') {
                throw new IllegalArgumentException("expected ':'");
            }
            i++;
            out.putIfAbsent(key, value());
        }
    }

    private List<Object> array() {
        if (++depth > 64) {
            throw new IllegalArgumentException("too deep");
        }
        List<Object> out = new ArrayList<>();
        i++;
        while (true) {
            skip();
            char c = s.charAt(i);
            if (c == ']') {
                i++;
                depth--;
                return out;
            }
            if (c == ',') {
                i++;
                continue;
            }
            out.add(value());
        }
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        i++;
        while (true) {
            char c = s.charAt(i++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private String bare() {
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ',' || c == '}' || c == ']' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        if (i == start) {
            throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "'");
        }
        return s.substring(start, i);
    }

    private void skip() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
