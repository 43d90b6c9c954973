package org.storyline.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code storyline serve} listens and what it accepts.
 *
 * @param host             address to bind (loopback by default: read endpoints are open)
 * @param port             port to bind, 0 for any free one
 * @param token            the token ingest endpoints require; null to generate one
 * @param allowPrivateUrls whether URL ingest may fetch loopback, private and link-local addresses
 * @param maxUploadBytes   largest upload request accepted
 * @param maxUrls          most URLs one ingest request may list
 * @param staging          folder where uploads are kept until ingest has stored their bytes
 */
public record ServerOptions(String host, int port, String token, boolean allowPrivateUrls, long maxUploadBytes,
                            int maxUrls, Path staging) {
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD = 64L << 20;

    public ServerOptions {
        Objects.requireNonNull(host, "host must not be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the token must have at least 16 characters, not " + token.length());
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
        }
        if (maxUrls < 1) {
            throw new IllegalArgumentException("maxUrls must be positive: " + maxUrls);
        }
        Objects.requireNonNull(staging, "staging folder must not be null");
    }

    /** Loopback on the default port, a generated token, private URLs refused, 64 MiB uploads, 1,000 URLs. */
    public static ServerOptions defaults(Path staging) {
        return new ServerOptions("127.0.0.1", DEFAULT_PORT, null, false, DEFAULT_MAX_UPLOAD, 1000, staging);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, token, allowPrivateUrls, maxUploadBytes, maxUrls, staging);
    }

    public ServerOptions withToken(String newToken) {
        return new ServerOptions(host, port, newToken, allowPrivateUrls, maxUploadBytes, maxUrls, staging);
    }

    public ServerOptions withMaxUploadBytes(long bytes) {
        return new ServerOptions(host, port, token, allowPrivateUrls, bytes, maxUrls, staging);
    }

    public ServerOptions withAllowPrivateUrls(boolean allow) {
        return new ServerOptions(host, port, token, allow, maxUploadBytes, maxUrls, staging);
    }
}
