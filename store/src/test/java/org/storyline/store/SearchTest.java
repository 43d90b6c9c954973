package org.storyline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.storyline.model.Geo;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.StableId;
import org.storyline.model.Story;

/** {@link Store#search(SearchRequest)} on invented articles and quotes: words, filters, facets, snippets, order, pages. */
class SearchTest {
    @TempDir
    Path dir;

    Store store;

    static final String KHARKIV_TEXT = "Drones struck a power station near Kharkiv overnight, officials said. "
            + "The attackers left a note reading <script>alert(1)</script> & more. "
            + "Olena Marchenko said the station would be rebuilt.";
    static final String TBILISI_TEXT = "Protesters gathered in Tbilisi on Monday against the new law.";
    static final String GENEVA_TEXT = "Envoys met in Geneva to discuss a prisoner exchange; a drone was mentioned once.";
    static final String UNDATED_TEXT = "An undated note about drones and ferries.";

    Article kharkiv;
    Article tbilisi;
    Article geneva;
    Article undated;
    Quote quote;
    final Entity kharkivPlace = place("Kharkiv", "UA", "geonames:706483");
    final Entity tbilisiPlace = place("Tbilisi", "GE", "geonames:611717");
    Entity marchenko;
    Event strike;
    Event protest;

    @BeforeEach
    void fill() {
        store = Stores.embedded(dir);
        kharkiv = save("kharkiv", "Kyiv Post", "2026-01-15", "Power station hit", KHARKIV_TEXT).getFirst();
        tbilisi = save("tbilisi", "Wire", "2026-02-03", "Tbilisi protest", TBILISI_TEXT).getFirst();
        geneva = save("geneva", "Kyiv Post", null, "Geneva talks", GENEVA_TEXT, "2025-12-20").getFirst();
        undated = save("undated", null, null, null, UNDATED_TEXT).getFirst();
        int said = KHARKIV_TEXT.indexOf("the station would be rebuilt");
        quote = new Quote(StableId.of('q', "marchenko"), null, "Olena Marchenko", "the station would be rebuilt", false, "said",
                null, kharkiv.id(), new Span(said, said + "the station would be rebuilt".length()));
        int name = KHARKIV_TEXT.indexOf("Olena Marchenko");
        marchenko = new Entity(StableId.of('e', "marchenko"), EntityType.PERSON, "Olena Marchenko", List.of(),
                List.of(mention(kharkiv, name, "Olena Marchenko")), List.of(), null);
        strike = event("strike", EventType.STRIKE, kharkiv, "struck", kharkivPlace, true);
        protest = event("protest", EventType.PROTEST, tbilisi, "Protesters", tbilisiPlace, false);
        store.saveExtraction(kharkiv.document(), new Store.Extraction(List.of(quote), List.of(strike)));
        store.saveExtraction(tbilisi.document(), new Store.Extraction(List.of(), List.of(protest)));
        store.commit();
        Quote resolved = new Quote(quote.id(), marchenko.id(), quote.speakerText(), quote.text(), quote.direct(), quote.cue(),
                quote.hedge(), quote.article(), quote.span());
        store.saveCorpus(new Store.Corpus(List.of(kharkivPlace, tbilisiPlace, marchenko), List.of(strike, protest),
                List.of(resolved), stories(kharkiv, tbilisi, geneva, undated)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    // ---- words ----------------------------------------------------------------------------------------------

    @Test
    void wordsFindArticlesAndQuotesWithMarkedSnippets() {
        SearchResults r = store.search(SearchRequest.of("drones"));
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(kharkiv.id(), undated.id());
        SearchHit hit = r.hits().stream().filter(h -> h.id().equals(kharkiv.id())).findFirst().orElseThrow();
        assertThat(hit.kind()).isEqualTo(SearchRequest.Kind.ARTICLE);
        assertThat(hit.document()).isEqualTo(kharkiv.document());
        assertThat(hit.article()).isEqualTo(kharkiv.id());
        assertThat(hit.title()).isEqualTo("Power station hit");
        assertThat(hit.outlet()).isEqualTo("Kyiv Post");
        assertThat(hit.date()).isEqualTo(new PartialDate("2026-01-15"));
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippets()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("<mark>"));
        assertThat(hit.snippets().getFirst()).contains("<mark>Drones</mark> struck");

        SearchResults quotes = store.search(SearchRequest.of("rebuilt"));
        assertThat(quotes.hits()).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchRequest.Kind.ARTICLE, SearchRequest.Kind.QUOTE);
        SearchHit q = quotes.hits().stream().filter(h -> h.kind() == SearchRequest.Kind.QUOTE).findFirst().orElseThrow();
        assertThat(q.id()).isEqualTo(quote.id());
        assertThat(q.article()).isEqualTo(kharkiv.id());
        assertThat(q.title()).isEqualTo("Power station hit");
        assertThat(q.outlet()).isEqualTo("Kyiv Post");
        assertThat(q.snippets()).containsExactly("the station would be <mark>rebuilt</mark>");

        assertThat(store.search(SearchRequest.of("marchenko")).hits()).as("speakers are searched")
                .extracting(SearchHit::id).contains(quote.id());
        assertThat(store.search(SearchRequest.of("geneva talks")).hits().getFirst().id()).isEqualTo(geneva.id());
        assertThat(store.search(SearchRequest.of("quokka")).total()).isZero();
    }

    @Test
    void quoteHitsCarryTheirSpeakerCueAndHedgeAndArticlesNone() {
        SearchHit q = store.search(b().text("rebuilt").kind(SearchRequest.Kind.QUOTE).build()).hits().getFirst();
        assertThat(q.speaker()).isEqualTo("Olena Marchenko");
        assertThat(q.speakerEntity()).as("resolved by the corpus").isEqualTo(marchenko.id());
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.hedge()).isNull();
        SearchHit a = store.search(b().text("rebuilt").kind(SearchRequest.Kind.ARTICLE).build()).hits().getFirst();
        assertThat(a.speaker()).isNull();
        assertThat(a.speakerEntity()).isNull();
        assertThat(a.cue()).isNull();
        assertThat(a.hedge()).isNull();

        String text = "A spokesman claimed without evidence that the ferry was sabotaged.";
        Article ferry = save("claim", "Wire", "2026-02-10", "Ferry claim", text).getFirst();
        int at = text.indexOf("the ferry was sabotaged");
        Quote claim = new Quote(StableId.of('q', "claim"), null, "A spokesman", "the ferry was sabotaged", false, "claimed",
                "without evidence", ferry.id(), new Span(at, at + "the ferry was sabotaged".length()));
        store.saveExtraction(ferry.document(), new Store.Extraction(List.of(claim), List.of()));
        store.commit();
        SearchHit c = store.search(b().text("sabotaged").kind(SearchRequest.Kind.QUOTE).build()).hits().getFirst();
        assertThat(c.id()).isEqualTo(claim.id());
        assertThat(c.speaker()).isEqualTo("A spokesman");
        assertThat(c.speakerEntity()).as("not resolved").isNull();
        assertThat(c.cue()).isEqualTo("claimed");
        assertThat(c.hedge()).isEqualTo("without evidence");
        assertThatThrownBy(() -> new SearchHit(SearchRequest.Kind.ARTICLE, ferry.id(), ferry.id(), ferry.document(), null, null,
                null, 1f, List.of(), "A spokesman", null, null, null)).hasMessageContaining(ferry.id());
    }

    @Test
    void snippetsAreEscapedHtmlWithOnlyMarkTags() {
        SearchHit hit = store.search(SearchRequest.of("alert")).hits().getFirst();
        String snippet = String.join(" ", hit.snippets());
        assertThat(snippet).contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void withoutWordsEverythingMatchesAndSnippetsStartTheText() {
        SearchResults r = store.search(SearchRequest.all());
        assertThat(r.total()).isEqualTo(5);
        SearchHit t = r.hits().stream().filter(h -> h.id().equals(tbilisi.id())).findFirst().orElseThrow();
        assertThat(t.snippets()).containsExactly(TBILISI_TEXT);
        assertThat(t.score()).isEqualTo(1f);
    }

    @Test
    void aMalformedQueryIsAnIllegalArgumentNamingTheQuery() {
        String query = "drones AND (unclosed";
        assertThatThrownBy(() -> store.search(SearchRequest.of(query)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(query);
    }

    // ---- filters ----------------------------------------------------------------------------------------------

    @Test
    void eachFilterNarrowsTheMatches() {
        assertThat(ids(b().kind(SearchRequest.Kind.QUOTE))).containsExactly(quote.id());
        assertThat(ids(b().kind(SearchRequest.Kind.ARTICLE))).containsExactlyInAnyOrder(kharkiv.id(), tbilisi.id(), geneva.id(),
                undated.id());
        assertThat(ids(b().type(EventType.STRIKE))).containsExactlyInAnyOrder(kharkiv.id(), quote.id());
        assertThat(ids(b().type(EventType.STRIKE).type(EventType.PROTEST))).containsExactlyInAnyOrder(kharkiv.id(), quote.id(),
                tbilisi.id());
        assertThat(ids(b().type(EventType.TALKS))).isEmpty();
        assertThat(ids(b().from("2026-02"))).containsExactly(tbilisi.id());
        assertThat(ids(b().to("2025-12"))).as("undated never matches a date filter").containsExactly(geneva.id());
        assertThat(ids(b().from("2026-01").to("2026-01"))).containsExactlyInAnyOrder(kharkiv.id(), quote.id());
        assertThat(ids(b().from("2026-01-15").to("2026-01-15"))).containsExactlyInAnyOrder(kharkiv.id(), quote.id());
        assertThat(ids(b().from("2026-01-16").to("2026-02-03"))).containsExactly(tbilisi.id());
        assertThat(ids(b().to("2026"))).hasSize(4);
        assertThat(ids(b().place(kharkivPlace.id()))).containsExactlyInAnyOrder(kharkiv.id(), quote.id());
        assertThat(ids(b().country("ge"))).containsExactly(tbilisi.id());
        assertThat(ids(b().country("UA"))).containsExactlyInAnyOrder(kharkiv.id(), quote.id());
        assertThat(ids(b().entity(marchenko.id()))).containsExactlyInAnyOrder(kharkiv.id(), quote.id());
        assertThat(ids(b().outlet("Wire"))).containsExactly(tbilisi.id());
        assertThat(ids(b().outlet("Kyiv Post"))).containsExactlyInAnyOrder(kharkiv.id(), quote.id(), geneva.id());
        assertThat(ids(b().disagreement(true))).containsExactlyInAnyOrder(kharkiv.id(), quote.id());
        assertThat(ids(b().text("station").kind(SearchRequest.Kind.QUOTE).country("UA"))).containsExactly(quote.id());
    }

    @Test
    void requestsRejectBadValuesNamingThem() {
        assertThatThrownBy(() -> b().limit(0).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> b().limit(501).build()).hasMessageContaining("501");
        assertThatThrownBy(() -> b().offset(-1).build()).hasMessageContaining("offset").hasMessageContaining("-1");
        assertThatThrownBy(() -> b().country("UKR").build()).hasMessageContaining("UKR").hasMessageContaining("alpha-2");
        assertThatThrownBy(() -> b().from("2026-03").to("2026-02").build()).hasMessageContaining("2026-03")
                .hasMessageContaining("2026-02");
        assertThatThrownBy(() -> b().from("2026-01-01T10:00").build()).hasMessageContaining("2026-01-01T10:00");
        assertThatThrownBy(() -> b().from("January").build()).hasMessageContaining("January");
        assertThat(b().from("2026-01-15").to("2026-01").build().to()).isEqualTo(new PartialDate("2026-01"));
    }

    // ---- ranking --------------------------------------------------------------------------------------------

    @Test
    void articlesAboutTheWordsOutrankQuotesThatMentionThemOnce() {
        String filler = " The council met again on Tuesday, and the harbour master read out the weekly figures for"
                + " cargo, passengers and repairs, which the town's newspaper printed in full the next morning.";
        Article titled = save("titled", "Coast News", "2026-03-02", "Lighthouse keeper retires",
                "The lighthouse keeper of Port Ness retired after forty years." + filler + filler).getFirst();
        Article repeated = save("repeated", "Coast News", "2026-03-03", "A night on the rocks",
                "The lighthouse went dark at nine. Sailors said the lighthouse had never failed, and the lighthouse"
                        + " crew worked until dawn." + filler + filler).getFirst();
        String said = "the lighthouse can wait";
        String busyText = "The mayor spoke about the budget." + filler + " She said " + said + "." + filler
                + " Other quotes followed: roads first, schools next, the pier after that, taxes unchanged.";
        Article busy = save("busy", "Coast News", "2026-03-04", "Budget approved", busyText).getFirst();
        List<Quote> quotes = new ArrayList<>();
        int at = busyText.indexOf(said);
        Quote once = new Quote(StableId.of('q', "once"), null, "the mayor", said, false, "said", null, busy.id(),
                new Span(at, at + said.length()));
        quotes.add(once);
        for (String words : List.of("roads first", "schools next", "the pier after that", "taxes unchanged")) {
            int w = busyText.indexOf(words);
            quotes.add(new Quote(StableId.of('q', words), null, "the mayor", words, false, "said", null, busy.id(),
                    new Span(w, w + words.length())));
        }
        store.saveExtraction(busy.document(), new Store.Extraction(quotes, List.of()));
        store.commit();

        List<String> order = store.search(SearchRequest.of("lighthouse")).hits().stream().map(SearchHit::id).toList();
        assertThat(order).containsExactlyInAnyOrder(titled.id(), repeated.id(), busy.id(), once.id());
        assertThat(order.indexOf(titled.id())).as("title and body match: %s", order).isLessThan(order.indexOf(once.id()));
        assertThat(order.indexOf(repeated.id())).as("three times in the body: %s", order).isLessThan(order.indexOf(once.id()));
        assertThat(order.getFirst()).as("the headline says what an article is about").isEqualTo(titled.id());
        assertThat(store.search(SearchRequest.builder().text("lighthouse").kind(SearchRequest.Kind.QUOTE).build()).hits())
                .extracting(SearchHit::id).containsExactly(once.id());
    }

    // ---- facets, order, pages -------------------------------------------------------------------------------

    @Test
    void facetsCountTheMatchingSet() {
        Map<String, List<FacetCount>> f = store.search(SearchRequest.all()).facets();
        assertThat(f).containsOnlyKeys(SearchResults.FACETS);
        assertThat(f.get("kind")).containsExactly(new FacetCount("article", "article", 4), new FacetCount("quote", "quote", 1));
        assertThat(f.get("type")).containsExactly(new FacetCount("strike", "strike", 2), new FacetCount("protest", "protest", 1));
        assertThat(f.get("outlet")).containsExactly(new FacetCount("Kyiv Post", "Kyiv Post", 3), new FacetCount("Wire", "Wire", 1));
        assertThat(f.get("country")).containsExactly(new FacetCount("UA", "Ukraine", 2), new FacetCount("GE", "Georgia", 1));
        assertThat(f.get("entity")).contains(new FacetCount(marchenko.id(), "Olena Marchenko", 2));
        assertThat(f.get("month")).containsExactly(new FacetCount("2025-12", "Dec 2025", 1),
                new FacetCount("2026-01", "Jan 2026", 2), new FacetCount("2026-02", "Feb 2026", 1));

        Map<String, List<FacetCount>> some = store.search(SearchRequest.builder().outlet("Kyiv Post").build()).facets();
        assertThat(some.get("outlet")).containsExactly(new FacetCount("Kyiv Post", "Kyiv Post", 3));
        assertThat(some.get("type")).containsExactly(new FacetCount("strike", "strike", 2));
        assertThat(store.search(SearchRequest.of("quokka")).facets().get("kind")).isEmpty();
    }

    @Test
    void dateOrderIsNewestFirstUndatedLast() {
        List<SearchHit> hits = store.search(b().sort(SearchRequest.Sort.DATE).kind(SearchRequest.Kind.ARTICLE).build()).hits();
        assertThat(hits).extracting(SearchHit::id).containsExactly(tbilisi.id(), kharkiv.id(), geneva.id(), undated.id());
        assertThat(hits.getLast().date()).isNull();
    }

    @Test
    void pagesSplitTheOrderedHitsAndKeepTheTotal() {
        SearchRequest all = b().sort(SearchRequest.Sort.DATE).limit(50).build();
        List<String> every = store.search(all).hits().stream().map(SearchHit::id).toList();
        assertThat(every).hasSize(5);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            SearchResults page = store.search(all.toBuilder().offset(offset).limit(2).build());
            assertThat(page.total()).isEqualTo(5);
            page.hits().forEach(h -> paged.add(h.id()));
        }
        assertThat(paged).containsExactlyElementsOf(every);
        assertThat(store.search(all.toBuilder().offset(10).build()).hits()).isEmpty();
    }

    // ---- corpus updates -------------------------------------------------------------------------------------

    @Test
    void saveCorpusUpdatesTheCorpusFieldsOfEveryArticleAndQuote() {
        Event attack = event("attack", EventType.ATTACK, tbilisi, "Protesters", kharkivPlace, false);
        store.saveCorpus(new Store.Corpus(List.of(kharkivPlace), List.of(attack), List.of(), stories(kharkiv, tbilisi, geneva, undated)));

        assertThat(ids(b().type(EventType.STRIKE))).as("strike left with the old corpus").isEmpty();
        assertThat(ids(b().type(EventType.ATTACK))).containsExactly(tbilisi.id());
        assertThat(ids(b().country("UA"))).containsExactly(tbilisi.id());
        assertThat(ids(b().entity(marchenko.id()))).isEmpty();
        assertThat(ids(b().kind(SearchRequest.Kind.QUOTE))).as("quotes are the corpus's").isEmpty();

        store.close();
        store = Stores.embedded(dir);
        assertThat(ids(b().country("UA"))).as("after reopening").containsExactly(tbilisi.id());
    }

    @Test
    void articlesProcessedAfterTheCorpusPassAreSearchableWithTheirOwnEventTypes() {
        Article later = save("later", "Wire", "2026-03-01", "Later", "A later clash near the river.").getFirst();
        Event clash = event("clash", EventType.CLASH, later, "clash", null, false);
        store.saveExtraction(later.document(), new Store.Extraction(List.of(), List.of(clash)));
        store.commit();
        assertThat(ids(b().type(EventType.CLASH))).containsExactly(later.id());
        assertThat(ids(b().country("UA"))).as("the others keep their corpus fields").contains(kharkiv.id());
    }

    @Test
    void aReaderSeesAllOldOrAllNewCorpusFieldsWhileSaveCorpusRuns() throws Exception {
        int n = 300;
        List<Article> ferries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ferries.add(save("ferry" + i, "Harbour Times", "2026-01-0" + (1 + i % 9), "Ferry " + i, "The ferry number " + i
                    + " sailed.").getFirst());
        }
        store.commit();
        Store.Corpus strikes = corpusOfAll(ferries, EventType.STRIKE);
        Store.Corpus protests = corpusOfAll(ferries, EventType.PROTEST);
        store.saveCorpus(strikes);

        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                SearchResults r = store.search(SearchRequest.builder().text("ferry").limit(1).build());
                Map<String, Long> types = new java.util.TreeMap<>();
                r.facets().get("type").forEach(c -> types.put(c.value(), c.count()));
                seen.add(r.total() + " " + types);
                searches.incrementAndGet();
            }
        });
        reader.start();
        for (int round = 0; round < 6; round++) {
            store.saveCorpus(round % 2 == 0 ? protests : strikes);
        }
        done.set(true);
        reader.join();

        assertThat(searches.get()).isPositive();
        assertThat(seen).allSatisfy(s -> assertThat(s).isIn(n + " {strike=" + n + "}", n + " {protest=" + n + "}"));
    }

    // ---- invented data ----------------------------------------------------------------------------------------

    SearchRequest.Builder b() {
        return SearchRequest.builder().limit(100);
    }

    List<String> ids(SearchRequest.Builder request) {
        SearchResults r = store.search(request.build());
        assertThat(r.hits()).hasSize((int) r.total());
        return r.hits().stream().map(SearchHit::id).toList();
    }

    List<Article> save(String name, String outlet, String published, String title, String text) {
        return save(name, outlet, published, title, text, null);
    }

    List<Article> save(String name, String outlet, String published, String title, String text, String articleDate) {
        byte[] bytes = ("<html><body><p>" + name + "</p></body></html>").getBytes(UTF_8);
        String source = "https://news.example/" + name;
        String id = store.admit(new Store.NewDocument(source, null, bytes, "text/html", "html", null, null, null)).documentId();
        Article a = new Article(StableId.article(id, 0), id, 0, null, null, articleDate == null ? null : new PartialDate(articleDate),
                articleDate == null ? DateBasis.UNKNOWN : DateBasis.STATED, "en", text);
        Document d = new Document(id, source, StableId.sha256(bytes), title, published == null ? null : new PartialDate(published),
                outlet, null, "en", List.of(a.id()));
        store.saveProcessed(d, List.of(a), List.of());
        return List.of(a);
    }

    static Entity place(String name, String country, String geoId) {
        return new Entity(StableId.of('e', name), EntityType.PLACE, name, List.of(), List.of(),
                List.of(new Attribute("country", country, List.of("a0000000000000001"))), new Geo(45, 35, geoId));
    }

    static Mention mention(Article a, int start, String text) {
        return new Mention(a.id(), new Span(start, start + text.length()), text);
    }

    static Event event(String name, EventType type, Article a, String word, Entity place, boolean disagreement) {
        int at = a.text().indexOf(word);
        List<Event.Disagreement> disagreements = disagreement
                ? List.of(new Event.Disagreement("killed", List.of(new Event.Fact("killed", "2", List.of(a.document())),
                new Event.Fact("killed", "3", List.of("d0000000000000002")))))
                : List.of();
        return new Event(StableId.of('v', name), type, null, null, Event.EventDate.unknown(),
                place == null ? null : new Event.Location(place.id(), place.name(), null), List.of(), Map.of(),
                List.of(mention(a, at, word)), List.of(a.document()), 1, List.of(), disagreements);
    }

    static List<Story> stories(Article... articles) {
        List<Story> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(new Story(StableId.of('s', a.id()), null, List.of(a.id()), List.of()));
        }
        return out;
    }

    static Store.Corpus corpusOfAll(List<Article> articles, EventType type) {
        List<Event> events = new ArrayList<>();
        for (Article a : articles) {
            events.add(event(type.label() + a.id(), type, a, "ferry", null, false));
        }
        return new Store.Corpus(List.of(), events, List.of(), stories(articles.toArray(Article[]::new)));
    }
}
