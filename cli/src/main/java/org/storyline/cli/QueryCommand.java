package org.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.EventType;
import org.storyline.store.FacetCount;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchRequest;
import org.storyline.store.SearchResults;
import org.storyline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline query}: search articles and quotes by words and filters, with snippets and facet counts. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Search articles and quotes: words in Lucene syntax (drone, \"power station\", strike AND Kharkiv),"
                + " filters, snippets with the matched words in [brackets], and facet counts.",
                "Without words every article and quote matches the filters."})
final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Words to find (Lucene query syntax); none means everything.")
    String text;

    @Option(names = "--kind", paramLabel = "KIND", description = "article or quote (default: both).")
    String kind;

    @Option(names = "--type", paramLabel = "T", description = "Only what reports an event of this type (attack, strike, protest, …); repeatable.")
    List<String> types = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "Only what is dated on or after this date (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only what is dated on or before this date (YYYY[-MM[-DD]], inclusive).")
    String to;

    @Option(names = "--place", paramLabel = "NAME_OR_ID", description = "Only what reports an event at this place.")
    String place;

    @Option(names = "--country", paramLabel = "CC", description = "Only what reports an event in this country (ISO code: UA, RU, …).")
    String country;

    @Option(names = "--entity", paramLabel = "NAME_OR_ID", description = "Only what mentions this person, organisation or place.")
    String entity;

    @Option(names = "--outlet", paramLabel = "O", description = "Only what this outlet published (its exact name).")
    String outlet;

    @Option(names = "--disagreement", description = "Only what reports an event that outlets state differently.")
    boolean disagreement;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default) or date (newest first).")
    String sort = "relevance";

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show, 1 to 500 (default: ${DEFAULT-VALUE}).")
    int limit = SearchRequest.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset = 0;

    @Option(names = "--json", description = "Print the results as JSON ({total, offset, limit, items, facets}).")
    boolean json;

    @Option(names = "--facets", description = "Also print counts by kind, event type, outlet, country, entity and month.")
    boolean facets;

    @Mixin
    DataDir data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRequest.Builder request = SearchRequest.builder().text(text)
                .kind(kind == null ? SearchRequest.Kind.ANY : choice("--kind", kind, SearchRequest.Kind.ARTICLE, SearchRequest.Kind.QUOTE))
                .sort(choice("--sort", sort, SearchRequest.Sort.RELEVANCE, SearchRequest.Sort.DATE))
                .country(country).outlet(outlet).disagreement(disagreement).offset(offset).limit(limit);
        for (String t : types) {
            request.type(eventType(t));
        }
        try {
            request.from(date("--from", from)).to(date("--to", to)).build(); // checks every value before the store opens
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (!Files.isDirectory(data.dir)) {
            throw new IllegalArgumentException("no data directory at " + data.dir + " (run storyline run PATH... first, or pass --data DIR)");
        }
        SearchResults results;
        try (Store store = data.open()) {
            if (place != null || entity != null) {
                List<Entity> entities = store.corpus().entities();
                String placeId = place == null ? null : resolve(entities, place, true);
                String entityId = entity == null ? null : resolve(entities, entity, false);
                if ((place != null && placeId == null) || (entity != null && entityId == null)) {
                    String which = place != null && placeId == null ? "place '" + place : "entity '" + entity;
                    System.err.println("storyline query: no " + which + "' in the corpus (run storyline run first, or try another spelling)");
                    return Exit.PARTIAL;
                }
                request.place(placeId).entity(entityId);
            }
            SearchRequest built;
            try {
                built = request.build();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            try {
                results = store.search(built);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
        }
        PrintStream out = System.out;
        if (json) {
            out.println(json(results).toPrettyString());
            return Exit.OK;
        }
        int n = offset;
        for (SearchHit h : results.hits()) {
            n++;
            out.printf("%d. %s%s%n", n, h.kind() == SearchRequest.Kind.QUOTE ? "[quote] " : "",
                    h.title() == null ? "(untitled)" : h.title());
            String when = h.date() == null ? "date unknown" : h.date().value();
            out.printf("   %s · %s · %s%s · document %s · score %.2f%n", h.outlet() == null ? "outlet unknown" : h.outlet(), when,
                    h.kind() == SearchRequest.Kind.QUOTE ? "quote " + h.id() + " in article " : "article ", h.article(), h.document(),
                    h.score());
            for (String s : h.snippets()) {
                out.println("   " + plain(s));
            }
            if (h.kind() == SearchRequest.Kind.QUOTE) {
                out.println("   " + attribution(h));
            }
            out.println();
        }
        long shown = results.hits().size();
        out.printf("%d hit%s%s%n", results.total(), results.total() == 1 ? "" : "s",
                shown == results.total() ? "" : shown == 0 ? " (none on this page)"
                        : " (showing " + (offset + 1) + "–" + (offset + shown) + ")");
        if (facets) {
            out.println();
            for (Map.Entry<String, List<FacetCount>> f : results.facets().entrySet()) {
                String counts = f.getValue().stream()
                        .map(c -> (c.label().equals(c.value()) ? c.value() : c.label() + " (" + c.value() + ")") + " " + c.count())
                        .collect(Collectors.joining(", "));
                out.printf("%-8s %s%n", f.getKey() + ":", counts.isEmpty() ? "-" : counts);
            }
        }
        return Exit.OK;
    }

    /** Who a quote is by and how it was reported: "— Olena Marchuk (e…) claimed, without evidence". */
    static String attribution(SearchHit quote) {
        StringBuilder line = new StringBuilder("— ").append(quote.speaker() == null ? "unknown speaker" : quote.speaker());
        if (quote.speakerEntity() != null) {
            line.append(" (").append(quote.speakerEntity()).append(')');
        }
        if (quote.cue() != null) {
            line.append(' ').append(quote.cue());
        }
        if (quote.hedge() != null) {
            line.append(", ").append(quote.hedge());
        }
        return line.toString();
    }

    /** A snippet for a terminal: the matches in [brackets], HTML entities undone. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The results in the shape of the REST API's search answer. */
    ObjectNode json(SearchResults results) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("total", results.total());
        root.put("offset", offset);
        root.put("limit", limit);
        ArrayNode items = root.putArray("items");
        for (SearchHit h : results.hits()) {
            ObjectNode item = items.addObject();
            item.put("kind", h.kind().label());
            item.put("id", h.id());
            item.put("article", h.article());
            item.put("document", h.document());
            item.put("title", h.title());
            item.put("outlet", h.outlet());
            item.put("date", h.date() == null ? null : h.date().value());
            item.put("score", h.score());
            ArrayNode snippets = item.putArray("snippets");
            h.snippets().forEach(snippets::add);
            if (h.kind() == SearchRequest.Kind.QUOTE) {
                item.putObject("speaker").put("entity", h.speakerEntity()).put("text", h.speaker());
                item.put("cue", h.cue());
                item.put("hedge", h.hedge());
            }
        }
        ObjectNode facetsNode = root.putObject("facets");
        results.facets().forEach((dim, counts) -> {
            ArrayNode list = facetsNode.putArray(dim);
            for (FacetCount c : counts) {
                list.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count());
            }
        });
        return root;
    }

    /**
     * The id of the entity a name or id means: an id of the corpus as it is, else the entity whose name or alias is the
     * name (case and accents aside), else one whose name contains it; the most mentioned first. Null when none.
     */
    static String resolve(List<Entity> entities, String nameOrId, boolean placesOnly) {
        List<Entity> candidates = entities.stream().filter(e -> !placesOnly || e.type() == EntityType.PLACE).toList();
        for (Entity e : candidates) {
            if (e.id().equals(nameOrId)) {
                return e.id();
            }
        }
        if (CorpusView.fold(nameOrId).isEmpty()) {
            return null;
        }
        return CorpusView.find(candidates, nameOrId).stream().findFirst().map(Entity::id).orElse(null);
    }

    @SafeVarargs
    private <E extends Enum<E>> E choice(String option, String value, E... allowed) {
        for (E e : allowed) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), option + " must be one of "
                + java.util.Arrays.stream(allowed).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + ", not '" + value + "'");
    }

    private EventType eventType(String value) {
        for (EventType t : EventType.values()) {
            if (t.label().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                return t;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--type must be an event type ("
                + java.util.Arrays.stream(EventType.values()).map(EventType::label).collect(Collectors.joining(", "))
                + "), not '" + value + "'");
    }

    private String date(String option, String value) {
        if (value != null && !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a date (YYYY[-MM[-DD]]), not '" + value + "'");
        }
        return value;
    }
}
