package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.store.Store;

/** The read endpoints over an invented corpus: shapes, labels, filters, pagination and errors that name the parameter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerTest {
    private final NewsFixture news = new NewsFixture();
    private Store store;
    private ApiServer server;
    private ApiClient api;

    private Path dir;

    @BeforeAll
    void start(@TempDir Path dir) {
        this.dir = dir;
        store = news.build(dir.resolve("data"));
        server = ApiServer.start(store, (inputs, progress) -> { }, ServerOptions.defaults(dir.resolve("staging")).withPort(0)
                .withToken("0123456789abcdef0123"));
        api = new ApiClient(server.uri());
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void storiesAreListedNewestFirstWithOutletsCountsAndDisagreements() {
        JsonNode page = api.json("/api/stories");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Students march in Lviv");
        JsonNode port = page.get("items").get(1);
        assertThat(port.get("date").asText()).isEqualTo("2026-02-07");
        assertThat(port.get("outlets")).extracting(JsonNode::asText).containsExactly("Daily Courier", "Wire Service");
        assertThat(port.get("disagreements").asInt()).isEqualTo(1);
        assertThat(port.get("event_types").get(0).asText()).isEqualTo("strike");
    }

    @Test
    void aStoryHoldsItsEventsFactsDisagreementsAndArticlesWithMentionsAndQuotes() {
        JsonNode story = api.json("/api/stories/" + news.corpus.stories().get(0).id());
        JsonNode event = story.get("events").get(0);
        assertThat(event.get("type").asText()).isEqualTo("strike");
        JsonNode sides = event.get("disagreements").get(0).get("values");
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).get("value").asText()).isEqualTo("at least 4");
        String source = sides.get(1).get("sources").get(0).asText();
        assertThat(story.get("refs").get("documents").get(source).get("outlet").asText()).isEqualTo("Wire Service");
        JsonNode article = story.get("articles").get(0);
        String text = article.get("text").asText();
        JsonNode mention = article.get("mentions").get(0);
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo("KHERSON");
        assertThat(article.get("quotes").get(0).get("speaker").get("entity").asText()).isEqualTo(news.marchuk.id());
        assertThat(article.get("outlet").asText()).isEqualTo("Daily Courier");
    }

    @Test
    void theDossierHasAliasesAttributesEventsQuotesAndCompany() {
        JsonNode dossier = api.json("/api/entities/" + news.marchuk.id());
        assertThat(dossier.get("entity").get("aliases").get(0).asText()).isEqualTo("Marchuk");
        assertThat(dossier.get("entity").get("attributes").get(0).get("value").asText()).isEqualTo("governor");
        assertThat(dossier.get("events")).extracting(e -> e.get("id").asText()).containsExactly(news.strike.id());
        assertThat(dossier.get("quotes_by")).hasSize(2);
        assertThat(dossier.get("quotes_by").get(1).get("hedge").asText()).isEqualTo("without evidence");
        assertThat(dossier.get("cooccurring")).extracting(e -> e.get("name").asText()).containsExactly("Kherson");
        JsonNode place = api.json("/api/entities/" + news.kherson.id());
        assertThat(place.get("entity").get("geo").get("lat").asDouble()).isEqualTo(46.64);
    }

    @Test
    void eventsFilterByTypeDatePlaceCountryEntityOutletAndDisagreement() {
        assertThat(ids("/api/events?type=protest")).containsExactly(news.protest.id());
        assertThat(ids("/api/events?type=protest,strike")).hasSize(2);
        assertThat(ids("/api/events?from=2026-02-07")).containsExactly(news.protest.id());
        assertThat(ids("/api/events?to=2026-02")).hasSize(2);
        assertThat(ids("/api/events?from=2027")).isEmpty();
        assertThat(ids("/api/events?place=" + news.kherson.id())).containsExactly(news.strike.id());
        assertThat(ids("/api/events?country=ua")).hasSize(2);
        assertThat(ids("/api/events?entity=" + news.marchuk.id())).containsExactly(news.strike.id());
        assertThat(ids("/api/events?outlet=morning%20post")).containsExactly(news.protest.id());
        assertThat(ids("/api/events?disagreement=true")).containsExactly(news.strike.id());
        assertThat(ids("/api/events?sort=date")).containsExactly(news.strike.id(), news.protest.id());
    }

    @Test
    void listsArePaginated() {
        JsonNode page = api.json("/api/entities?limit=1&offset=1");
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(api.json("/api/entities?offset=99").get("items")).isEmpty();
    }

    @Test
    void timelineMapQuotesAndStatusAnswer() {
        JsonNode timeline = api.json("/api/timeline");
        assertThat(timeline.get("items")).extracting(e -> e.get("date").get("value").asText())
                .containsExactly("2026-02-06", "2026-02-07");
        assertThat(timeline.get("undated").asInt()).isZero();
        assertThat(api.json("/api/timeline?undated=true").get("items")).isEmpty();
        JsonNode map = api.json("/api/map?type=strike");
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(32.62);
        assertThat(map.get("features").get(0).get("properties").get("stories").get(0).asText())
                .isEqualTo(news.corpus.stories().get(0).id());
        assertThat(api.json("/api/quotes?hedged=true").get("total").asInt()).isEqualTo(1);
        assertThat(api.json("/api/quotes?q=pier").get("items").get(0).get("outlet").asText()).isEqualTo("Daily Courier");
        JsonNode status = api.json("/api/status");
        assertThat(status.get("stories").asInt()).isEqualTo(2);
        assertThat(status.get("documents").get("processed").asInt()).isEqualTo(3);
    }

    @Test
    void searchHighlightsAndEscapesAndFilters() {
        JsonNode hits = api.json("/api/search?q=drones&from=2026-02-06&to=2026-02-07");
        assertThat(hits.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(hits.get("items").get(0).get("snippets").get(0).asText()).contains("<mark>");
        assertThat(hits.get("facets").has("outlet")).isTrue();
        JsonNode script = api.json("/api/search?q=alert&kind=article");
        assertThat(script.get("items").get(0).get("snippets").get(0).asText()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(api.json("/api/search?q=drones&type=protest").get("total").asInt()).isZero();
        JsonNode quote = api.json("/api/search?q=sea&kind=quote").get("items").get(0);
        assertThat(quote.get("kind").asText()).isEqualTo("quote");
        assertThat(quote.get("speaker").get("text").asText()).isEqualTo("Olena Marchuk");
        assertThat(quote.get("speaker").get("entity").asText()).startsWith("e");
        assertThat(quote.get("cue").asText()).isEqualTo("claimed");
        assertThat(quote.get("hedge").asText()).isEqualTo("without evidence");
        JsonNode article = api.json("/api/search?q=sea&kind=article").get("items").get(0);
        assertThat(article.has("speaker")).as("articles have no speaker").isFalse();
        assertThat(api.json("/api/search").get("facets").get("month").get(0).get("label").asText()).matches("[A-Z][a-z]{2} \\d{4}");
    }

    @Test
    void exportsComeInEveryFormat() {
        assertThat(api.json("/api/export").get("schema").asText()).isEqualTo("storyline/1");
        HttpResponse<String> csv = api.get("/api/export?format=csv");
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(3);
        assertThat(api.json("/api/export?format=geojson").get("features")).hasSize(2);
        assertThat(api.get("/api/export?format=jsonl").body().lines().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointWithItsParameters() {
        JsonNode doc = api.json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        JsonNode events = doc.get("paths").get("/api/events").get("get");
        List<String> names = new ArrayList<>();
        events.get("parameters").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("type", "from", "to", "country", "limit");
        assertThat(doc.get("paths").get("/api/ingest/upload").get("post").has("security")).isTrue();
        assertThat(doc.get("paths").get("/api/entities/{id}").get("get").get("parameters").get(0).get("in").asText()).isEqualTo("path");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/events?limit=abc|400|limit",
            "/api/events?limit=0|400|limit",
            "/api/events?offset=-1|400|offset",
            "/api/events?from=2026-13|400|from",
            "/api/events?from=yesterday|400|from",
            "/api/events?from=2026-03&to=2026-01|400|from",
            "/api/events?country=Ukraine|400|country",
            "/api/events?sort=random|400|sort",
            "/api/events?disagreement=maybe|400|disagreement",
            "/api/events?colour=red|400|colour",
            "/api/search?q=%22unclosed|400|q",
            "/api/search?type=picnic|400|type",
            "/api/entities?type=ANIMAL|400|type",
            "/api/export?format=xml|400|format",
    })
    void badParametersAreRefusedByName(String path, int status, String parameter) {
        HttpResponse<String> r = api.get(path);
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        JsonNode error = ApiClient.parse(r.body()).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("message").asText()).contains(parameter);
    }

    @ParameterizedTest
    @CsvSource({"/api/stories/s0000000000000000", "/api/entities/nobody", "/api/articles/a1", "/api/events/v1",
            "/api/documents/d1", "/api/ingest/jobs/j999", "/api/nothing/here"})
    void unknownIdsAndPathsAre404Json(String path) {
        HttpResponse<String> r = api.get(path);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(ApiClient.parse(r.body()).get("error").get("message").asText()).isNotBlank();
    }

    @Test
    void theWebUiIsServedAtTheRoot() {
        HttpResponse<String> r = api.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsIgnoringCase("<html");
        assertThat(api.json("/world.json").get("type").asText()).isEqualTo("FeatureCollection");
    }

    @Test
    void aStoreAnotherServerHoldsIsRefusedAtStart() {
        try (Store same = org.storyline.store.Stores.embedded(dir.resolve("data"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApiServer.start(same, (inputs, progress) -> { },
                            ServerOptions.defaults(dir.resolve("staging2")).withPort(0)))
                    .hasMessageContaining("in use");
        }
    }

    private List<String> ids(String path) {
        List<String> out = new ArrayList<>();
        api.json(path).get("items").forEach(e -> out.add(e.get("id").asText()));
        return out;
    }
}
