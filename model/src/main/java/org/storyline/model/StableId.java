package org.storyline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic ids: a one-letter kind prefix and 16 hex digits of the SHA-256 of the parts, so the same input
 * always yields the same ids.
 */
public final class StableId {
    private StableId() {
    }

    public static String of(char kind, Object... parts) {
        MessageDigest digest = sha256();
        for (Object part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return kind + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** Document id for raw bytes with the given hex SHA-256. */
    public static String document(String sha256) {
        return "d" + sha256.substring(0, 16);
    }

    public static String article(String documentId, int index) {
        return of('a', documentId, index);
    }

    /** Hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
    }
}
