package org.storyline.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storyline.ingest.Format;

/**
 * Tells what a run of bytes holds from its content: containers, markup, plain text or binary junk.
 */
public final class Sniffer {
    private static final int HEAD = 8192;
    /** A document that starts with an element ("<p>", "<div class=...>") is markup, however long its text runs. */
    private static final Pattern TAG_START = Pattern.compile("<[a-z][a-z0-9]*[\\s/>]");

    private Sniffer() {
    }

    public static Format sniff(byte[] bytes) {
        if (bytes.length == 0) {
            return Format.EMPTY;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return Format.GZIP;
        }
        if (startsWith(bytes, "WARC/")) {
            return Format.WARC; // before the binary test: records may hold images and other binary payloads
        }
        if (Charsets.bom(bytes) == null && binary(bytes)) {
            return Format.BINARY;
        }
        String head = head(bytes);
        if (head.isEmpty()) {
            return Format.EMPTY;
        }
        if (head.startsWith("warc/")) {
            return Format.WARC;
        }
        if (head.startsWith("{") && (head.contains("\"html\"") || head.contains("\"text\"") || head.contains("\"url\""))) {
            return Format.JSONL;
        }
        String root = rootElement(head);
        if (root.startsWith("<rss") || root.startsWith("<feed") || root.startsWith("<rdf:rdf")) {
            return Format.FEED;
        }
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<head") || head.contains("<body")
                || TAG_START.matcher(root).lookingAt() || markupDensity(head) > 0.02) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** The text from the root element on, past any XML declaration, comments and doctype. */
    private static String rootElement(String head) {
        String rest = head;
        while (true) {
            String close = rest.startsWith("<?") ? "?>" : rest.startsWith("<!--") ? "-->" : rest.startsWith("<!") ? ">" : null;
            if (close == null) {
                return rest;
            }
            int end = rest.indexOf(close);
            if (end < 0) {
                return "";
            }
            rest = rest.substring(end + close.length()).stripLeading();
        }
    }

    /** The first bytes, lower-cased, after any byte-order mark and leading white space (UTF-16 decoded). */
    private static String head(byte[] bytes) {
        var bom = Charsets.bom(bytes);
        int n = Math.min(bytes.length, HEAD);
        String text = bom == null
                ? new String(bytes, 0, n, StandardCharsets.ISO_8859_1)
                : new String(bytes, bom.length(), Math.max(0, n - bom.length()), bom.charset());
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** Known binary signatures, NUL bytes, or many control characters in the first bytes. */
    private static boolean binary(byte[] bytes) {
        if (startsWith(bytes, "%PDF") || startsWith(bytes, "\u0089PNG") || startsWith(bytes, "GIF8")
                || startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "\u007fELF")
                || (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff)) {
            return true;
        }
        int n = Math.min(bytes.length, HEAD);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean startsWith(byte[] bytes, String signature) {
        if (bytes.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((bytes[i] & 0xff) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Share of characters that open a tag-like "&lt;letter" or "&lt;/". */
    private static double markupDensity(String head) {
        int tags = 0;
        for (int i = 0; i + 1 < head.length(); i++) {
            if (head.charAt(i) == '<' && (Character.isLetter(head.charAt(i + 1)) || head.charAt(i + 1) == '/')) {
                tags++;
            }
        }
        return head.isEmpty() ? 0 : (double) tags / head.length();
    }
}
