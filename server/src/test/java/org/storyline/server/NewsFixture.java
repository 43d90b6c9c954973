package org.storyline.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.model.Article;
import org.storyline.model.Attribute;
import org.storyline.model.DateBasis;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventType;
import org.storyline.model.Geo;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.StableId;
import org.storyline.model.Story;
import org.storyline.store.Store;
import org.storyline.store.Stores;

/**
 * An invented corpus in a real embedded store: two outlets report a drone strike on a port in Kherson and disagree
 * on the toll; a third page reports a protest in Lviv. Names, places and sentences are made up for the tests.
 */
final class NewsFixture {
    static final String[] TEXTS = {
            "KHERSON — Drones struck the grain terminal on Friday, killing at least four dock workers, governor Olena Marchuk said. "
                    + "\"We will rebuild the pier,\" Marchuk told reporters. <script>alert(1)</script> stays text.",
            "Three dock workers died when drones hit the port of Kherson, officials said. Olena Marchuk claimed without evidence "
                    + "that the drones came from the sea.",
            "LVIV — Hundreds of students marched through Lviv on Saturday to protest tuition fees, organiser Taras Bondar said."};
    static final String[] OUTLETS = {"Daily Courier", "Wire Service", "Morning Post"};
    static final String[] DATES = {"2026-02-06", "2026-02-07", "2026-02-08"};

    final List<Document> documents = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    Entity kherson;
    Entity lviv;
    Entity marchuk;
    Entity bondar;
    Event strike;
    Event protest;
    Store.Corpus corpus;

    /** Fills a new store in {@code dir} with the invented corpus and returns it. */
    Store build(Path dir) {
        Store store = Stores.embedded(dir);
        for (int i = 0; i < TEXTS.length; i++) {
            byte[] bytes = ("<title>page " + i + "</title>" + TEXTS[i]).getBytes(StandardCharsets.UTF_8);
            String id = store.admit(new Store.NewDocument("https://news" + i + ".example/story", "https://news" + i + ".example/story",
                    bytes, "text/html", "html", null, null, null)).documentId();
            String articleId = StableId.article(id, 0);
            Article a = new Article(articleId, id, 0, "Report " + i, null, new PartialDate(DATES[i]), DateBasis.STATED, "en", TEXTS[i]);
            Document d = new Document(id, "https://news" + i + ".example/story", sha256(bytes), "Report " + i,
                    new PartialDate(DATES[i]), OUTLETS[i], null, "en", List.of(articleId));
            store.saveProcessed(d, List.of(a), List.of());
            documents.add(d);
            articles.add(a);
        }
        kherson = new Entity(StableId.of('e', "kherson"), EntityType.PLACE, "Kherson", List.of("KHERSON"),
                List.of(mention(0, "KHERSON"), mention(1, "Kherson")),
                List.of(new Attribute("country", "UA", List.of(articles.get(0).id()))), new Geo(46.64, 32.62, "geonames:706448"));
        lviv = new Entity(StableId.of('e', "lviv"), EntityType.PLACE, "Lviv", List.of("LVIV"),
                List.of(mention(2, "LVIV"), mention(2, "Lviv")),
                List.of(new Attribute("country", "UA", List.of(articles.get(2).id()))), new Geo(49.84, 24.03, "geonames:702550"));
        marchuk = new Entity(StableId.of('e', "marchuk"), EntityType.PERSON, "Olena Marchuk", List.of("Marchuk"),
                List.of(mention(0, "Olena Marchuk"), mention(1, "Olena Marchuk")),
                List.of(new Attribute("role", "governor", List.of(articles.get(0).id()))), null);
        bondar = new Entity(StableId.of('e', "bondar"), EntityType.PERSON, "Taras Bondar", List.of(),
                List.of(mention(2, "Taras Bondar")), List.of(new Attribute("role", "organiser", List.of(articles.get(2).id()))), null);
        String d0 = documents.get(0).id();
        String d1 = documents.get(1).id();
        strike = new Event(StableId.of('v', "strike"), EventType.STRIKE, "drone", Event.Status.COMPLETED,
                new Event.EventDate(new PartialDate("2026-02-06"), DateBasis.RELATIVE),
                new Event.Location(kherson.id(), "Kherson", "grain terminal"),
                List.of(new Event.Participant(Event.Role.VICTIM, null, "dock workers"),
                        new Event.Participant(Event.Role.SPEAKER, marchuk.id(), "Olena Marchuk")),
                Map.of("killed", new Event.Count(4, Event.Qualifier.AT_LEAST)),
                List.of(mention(0, "struck"), mention(1, "hit")), List.of(d0, d1), 2,
                List.of(new Event.Fact("type", "strike", List.of(d0, d1))),
                List.of(new Event.Disagreement("killed", List.of(new Event.Fact("killed", "at least 4", List.of(d0)),
                        new Event.Fact("killed", "3", List.of(d1))))));
        String d2 = documents.get(2).id();
        protest = new Event(StableId.of('v', "protest"), EventType.PROTEST, null, Event.Status.COMPLETED,
                new Event.EventDate(new PartialDate("2026-02-07"), DateBasis.RELATIVE),
                new Event.Location(lviv.id(), "Lviv", null),
                List.of(new Event.Participant(Event.Role.ACTOR, null, "students")),
                Map.of(), List.of(mention(2, "marched")), List.of(d2), 1, List.of(), List.of());
        int q0 = TEXTS[0].indexOf("We will");
        int q1 = TEXTS[1].indexOf("that the drones");
        List<Quote> quotes = List.of(
                new Quote(StableId.of('q', "q0"), marchuk.id(), "Marchuk", "We will rebuild the pier,", true, "told reporters",
                        null, articles.get(0).id(), new Span(q0, q0 + "We will rebuild the pier,".length())),
                new Quote(StableId.of('q', "q1"), marchuk.id(), "Olena Marchuk", "the drones came from the sea", false, "claimed",
                        "without evidence", articles.get(1).id(), new Span(q1 + 5, q1 + 5 + "the drones came from the sea".length())));
        List<Story> stories = List.of(
                new Story(StableId.of('s', "port"), "Drones strike Kherson port",
                        List.of(articles.get(0).id(), articles.get(1).id()), List.of(strike.id())),
                new Story(StableId.of('s', "march"), "Students march in Lviv", List.of(articles.get(2).id()), List.of(protest.id())));
        corpus = new Store.Corpus(List.of(kherson, lviv, marchuk, bondar), List.of(strike, protest), quotes, stories);
        store.saveCorpus(corpus);
        store.commit();
        return store;
    }

    private Mention mention(int article, String text) {
        int start = TEXTS[article].indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("no '" + text + "' in text " + article);
        }
        return new Mention(articles.get(article).id(), new Span(start, start + text.length()), text);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
