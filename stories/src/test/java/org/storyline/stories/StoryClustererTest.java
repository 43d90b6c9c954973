package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.model.PartialDate;
import org.storyline.model.StableId;

class StoryClustererTest {
    static StoryArticle article(String id, String outlet, String date, String text, Set<String> names, Set<String> places,
                                Set<String> types) {
        return new StoryArticle(id, null, outlet, null, text, date == null ? null : new PartialDate(date), names, places, types);
    }

    /** Unrelated news, so that document frequencies mean something. */
    static List<StoryArticle> background() {
        return List.of(
                article("bg1", "Morning Post", "2025-03-02", "The central bank left interest rates unchanged on Thursday, "
                        + "citing slowing inflation and a weaker labour market, and said it would watch wage growth closely.",
                        Set.of("Central Bank"), Set.of(), Set.of("other")),
                article("bg2", "City Times", "2025-03-05", "Dockworkers in Rotterdam walked out for a second day over pay, "
                        + "halting container traffic at Europe's largest port as talks with employers stalled.",
                        Set.of("Dockworkers Union"), Set.of("Rotterdam"), Set.of("strike")),
                article("bg3", "The Courier", "2025-03-06", "Thousands marched through Tbilisi on Sunday night to protest "
                        + "a proposed media law, waving flags and chanting outside parliament until police cleared the square.",
                        Set.of(), Set.of("Tbilisi"), Set.of("protest")),
                article("bg4", "World Report", "2025-03-07", "Negotiators from both delegations met in Doha for a third round "
                        + "of ceasefire talks, with mediators describing the atmosphere as constructive but difficult.",
                        Set.of(), Set.of("Doha"), Set.of("talks")));
    }

    @Test
    void twoOutletsReportingTheSameShootingJoinOneStory() {
        StoryClusterer c = new StoryClusterer();
        background().forEach(c::add);
        String first = c.add(article("s1", "Global Wire", "2025-03-08", SyndicationTest.WIRE,
                Set.of("Laura Bennett"), Set.of("Dayton"), Set.of("attack", "shooting")));
        String second = c.add(article("s2", "Dayton Daily", "2025-03-09", "Police in Dayton said on Sunday that the man "
                        + "accused of shooting three people dead at a supermarket on Saturday had bought the pistol last month. "
                        + "Chief Laura Bennett said the 34-year-old suspect would appear in court on Monday; five wounded "
                        + "shoppers remain in hospital and investigators are still looking for a motive for the attack.",
                Set.of("Laura Bennett"), Set.of("Dayton"), Set.of("attack", "shooting")));
        assertThat(second).isEqualTo(first);
        Map<String, List<String>> stories = c.stories();
        assertThat(stories).containsEntry(StableId.of('s', "s1"), List.of("s1", "s2"));
        assertThat(stories).hasSize(background().size() + 1);
        assertThat(c.independentOrigins(List.of("s1", "s2"))).isEqualTo(2);
    }

    @Test
    void twoDifferentEarthquakesInDifferentPlacesAndMonthsStayApart() {
        StoryClusterer c = new StoryClusterer();
        background().forEach(c::add);
        c.add(article("q1", "Global Wire", "2025-03-03", "A magnitude 6.1 earthquake struck near Izmir in western Turkey on "
                        + "Monday, collapsing several buildings and killing at least 12 people, the disaster agency said. Rescuers "
                        + "searched the rubble through the night as aftershocks rattled the coastal city.",
                Set.of("AFAD"), Set.of("Izmir", "Turkey"), Set.of("other", "earthquake")));
        c.add(article("q2", "Morning Post", "2025-03-04", "Rescuers in Izmir pulled two survivors from the rubble of a "
                        + "collapsed apartment block a day after the magnitude 6.1 earthquake, as the death toll rose to 15 and "
                        + "aftershocks kept residents of the Turkish city sleeping outdoors.",
                Set.of("AFAD"), Set.of("Izmir", "Turkey"), Set.of("other", "earthquake")));
        c.add(article("q3", "City Times", "2025-09-14", "A magnitude 5.8 earthquake hit the Kochi region of southern India "
                        + "on Sunday, damaging homes and killing at least 4 people, officials said. Rescuers searched collapsed "
                        + "buildings as aftershocks shook the area through the night.",
                Set.of("NDRF"), Set.of("Kochi", "India"), Set.of("other", "earthquake")));
        assertThat(c.storyOf("q1")).isEqualTo(c.storyOf("q2"));
        assertThat(c.storyOf("q3")).isNotEqualTo(c.storyOf("q1"));
        Map<String, List<String>> stories = c.stories();
        assertThat(stories.values()).contains(List.of("q1", "q2"), List.of("q3"));
    }

    @Test
    void aSyndicatedCopyIsOneOriginInItsStory() {
        StoryClusterer c = new StoryClusterer();
        background().forEach(c::add);
        c.add(article("w1", "Global Wire", "2025-03-08", SyndicationTest.WIRE, Set.of("Laura Bennett"), Set.of("Dayton"), Set.of("attack")));
        c.add(article("w2", "Valley Chronicle", "2025-03-08", "(Global Wire) " + SyndicationTest.WIRE, Set.of("Laura Bennett"),
                Set.of("Dayton"), Set.of("attack")));
        assertThat(c.storyOf("w2")).isEqualTo(c.storyOf("w1"));
        assertThat(c.origin("w2")).isEqualTo("w1");
        assertThat(c.independentOrigins(List.of("w1", "w2"))).isEqualTo(1);
        assertThat(c.independentOrigins(List.of("w1", "w2", "bg1"))).isEqualTo(2);
    }

    @Test
    void textAloneSuffices() {
        StoryClusterer c = new StoryClusterer();
        background().forEach(a -> c.add(StoryArticle.of(a.id(), a.text())));
        c.add(StoryArticle.of("t1", SyndicationTest.WIRE));
        c.add(StoryArticle.of("t2", "Three people were shot dead in a Dayton supermarket on Saturday; the gunman, 34, was "
                + "arrested by police minutes later and five wounded shoppers were taken to hospital, police chief Laura "
                + "Bennett said. Investigators searched the suspect's home for clues to a motive."));
        assertThat(c.storyOf("t2")).isEqualTo(c.storyOf("t1"));
        assertThat(c.storyOf("bg1")).isNotEqualTo(c.storyOf("t1"));
    }

    @Test
    void generatedHappeningsAreFoundWhateverTheArrivalOrder() {
        Generated g = Generated.of(40, 6, 11L);
        Set<Set<String>> reference = null;
        for (long seed = 0; seed < 4; seed++) {
            List<StoryArticle> order = new ArrayList<>(g.articles());
            Collections.shuffle(order, new Random(seed));
            StoryClusterer c = new StoryClusterer();
            order.forEach(c::add);
            Set<Set<String>> partition = partition(c.stories().values());
            assertThat(partition).as("shuffle " + seed).isEqualTo(g.happenings());
            if (reference != null) {
                assertThat(partition).isEqualTo(reference);
            }
            reference = partition;
        }
    }

    @Test
    void sameInputSameIdsAndAddAllMatchesAddingOneByOne() {
        Generated g = Generated.of(30, 5, 5L);
        StoryClusterer one = new StoryClusterer();
        List<String> ids = new ArrayList<>();
        g.articles().forEach(a -> ids.add(one.add(a)));
        StoryClusterer batch = new StoryClusterer();
        assertThat(batch.addAll(g.articles())).isEqualTo(ids);
        assertThat(batch.stories()).isEqualTo(one.stories());
        StoryClusterer again = new StoryClusterer();
        again.addAll(g.articles());
        assertThat(again.stories()).isEqualTo(one.stories());
        for (Map.Entry<String, List<String>> e : one.stories().entrySet()) {
            assertThat(e.getKey()).isEqualTo(StableId.of('s', e.getValue().get(0)));
            e.getValue().forEach(a -> assertThat(one.storyOf(a)).isEqualTo(e.getKey()));
        }
    }

    @Test
    void storiesAreClosedOverTheirArticles() {
        Generated g = Generated.of(25, 4, 3L);
        StoryClusterer c = new StoryClusterer();
        c.addAll(g.articles());
        List<String> all = c.stories().values().stream().flatMap(List::stream).sorted().toList();
        assertThat(all).isEqualTo(g.articles().stream().map(StoryArticle::id).sorted().toList());
        assertThat(c.size()).isEqualTo(g.articles().size());
        assertThat(c.storyOf("never-added")).isNull();
    }

    @Test
    void emptyAndOddTextsDoNotBreakClustering() {
        StoryClusterer c = new StoryClusterer();
        c.add(StoryArticle.of("e1", ""));
        c.add(StoryArticle.of("e2", ""));
        c.add(StoryArticle.of("u1", "\u0000\uD83D\uDE00 ☃ ... ,,, 1,000.5 ٣٤٥ Ωμέγα 東京"));
        c.add(StoryArticle.of("u2", "x".repeat(100_000)));
        assertThat(c.stories().values().stream().mapToInt(List::size).sum()).isEqualTo(4);
        assertThat(c.storyOf("e1")).isNotEqualTo(c.storyOf("e2"));
    }

    @Test
    void badInputAndOptionsAreRejectedByName() {
        StoryClusterer c = new StoryClusterer();
        c.add(StoryArticle.of("a", "text"));
        assertThatThrownBy(() -> c.add(StoryArticle.of("a", "other"))).hasMessageContaining("a").hasMessageContaining("already");
        assertThatThrownBy(() -> c.addAll(List.of(StoryArticle.of("b", "x"), StoryArticle.of("b", "y")))).hasMessageContaining("b");
        assertThatThrownBy(() -> StoryClusterer.Options.defaults().withJoinThreshold(1.5)).hasMessageContaining("joinThreshold").hasMessageContaining("1.5");
        assertThatThrownBy(() -> StoryClusterer.Options.defaults().withWeights(1, 0, 0)).hasMessageContaining("nameWeight");
        assertThatThrownBy(() -> StoryArticle.of(" ", "x")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new StoryArticle("z", null, null, null, "x", null, Set.of(" "), null, null)).hasMessageContaining("names");
    }

    static Set<Set<String>> partition(Collection<List<String>> stories) {
        Set<Set<String>> out = new HashSet<>();
        stories.forEach(s -> out.add(Set.copyOf(s)));
        return out;
    }

    /** Generated happenings: each a kind of event in a city with people, reported several times in varied words. */
    record Generated(List<StoryArticle> articles, Set<Set<String>> happenings) {
        static final String[] CITIES = {"Lagos", "Lima", "Quito", "Tulsa", "Omaha", "Bergen", "Tartu", "Gdansk", "Graz",
            "Lyon", "Ghent", "Bremen", "Bari", "Porto", "Izmir", "Shiraz", "Basra", "Aqaba", "Muscat", "Quetta", "Herat",
            "Dhaka", "Pune", "Kandy", "Hanoi", "Cebu", "Medan", "Perth", "Osaka", "Busan", "Wuhan", "Almaty", "Tbilisi",
            "Odesa", "Kazan", "Omsk", "Recife", "Rosario", "Havana", "Regina", "Fresno", "Boise"};
        static final String[] KINDS = {"earthquake magnitude rubble aftershock collapsed", "shooting gunman rifle wounded suspect",
            "flood river levee evacuated rainfall", "strike workers union wages pickets", "fire blaze firefighters smoke hectares",
            "protest crowd march police slogans", "crash plane passengers wreckage runway", "arrest raid detained warrant custody"};
        static final String[] NAMES = {"Okafor", "Rojas", "Larsen", "Nowak", "Dubois", "Rossi", "Yilmaz", "Karimi", "Haddad",
            "Sharma", "Perera", "Tanaka", "Nguyen", "Walsh", "Petrov", "Silva", "Mensah", "Moyo", "Weber", "Costa"};
        static final String[] FILLER = "officials said residents reported authorities confirmed witnesses described the situation remained tense while teams worked overnight and more details were expected later".split(" ");

        static Generated of(int happenings, int reports, long seed) {
            Random random = new Random(seed);
            List<StoryArticle> articles = new ArrayList<>();
            Set<Set<String>> gold = new HashSet<>();
            for (int h = 0; h < happenings; h++) {
                String city = CITIES[h % CITIES.length];
                String[] kind = KINDS[random.nextInt(KINDS.length)].split(" ");
                String person = NAMES[random.nextInt(NAMES.length)] + " " + NAMES[random.nextInt(NAMES.length)];
                java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
                int dead = 2 + random.nextInt(60);
                Set<String> ids = new HashSet<>();
                for (int r = 0; r < reports; r++) {
                    StringBuilder text = new StringBuilder();
                    text.append("The ").append(kind[0]).append(" in ").append(city).append(" left ").append(dead).append(" dead. ");
                    for (int s = 0; s < 6; s++) {
                        text.append(kind[random.nextInt(kind.length)]).append(' ');
                        for (int w = 0; w < 5; w++) {
                            text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                        }
                        text.append(random.nextBoolean() ? city : person).append(". ");
                    }
                    String id = String.format("h%02d-%d", h, r);
                    ids.add(id);
                    articles.add(new StoryArticle(id, null, "Outlet " + random.nextInt(9), null, text.toString(),
                            PartialDate.of(day.plusDays(random.nextInt(3))), Set.of(person), Set.of(city), Set.of(kind[0])));
                }
                gold.add(Set.copyOf(ids));
            }
            return new Generated(List.copyOf(articles), gold);
        }
    }
}
