package org.storyline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Article;
import org.storyline.model.Attribute;
import org.storyline.model.DateBasis;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;
import org.storyline.model.Span;
import org.storyline.model.StableId;
import org.storyline.model.Story;

/**
 * How long {@code saveCorpus} takes to re-index N generated articles, and how long searches take over them: 300 in
 * the build (a smoke run of the same code), any size with
 * {@code mvn -o -pl store test -Dtest=SearchScaleTest -Dstoryline.searchScale=20000}. Prints one
 * {@code search-scale: key=value …} line; asserts no timings.
 */
class SearchScaleTest {
    @TempDir
    Path dir;

    private static final String[] WORDS = ("drone strike port city officials said council river bridge station power grid "
            + "talks envoy minister protest crowd police arrest court sanction exchange prisoner ceasefire shelling "
            + "village region governor army border night morning report witness hospital school market").split(" ");

    @Test
    void measure() {
        int n = Integer.getInteger("storyline.searchScale", 300);
        Random random = new Random(7);
        List<Article> articles = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Store store = Stores.embedded(dir)) {
            for (int i = 0; i < n; i++) {
                byte[] bytes = ("<p>generated " + i + "</p>").getBytes(UTF_8);
                String source = "https://gen.example/" + i;
                String id = store.admit(new Store.NewDocument(source, null, bytes, "text/html", "html", null, null, null)).documentId();
                StringBuilder text = new StringBuilder();
                while (text.length() < 2500) {
                    for (int w = 0; w < 12; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(w == 11 ? ". " : " ");
                    }
                }
                String date = "2026-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
                Article a = new Article(StableId.article(id, 0), id, 0, "Report " + i, null, new PartialDate(date),
                        DateBasis.STATED, "en", text.toString());
                store.saveProcessed(new Document(id, source, StableId.sha256(bytes), "Report " + i, null,
                        "Outlet " + random.nextInt(40), null, "en", List.of(a.id())), List.of(a), List.of());
                articles.add(a);
            }
            store.commit();
            double ingest = (System.nanoTime() - t0) / 1e9;

            List<Entity> entities = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            List<Story> stories = new ArrayList<>();
            for (int e = 0; e < n / 10; e++) {
                List<Mention> mentions = new ArrayList<>();
                for (int m = 0; m < 10; m++) {
                    Article a = articles.get(random.nextInt(n));
                    mentions.add(new Mention(a.id(), new Span(0, 5), a.text().substring(0, 5)));
                }
                boolean place = e % 5 == 0;
                entities.add(new Entity(StableId.of('e', "gen" + e), place ? EntityType.PLACE : EntityType.PERSON, "Entity " + e,
                        List.of(), mentions, place ? List.of(new Attribute("country", e % 2 == 0 ? "UA" : "RU",
                        List.of(mentions.getFirst().article()))) : List.of(), null));
            }
            EventType[] types = EventType.values();
            for (int i = 0; i < n; i++) {
                Article a = articles.get(i);
                Entity place = entities.get(5 * random.nextInt(entities.size() / 5));
                events.add(new Event(StableId.of('v', "gen" + i), types[random.nextInt(types.length)], null, null,
                        Event.EventDate.unknown(), new Event.Location(place.id(), place.name(), null), List.of(), Map.of(),
                        List.of(new Mention(a.id(), new Span(0, 5), a.text().substring(0, 5))), List.of(a.document()), 1,
                        List.of(), List.of()));
                stories.add(new Story(StableId.of('s', "gen" + i / 3), null, List.of(a.id()), List.of()));
            }
            List<Story> merged = new ArrayList<>();
            for (int i = 0; i < stories.size(); i += 3) {
                List<String> members = new ArrayList<>();
                for (int k = i; k < Math.min(i + 3, stories.size()); k++) {
                    members.addAll(stories.get(k).articles());
                }
                merged.add(new Story(stories.get(i).id(), null, members, List.of()));
            }
            Store.Corpus corpus = new Store.Corpus(entities, events, List.of(), merged);

            long c0 = System.nanoTime();
            store.saveCorpus(corpus);
            double corpusSeconds = (System.nanoTime() - c0) / 1e9;
            long c1 = System.nanoTime();
            store.saveCorpus(corpus);
            double again = (System.nanoTime() - c1) / 1e9;

            List<SearchRequest> requests = List.of(SearchRequest.of("drone"), SearchRequest.of("drone AND bridge"),
                    SearchRequest.all(), SearchRequest.builder().text("ceasefire").country("UA").type(EventType.STRIKE).build(),
                    SearchRequest.builder().sort(SearchRequest.Sort.DATE).from("2026-03").to("2026-05").build(),
                    SearchRequest.builder().text("\"power grid\"").offset(100).limit(50).build());
            for (SearchRequest r : requests) {
                store.search(r); // warm up
            }
            int rounds = 20;
            long s0 = System.nanoTime();
            long total = 0;
            for (int round = 0; round < rounds; round++) {
                for (SearchRequest r : requests) {
                    total += store.search(r).total();
                }
            }
            double perSearchMs = (System.nanoTime() - s0) / 1e6 / (rounds * requests.size());
            assertThat(total).isPositive();
            System.out.printf("search-scale: articles=%d ingest_s=%.1f save_corpus_s=%.2f save_corpus_again_s=%.2f search_ms=%.1f%n",
                    n, ingest, corpusSeconds, again, perSearchMs);
        }
    }
}
