package org.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Document;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.PartialDate;
import org.storyline.model.StableId;
import org.storyline.model.Story;
import org.storyline.store.Store;

/**
 * Readers during ingest jobs that keep adding documents, events and stories: every answer is internally consistent
 * (one event per story in this corpus, as in every version of it) and no answer names a story that cannot be read.
 */
class ConcurrentReadersTest {
    private static final String TOKEN = "0123456789abcdef0123";

    @Test
    void readersSeeWholeVersionsWhileJobsWrite(@TempDir Path dir) throws Exception {
        NewsFixture news = new NewsFixture();
        Store store = news.build(dir.resolve("data"));
        AtomicInteger added = new AtomicInteger();
        Ingestor writer = (inputs, progress) -> {
            for (Ingestor.Submission s : inputs) {
                addStory(store, news, added.incrementAndGet());
            }
        };
        try (ApiServer server = ApiServer.start(store, writer, ServerOptions.defaults(dir.resolve("staging")).withPort(0)
                .withToken(TOKEN))) {
            ApiClient api = new ApiClient(server.uri());
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            ExecutorService readers = Executors.newFixedThreadPool(3);
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                running.add(readers.submit(() -> {
                    while (writing.get() && problems.size() < 5) {
                        JsonNode status = api.json("/api/status");
                        if (status.get("events").asInt() != status.get("stories").asInt()) {
                            problems.add("status mixes versions: " + status);
                        }
                        JsonNode stories = api.json("/api/stories?limit=500");
                        if (stories.get("items").size() != stories.get("total").asInt()) {
                            problems.add("story page disagrees with its total: " + stories.get("total"));
                        }
                        for (JsonNode s : stories.get("items")) {
                            HttpResponse<String> one = api.get("/api/stories/" + s.get("id").asText());
                            if (one.statusCode() != 200 || ApiClient.parse(one.body()).get("events").size() != s.get("event_count").asInt()) {
                                problems.add("story " + s.get("id") + " cannot be read whole: " + one.statusCode());
                            }
                        }
                        api.json("/api/search?q=drones");
                        reads.incrementAndGet();
                    }
                }));
            }
            for (int job = 0; job < 8; job++) {
                HttpResponse<String> r = api.send(api.request("/api/ingest/urls").header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"https://news.invalid/" + job + "\"]}")));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            }
            for (int i = 0; i < 400 && server.busy(); i++) {
                Thread.sleep(25);
            }
            writing.set(false);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            readers.shutdown();
            assertThat(problems).isEmpty();
            assertThat(reads.get()).isPositive();
            JsonNode status = api.json("/api/status");
            assertThat(status.get("stories").asInt()).isEqualTo(2 + 8);
            assertThat(status.get("corpus_version").asInt()).isEqualTo(1 + 8);
        } finally {
            store.close();
        }
    }

    /** Stores one more invented page and saves a corpus with one more story and event. */
    private static void addStory(Store store, NewsFixture news, int n) {
        String text = "Drones struck depot number " + n + " overnight, officials said.";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String id = store.admit(new Store.NewDocument("https://more.example/" + n, null, bytes, "text/plain", "text", null,
                null, null)).documentId();
        String articleId = StableId.article(id, 0);
        store.saveProcessed(new Document(id, "https://more.example/" + n, NewsFixture.sha256(bytes), "Depot " + n,
                new PartialDate("2026-03-01"), "Depot Daily", null, "en", List.of(articleId)),
                List.of(new Article(articleId, id, 0, "Depot " + n, null, new PartialDate("2026-03-01"), DateBasis.STATED, "en", text)),
                List.of());
        Store.Corpus before = store.corpus();
        Event event = new Event(StableId.of('v', "depot" + n), EventType.STRIKE, "drone", Event.Status.COMPLETED,
                Event.EventDate.unknown(), null, List.of(), java.util.Map.of(), List.of(), List.of(id), 1, List.of(), List.of());
        List<Event> events = new ArrayList<>(before.events());
        events.add(event);
        List<Story> stories = new ArrayList<>(before.stories());
        stories.add(new Story(StableId.of('s', "depot" + n), "Depot " + n + " struck", List.of(articleId), List.of(event.id())));
        store.saveCorpus(new Store.Corpus(before.entities(), events, before.quotes(), stories));
        store.commit();
    }
}
