package org.storyline.ingest.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text: byte-order mark, then the HTTP header, then the page's own declaration (meta charset,
 * XML declaration), checked against the bytes; without any, valid UTF-8, else ICU's statistical guess, else
 * windows-1252.
 */
public final class Charsets {
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** A byte-order mark: its charset and length in bytes. */
    public record Bom(Charset charset, int length) {
    }

    /** Decoded text, the charset used, and any warnings about the bytes. */
    public record Decoded(String text, String charset, List<String> warnings) {
    }

    public static Bom bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    public static Decoded decode(byte[] bytes, String contentType, boolean markup) {
        List<String> warnings = new ArrayList<>();
        Bom bom = bom(bytes);
        if (bom != null) {
            return new Decoded(new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset()),
                    bom.charset().name(), warnings);
        }
        Charset declared = declared(contentType, warnings);
        if (declared == null && markup) {
            declared = declaredInMarkup(bytes, warnings);
        }
        String utf8 = strictUtf8(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            if (utf8 != null && !ascii(bytes) && singleByteLatin(declared)) {
                // Design decision: pages often declare Latin-1 while sending UTF-8; valid multi-byte UTF-8 wins.
                return new Decoded(utf8, "UTF-8", warnings);
            }
            return new Decoded(new String(bytes, declared), declared.name(), warnings);
        }
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", warnings);
        }
        if (declared == null) {
            Charset guessed = guess(bytes);
            if (guessed != null && !guessed.equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, guessed), guessed.name(), warnings);
            }
            String text = new String(bytes, WINDOWS_1252);
            return new Decoded(text, WINDOWS_1252.name(), warnings);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        warnings.add("invalid UTF-8: " + replaced + " malformed byte sequence" + (replaced == 1 ? "" : "s")
                + " replaced with U+FFFD");
        return new Decoded(text, "UTF-8", warnings);
    }

    private static Charset declared(String contentType, List<String> warnings) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1), warnings) : null;
    }

    private static Charset declaredInMarkup(byte[] bytes, List<String> warnings) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1) != null ? m.group(1) : m.group(2), warnings) : null;
    }

    private static Charset charset(String name, List<String> warnings) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252; // as browsers do (WHATWG encoding standard)
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            warnings.add("unknown declared charset '" + name + "' ignored");
            return null;
        }
    }

    private static boolean singleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset guess(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < 40) {
            return null;
        }
        try {
            return Charset.forName(match.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
