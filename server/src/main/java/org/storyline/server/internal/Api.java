package org.storyline.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.storyline.ingest.Addresses;
import org.storyline.ingest.IngestException;
import org.storyline.model.EventType;
import org.storyline.server.Ingestor;
import org.storyline.server.ServerOptions;
import org.storyline.store.ContractExport;
import org.storyline.store.CsvExport;
import org.storyline.store.EventLookup;
import org.storyline.store.FacetCount;
import org.storyline.store.GeoJsonExport;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchRequest;
import org.storyline.store.SearchResults;
import org.storyline.store.Store;

/** The route table of the REST API and the handlers that are not plain reads. */
public final class Api {
    public static final String JSON = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final long MAX_JSON_BODY = 1L << 20;

    private final Store store;
    private final Supplier<Snapshot> snapshots;
    private final Reading reading;
    private final Jobs jobs;
    private final ServerOptions options;
    private final byte[] token;
    private final List<Route> routes;
    private final byte[] openApi;
    private final Staging staging;

    public Api(Store store, Supplier<Snapshot> snapshots, Jobs jobs, ServerOptions options, String token, String version) {
        this.store = store;
        this.snapshots = snapshots;
        this.reading = new Reading(store, snapshots);
        this.jobs = jobs;
        this.options = options;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.staging = new Staging(options.staging());
        this.routes = table();
        this.openApi = OpenApi.document(routes, version);
    }

    /**
     * Queues again the uploads a stopped server accepted but never ingested, then a job for documents still pending
     * (stored, not yet processed) so that nothing kept is left unread.
     */
    public void resume(boolean pending) throws IOException {
        for (Staging.Batch b : staging.leftovers()) {
            jobs.submit("upload", b.inputs(), b.folder());
        }
        if (pending) {
            jobs.submit("resume", List.of(), null);
        }
    }

    /** Adds every route to the app; parameters are checked before a handler runs. */
    public void register(io.javalin.Javalin app) {
        for (Route r : routes) {
            app.addHttpHandler(io.javalin.http.HandlerType.valueOf(r.method()), r.path(),
                    ctx -> r.handling().handle(ctx, new Params(ctx, r.params())));
        }
    }

    private List<Route> table() {
        List<Param> page = List.of(Param.integer("offset", "items to skip, from 0"),
                Param.integer("limit", "items to return, 1 to " + Params.MAX_LIMIT));
        List<Param> eventFilters = List.of(
                Param.string("type", "event type (attack, strike, clash, protest…); repeat or comma-separate for several"),
                Param.string("subtype", "event subtype (drone, car_bomb, shooting…)"),
                Param.date("from", "first day, as YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
                Param.date("to", "last day, as YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
                Param.string("place", "location entity id"),
                Param.string("country", "ISO 3166-1 alpha-2 code of the location"),
                Param.string("entity", "entity id, in any role or as the place"),
                Param.string("outlet", "outlet that reports it"),
                Param.bool("disagreement", "only events whose outlets disagree on something"));
        List<Route> r = new ArrayList<>();
        r.add(get("/api/status", "Counts, failures and the corpus version", List.of(), "counts",
                (ctx, p) -> json(ctx, reading.status(p))));
        r.add(get("/api/documents", "Ingested documents", page, "a page of documents",
                (ctx, p) -> json(ctx, reading.documents(p))));
        r.add(get("/api/documents/{id}", "One document with its articles and diagnostics", List.of(), "the document",
                (ctx, p) -> json(ctx, reading.document(ctx.pathParam("id")))));
        r.add(get("/api/articles/{id}", "One article: clean text, mentions, quotes, events", List.of(), "the article",
                (ctx, p) -> json(ctx, reading.article(ctx.pathParam("id")))));
        r.add(get("/api/stories", "Stories, newest first", concat(page, List.of(
                        Param.string("q", "words in the title"), Param.string("entity", "entity id mentioned in it"),
                        Param.string("type", "event type it reports"), Param.date("from", "newest article on or after"),
                        Param.date("to", "newest article on or before"),
                        Param.bool("disagreement", "only stories with a disagreement"))), "a page of story summaries",
                (ctx, p) -> json(ctx, reading.stories(p))));
        r.add(get("/api/stories/{id}", "One story: merged events, facts, disagreements, articles", List.of(), "the story",
                (ctx, p) -> json(ctx, reading.story(ctx.pathParam("id")))));
        r.add(get("/api/events", "Events merged across outlets", concat(page, eventFilters,
                        List.of(Param.choice("sort", "order: most corroborated first, or by date", "corroboration", "date"))),
                "a page of events", (ctx, p) -> json(ctx, reading.events(p))));
        r.add(get("/api/events/{id}", "One event with its stories and articles", List.of(), "the event",
                (ctx, p) -> json(ctx, reading.event(ctx.pathParam("id")))));
        r.add(get("/api/entities", "People, organisations, places", concat(page, List.of(
                        Param.string("q", "name or alias"),
                        Param.choice("type", "entity type", "PERSON", "ORG", "PLACE", "GROUP", "OTHER"))),
                "a page of entities", (ctx, p) -> json(ctx, reading.entities(p))));
        r.add(get("/api/entities/{id}", "An entity's dossier", List.of(), "the dossier",
                (ctx, p) -> json(ctx, reading.dossier(ctx.pathParam("id")))));
        r.add(get("/api/quotes", "Quotes and claims", concat(page, List.of(Param.string("speaker", "speaker entity id"),
                        Param.string("q", "words in the quote"), Param.bool("hedged", "only claims the reporter hedged"))),
                "a page of quotes", (ctx, p) -> json(ctx, reading.quotes(p))));
        r.add(get("/api/timeline", "Dated events in date order, or the undated ones", concat(page, eventFilters,
                        List.of(Param.bool("undated", "the events whose date is unknown instead, most corroborated first"))),
                "events by date",
                (ctx, p) -> json(ctx, reading.timeline(p))));
        r.add(get("/api/map", "Geocoded events as GeoJSON", eventFilters, "a GeoJSON FeatureCollection",
                (ctx, p) -> {
                    ctx.contentType("application/geo+json; charset=utf-8");
                    ctx.result(reading.map(p));
                }));
        r.add(get("/api/search", "Full-text search over articles and quotes with filters and facets", concat(page, List.of(
                        Param.string("q", "Lucene query; empty for filters alone"),
                        Param.choice("kind", "what to search", "article", "quote", "any"),
                        Param.choice("sort", "order", "relevance", "date")), eventFilters.stream()
                        .filter(x -> !x.name().equals("subtype")).toList()),
                "hits with highlighted snippets, and facets", this::search));
        r.add(get("/api/export", "The whole corpus", List.of(Param.choice("format", "json (default), jsonl, csv or geojson",
                "json", "jsonl", "csv", "geojson")), "the export", this::export));
        r.add(new Route("POST", "/api/ingest/upload", "Upload pages to ingest (multipart, field 'file')", List.of(), true,
                "the job", this::upload));
        r.add(new Route("POST", "/api/ingest/urls", "Fetch and ingest URLs", List.of(), true, "the job", this::urls));
        r.add(get("/api/ingest/jobs", "Ingest jobs, newest first", List.of(), "the jobs", (ctx, p) -> json(ctx, JsonBody.of(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (Jobs.Job j : jobs.all()) {
                j.write(g);
            }
            g.writeEndArray();
            g.writeBooleanField("busy", jobs.busy());
            g.writeEndObject();
        }))));
        r.add(get("/api/ingest/jobs/{id}", "One ingest job", List.of(), "the job", (ctx, p) -> {
            Jobs.Job j = jobs.get(ctx.pathParam("id"));
            if (j == null) {
                throw ApiException.notFound("job", ctx.pathParam("id"));
            }
            json(ctx, JsonBody.of(g -> {
                g.writeStartObject();
                g.writeFieldName("job");
                j.write(g);
                g.writeEndObject();
            }));
        }));
        r.add(get("/api/openapi.json", "This API's OpenAPI document", List.of(), "OpenAPI 3.1",
                (ctx, p) -> json(ctx, openApi)));
        return List.copyOf(r);
    }

    private static Route get(String path, String summary, List<Param> params, String answer, Route.Handling h) {
        return new Route("GET", path, summary, params, false, answer, h);
    }

    @SafeVarargs
    private static List<Param> concat(List<Param>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    static void json(Context ctx, byte[] body) {
        ctx.contentType(JSON);
        ctx.result(body);
    }

    private void search(Context ctx, Params p) {
        SearchRequest.Builder b = SearchRequest.builder()
                .text(p.string("q", ""))
                .kind(SearchRequest.Kind.valueOf(p.string("kind", "any").toUpperCase(Locale.ROOT)))
                .sort(SearchRequest.Sort.valueOf(p.string("sort", "relevance").toUpperCase(Locale.ROOT)))
                .offset(p.offset())
                .limit(p.limit(SearchRequest.DEFAULT_LIMIT))
                .types(eventTypes(p.strings("type")))
                .place(p.string("place"))
                .country(p.country())
                .entity(p.string("entity"))
                .outlet(p.string("outlet"))
                .disagreement(p.bool("disagreement"));
        DateRange dates = p.dates();
        String from = p.string("from");
        String to = p.string("to");
        if (!dates.isAny()) {
            if (from != null) {
                b.from(from);
            }
            if (to != null) {
                b.to(to);
            }
        }
        SearchRequest request;
        try {
            request = b.build();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        SearchResults results;
        try {
            results = store.search(request);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage(), "q");
        }
        json(ctx, JsonBody.of(g -> {
            g.writeStartObject();
            g.writeNumberField("total", results.total());
            g.writeNumberField("offset", request.offset());
            g.writeNumberField("limit", request.limit());
            g.writeArrayFieldStart("items");
            for (SearchHit h : results.hits()) {
                g.writeStartObject();
                g.writeStringField("kind", h.kind().label());
                g.writeStringField("id", h.id());
                g.writeStringField("article", h.article());
                g.writeStringField("document", h.document());
                g.writeStringField("title", h.title());
                g.writeStringField("outlet", h.outlet());
                g.writeStringField("date", h.date() == null ? null : h.date().value());
                g.writeNumberField("score", h.score());
                Reading.strings(g, "snippets", h.snippets());
                if (h.kind() == SearchRequest.Kind.QUOTE) {
                    g.writeObjectFieldStart("speaker");
                    g.writeStringField("entity", h.speakerEntity());
                    g.writeStringField("text", h.speaker());
                    g.writeEndObject();
                    g.writeStringField("cue", h.cue());
                    g.writeStringField("hedge", h.hedge());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (var facet : results.facets().entrySet()) {
                g.writeArrayFieldStart(facet.getKey());
                for (FacetCount c : facet.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("value", c.value());
                    g.writeStringField("label", c.label());
                    g.writeNumberField("count", c.count());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    private static Set<EventType> eventTypes(Set<String> labels) {
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        for (String label : labels) {
            EventType t = Arrays.stream(EventType.values()).filter(x -> x.label().equals(label)).findFirst()
                    .orElseThrow(() -> new ApiException(400, "type must be one of "
                            + String.join(", ", Arrays.stream(EventType.values()).map(EventType::label).toList())
                            + ", not '" + label + "'", "type"));
            out.add(t);
        }
        return out;
    }

    private void export(Context ctx, Params p) throws IOException {
        String format = p.string("format", "json");
        Snapshot s = snapshots.get();
        String type = switch (format) {
            case "jsonl" -> "application/x-ndjson; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "geojson" -> "application/geo+json; charset=utf-8";
            default -> JSON;
        };
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"storyline." + format + "\"");
        OutputStream out = ctx.outputStream();
        switch (format) {
            case "jsonl" -> ContractExport.jsonl(store, out);
            case "csv" -> CsvExport.write(s.corpus.events(), EventLookup.of(store, s.corpus), out);
            case "geojson" -> GeoJsonExport.write(s.corpus.events(), EventLookup.of(store, s.corpus), out);
            default -> ContractExport.json(store, out);
        }
        out.flush();
    }

    /** Refuses a request without the right token; compared in constant time. */
    private void requireToken(Context ctx) {
        String given = ctx.header("X-Storyline-Token");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = auth.substring(7).strip();
        }
        if (given == null || given.isEmpty()) {
            throw new ApiException(401, "this endpoint needs the ingest token: send 'Authorization: Bearer TOKEN'"
                    + " (printed by storyline serve at start, or set with --token)");
        }
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "the ingest token is wrong");
        }
    }

    private void upload(Context ctx, Params p) throws IOException {
        requireToken(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxUploadBytes()) {
            throw tooLarge(length);
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(415, "an upload is multipart/form-data with one or more 'file' parts, not "
                    + (type == null ? "a body without a content type" : "'" + type + "'"));
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (IllegalStateException | IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage());
            if (why.toLowerCase(Locale.ROOT).contains("exceed") || why.toLowerCase(Locale.ROOT).contains("size")) {
                throw tooLarge(length);
            }
            throw new ApiException(400, "the upload is not readable multipart/form-data: " + why, "file");
        }
        if (files.isEmpty()) {
            throw new ApiException(400, "the upload has no 'file' part", "file");
        }
        long total = files.stream().mapToLong(UploadedFile::size).sum();
        if (total > options.maxUploadBytes()) {
            throw tooLarge(total);
        }
        Staging.Batch batch = staging.keep(files);
        accepted(ctx, jobs.submit("upload", batch.inputs(), batch.folder()));
    }

    private ApiException tooLarge(long bytes) {
        return new ApiException(413, "the upload is " + (bytes < 0 ? "too large" : bytes + " bytes")
                + "; at most " + options.maxUploadBytes() + " bytes are accepted per request", "file");
    }

    private void urls(Context ctx, Params p) {
        requireToken(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_JSON_BODY) {
            throw new ApiException(413, "a URL list is at most " + MAX_JSON_BODY + " bytes of JSON, not " + length);
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(ctx.bodyAsBytes());
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not valid JSON: " + e.getOriginalMessage()
                    + " (expected {\"urls\": [\"https://…\"]})", "urls");
        } catch (IOException e) {
            throw new ApiException(400, "the body cannot be read: " + e.getMessage(), "urls");
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "the body must be a JSON object {\"urls\": [\"https://…\"]}", "urls");
        }
        var fields = body.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!f.equals("urls")) {
                throw new ApiException(400, "unknown field '" + f + "'; the body takes only 'urls'", f);
            }
        }
        JsonNode list = body.get("urls");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ApiException(400, "'urls' must be a non-empty array of http(s) URLs", "urls");
        }
        if (list.size() > options.maxUrls()) {
            throw new ApiException(400, "at most " + options.maxUrls() + " URLs per request, not " + list.size(), "urls");
        }
        List<Ingestor.Submission> inputs = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isTextual()) {
                throw new ApiException(400, "every URL must be a string, not " + n, "urls");
            }
            URI uri = uri(n.asText());
            if (!options.allowPrivateUrls()) {
                try {
                    Addresses.requirePublic(uri);
                } catch (IngestException e) {
                    throw new ApiException(400, e.getMessage() + " (start the server with --allow-private-urls to allow it)", "urls");
                }
            }
            inputs.add(new Ingestor.Submission.Url(uri));
        }
        accepted(ctx, jobs.submit("urls", inputs, null));
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ApiException(400, "only http and https URLs can be ingested, not '" + text + "'", "urls");
            }
            if (uri.getHost() == null) {
                throw new ApiException(400, "the URL '" + text + "' names no host", "urls");
            }
            if (uri.getUserInfo() != null) {
                throw new ApiException(400, "URLs with a user name or password are refused: '" + text + "'", "urls");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ApiException(400, "not a valid URL: '" + text + "' (" + e.getReason() + ")", "urls");
        }
    }

    private static void accepted(Context ctx, Jobs.Job job) {
        ctx.status(202);
        ctx.header("Location", "/api/ingest/jobs/" + job.id());
        json(ctx, JsonBody.of(g -> {
            g.writeStartObject();
            g.writeFieldName("job");
            job.write(g);
            g.writeEndObject();
        }));
    }
}
