package org.storyline.eval.muc4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MUC-4 message files ("tst1-muc3"): messages one after another, each after a line holding only its id. */
public final class Messages {
    private static final Pattern ID = Pattern.compile("(?m)^((?:DEV|TST\\d)-MUC\\d-\\d{4})(?:\\s+\\([^)\\n]*\\))?\\s*$");

    private Messages() {
    }

    /** The texts of a message file by id, without the id line. */
    public static Map<String, String> read(Path file) {
        String all;
        try {
            all = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ID.matcher(all);
        String id = null;
        int start = 0;
        while (m.find()) {
            if (id != null) {
                out.put(id, all.substring(start, m.start()).strip());
            }
            id = m.group(1);
            start = m.end();
        }
        if (id != null) {
            out.put(id, all.substring(start).strip());
        }
        return out;
    }
}
