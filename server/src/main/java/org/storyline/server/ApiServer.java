package org.storyline.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.server.internal.Api;
import org.storyline.server.internal.ApiException;
import org.storyline.server.internal.Jobs;
import org.storyline.server.internal.Snapshot;
import org.storyline.store.Store;

/**
 * {@code storyline serve}: the REST API under {@code /api} and the web UI at {@code /}, over one store.
 *
 * <p>Reads come from a {@link Snapshot} of the corpus replaced whole after every ingest job, so concurrent readers
 * see consistent data while an ingest runs. Ingest endpoints need the token.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String VERSION = "0.1.0";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Store store;
    private final ServerOptions options;
    private final String token;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final AtomicLong versions = new AtomicLong();
    private final Jobs jobs;
    private final Api api;
    private final Javalin app;

    private ApiServer(Store store, Ingestor ingestor, ServerOptions options) {
        this.store = store;
        this.options = options;
        this.token = options.token() != null ? options.token() : newToken();
        // Opens the search index now: a store another process is serving or running fails here, not at a request.
        store.search(org.storyline.store.SearchRequest.builder().limit(1).build());
        refresh();
        this.jobs = new Jobs(ingestor, this::refresh);
        this.api = new Api(store, snapshot::get, jobs, options, token, VERSION);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = Math.max(1L << 20, options.maxUploadBytes());
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.cacheDirectory(options.staging().resolve("multipart").toString());
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.http.gzipOnlyCompression();
        });
        app.before(this::checkHost);
        api.register(app);
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error: " + e, null);
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !isJsonError(ctx)) {
                error(ctx, 404, "no endpoint " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)", null);
            }
        });
        app.error(405, ctx -> {
            if (ctx.path().startsWith("/api/") && !isJsonError(ctx)) {
                error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path(), null);
            }
        });
        app.error(413, ctx -> {
            if (!isJsonError(ctx)) {
                error(ctx, 413, "the request is larger than the " + options.maxUploadBytes() + " bytes accepted", null);
            }
        });
    }

    /** Starts serving; the options' port 0 picks a free port. */
    public static ApiServer start(Store store, Ingestor ingestor, ServerOptions options) {
        ApiServer server = new ApiServer(store, ingestor, options);
        server.app.start(options.host(), options.port());
        try {
            server.api.resume(store.status().documents().getOrDefault("pending", 0L) > 0);
        } catch (java.io.IOException e) {
            LOG.warn("cannot read the staged uploads in {}: {}", options.staging(), e.getMessage());
        }
        return server;
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** The address of the web UI. */
    public URI uri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The token ingest endpoints require. */
    public String token() {
        return token;
    }

    /** Rebuilds the snapshot from the store (after an ingest job, or when the store was changed from outside). */
    public void refresh() {
        snapshot.set(new Snapshot(versions.incrementAndGet(), store));
    }

    /** Whether an ingest job is queued or running. */
    public boolean busy() {
        return jobs != null && jobs.busy();
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }

    /**
     * Refuses requests for another host name when bound to loopback: a page elsewhere cannot reach the API through a
     * name it controls (DNS rebinding).
     */
    private void checkHost(Context ctx) {
        if (!isLoopback(options.host())) {
            return;
        }
        String host = ctx.host();
        if (host == null) {
            return;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(0, name.indexOf(']') + 1);
        } else if (name.contains(":")) {
            name = name.substring(0, name.lastIndexOf(':'));
        }
        if (!LOOPBACK_NAMES.contains(name)) {
            throw new ApiException(403, "this server answers only to localhost, not to host '" + host + "'");
        }
    }

    private static boolean isLoopback(String host) {
        return LOOPBACK_NAMES.contains(host) || host.startsWith("127.");
    }

    private static boolean isJsonError(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json") && ctx.result() != null && ctx.result().startsWith("{\"error\"");
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status);
        ctx.contentType(Api.JSON);
        StringBuilder json = new StringBuilder("{\"error\":{\"status\":").append(status).append(",\"message\":");
        quote(json, message);
        if (parameter != null) {
            json.append(",\"parameter\":");
            quote(json, parameter);
        }
        ctx.result(json.append("}}").toString());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static void quote(StringBuilder out, String s) {
        try {
            out.append(JSON.writeValueAsString(s));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            out.append("\"\"");
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
