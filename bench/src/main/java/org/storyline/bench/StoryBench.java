package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.storyline.model.PartialDate;
import org.storyline.stories.StoryArticle;
import org.storyline.stories.StoryClusterer;

/**
 * Story clustering throughput and quality on generated news: a few thousand invented happenings (an earthquake in
 * one city, a shooting in another, a strike, an arrest…) each reported by several outlets in varied wording over a
 * few days, a tenth of the articles being syndicated copies with a changed lead, with the real ECB+ texts mixed in
 * (undated, without names) when ../shared/data/stories/ecbplus-val is present.
 *
 * <p>For each size the articles are generated first (seeded, so every run sees the same input), then the clock
 * measures {@link StoryClusterer#addAll} (text preparation on all cores, clustering on one) and the final
 * {@link StoryClusterer#stories()} (which settles). It reports articles per second and the B-cubed F1 of the
 * stories against the generated happenings.
 *
 * <p>Run it with {@code ./storyline bench stories} (sizes 10k, 50k, 100k), or from code:
 * {@code StoryBench.run(10_000, 50_000, 100_000)}. Give the JVM about 3 GB of heap for 100k articles.
 */
public final class StoryBench {
    private StoryBench() {
    }

    /** One measured size. */
    public record Result(int articles, int happenings, long words, double seconds, int stories, double bcubedF1,
                         long heapBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public String summaryLine() {
            return String.format(Locale.ROOT,
                    "bench stories: articles=%d happenings=%d words=%d seconds=%.2f articles_per_s=%.0f stories=%d bcubed_f1=%.4f heap_mb=%d",
                    articles, happenings, words, seconds, articlesPerSecond(), stories, bcubedF1, heapBytes >> 20);
        }
    }

    /** Measures each size in turn (after a warm-up on the smallest), printing a summary line per size. */
    public static List<Result> run(int... sizes) {
        List<Corpus.Doc> real = Corpus.ecbPlus(Path.of(System.getProperty("storyline.shared", "../shared"), "data/stories/ecbplus-val"));
        if (sizes.length > 0) {
            measure(Corpus.generate(Math.min(sizes[0], 5_000), real, 7L));
        }
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            Result r = measure(Corpus.generate(size, real, 42L));
            System.out.println(r.summaryLine());
            results.add(r);
        }
        return results;
    }

    /** Clusters a generated corpus and scores it. */
    static Result measure(Corpus corpus) {
        System.gc();
        long start = System.nanoTime();
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.addAll(corpus.articles());
        Map<String, List<String>> stories = clusterer.stories();
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        Map<String, String> predicted = new HashMap<>();
        stories.forEach((s, ids) -> ids.forEach(id -> predicted.put(id, s)));
        return new Result(corpus.articles().size(), corpus.happenings(), corpus.words(), seconds, stories.size(),
                bcubedF1(corpus.gold(), predicted), heap);
    }

    /** B-cubed F1 of a clustering against gold classes, averaged over items. */
    static double bcubedF1(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Integer> classSize = new HashMap<>();
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        gold.forEach((id, g) -> {
            String c = predicted.get(id);
            classSize.merge(g, 1, Integer::sum);
            clusterSize.merge(c, 1, Integer::sum);
            both.merge(g + "\u0000" + c, 1, Integer::sum);
        });
        double p = 0;
        double r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String c = predicted.get(e.getKey());
            int b = both.get(e.getValue() + "\u0000" + c);
            p += (double) b / clusterSize.get(c);
            r += (double) b / classSize.get(e.getValue());
        }
        p /= gold.size();
        r /= gold.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A generated corpus: articles in arrival order (by date, shuffled within a day) and their gold happenings. */
    record Corpus(List<StoryArticle> articles, Map<String, String> gold, int happenings, long words) {
        /** A real document: id, gold story, text. */
        record Doc(String id, String story, String text) {
        }

        private static final String[] CITIES = ("Lagos Nairobi Cairo Accra Dakar Kampala Harare Lusaka Luanda Kinshasa "
                + "Lima Quito Bogota Caracas Santiago Montevideo Asuncion Recife Manaus Salvador Cordoba Rosario "
                + "Tijuana Monterrey Guadalajara Oaxaca Havana Kingston Halifax Winnipeg Calgary Edmonton Regina "
                + "Portland Sacramento Fresno Tucson Phoenix Denver Omaha Tulsa Memphis Nashville Louisville Dayton "
                + "Toledo Buffalo Albany Hartford Newark Baltimore Richmond Raleigh Charleston Savannah Tampa Orlando "
                + "Mobile Jackson Shreveport Wichita Boise Spokane Anchorage Honolulu Reykjavik Bergen Tromso Malmo "
                + "Uppsala Turku Tampere Tallinn Riga Vilnius Gdansk Poznan Wroclaw Krakow Brno Ostrava Graz Linz "
                + "Salzburg Basel Lausanne Geneva Lyon Marseille Nantes Bordeaux Toulouse Lille Rennes Antwerp Ghent "
                + "Utrecht Rotterdam Eindhoven Bremen Hanover Leipzig Dresden Nuremberg Stuttgart Freiburg Bologna "
                + "Florence Naples Palermo Bari Genoa Turin Seville Valencia Bilbao Malaga Porto Coimbra Thessaloniki "
                + "Patras Izmir Antalya Bursa Adana Tabriz Shiraz Isfahan Mosul Basra Erbil Aleppo Homs Amman Aqaba "
                + "Haifa Jeddah Dammam Muscat Doha Karachi Lahore Quetta Peshawar Multan Kandahar Herat Mazar Dhaka "
                + "Chittagong Kolkata Chennai Mumbai Pune Jaipur Lucknow Patna Bhopal Kochi Colombo Kandy Yangon "
                + "Mandalay Chiang Hanoi Danang Manila Cebu Davao Surabaya Medan Makassar Bandung Perth Adelaide "
                + "Brisbane Hobart Darwin Auckland Wellington Christchurch Osaka Sapporo Sendai Fukuoka Busan Daegu "
                + "Incheon Harbin Wuhan Chengdu Kunming Xiamen Urumqi Almaty Tashkent Bishkek Tbilisi Yerevan Baku "
                + "Odesa Kharkiv Lviv Dnipro Minsk Kazan Samara Omsk Irkutsk Vladivostok").split(" ");
        private static final String[] COUNTRIES = ("Nigeria Kenya Egypt Ghana Senegal Uganda Zimbabwe Zambia Angola Congo "
                + "Peru Ecuador Colombia Venezuela Chile Uruguay Paraguay Brazil Argentina Mexico Cuba Jamaica Canada "
                + "Iceland Norway Sweden Finland Estonia Latvia Lithuania Poland Czechia Austria Switzerland France "
                + "Belgium Netherlands Germany Italy Spain Portugal Greece Turkey Iran Iraq Syria Jordan Israel Oman "
                + "Qatar Pakistan Afghanistan Bangladesh India Lanka Myanmar Thailand Vietnam Philippines Indonesia "
                + "Australia Zealand Japan Korea China Kazakhstan Uzbekistan Kyrgyzstan Georgia Armenia Azerbaijan "
                + "Ukraine Belarus Russia").split(" ");
        private static final String[] FIRST = ("James Maria Ahmed Fatima Chen Olga Ivan Priya Rahul Aisha Kwame Amara "
                + "Lucas Sofia Mateo Elena Hiroshi Yuki Min Jae Omar Leila Tomas Ingrid Pavel Anna Diego Lucia Samuel "
                + "Grace Daniel Sarah Michael Laura David Emma Peter Julia Thomas Nadia Hassan Mariam Victor Irina "
                + "Carlos Ana Jose Rosa Ali Zainab Kenji Aiko Wei Mei Sergei Natalia Andre Beatriz Felix Clara Hugo "
                + "Alice Oscar Eva Marco Chiara Jonas Lena Erik Astrid Kofi Ama Tunde Ngozi Musa Halima Raj Anika "
                + "Arjun Kavya Luis Carmen Pablo Ines Nikos Eleni Mehmet Ayse Reza Shirin Tariq Sana").split(" ");
        private static final String[] LAST = ("Okafor Mwangi Hassan Mensah Diallo Otieno Moyo Banda Santos Mbeki Rojas "
                + "Torres Herrera Vargas Castro Silva Pereira Gomez Navarro Morales Reyes Cruz Ortega Delgado Campbell "
                + "MacLeod Tremblay Gagnon Larsen Johansson Virtanen Tamm Ozols Kazlauskas Nowak Kowalski Novak Huber "
                + "Meier Dubois Lefevre Janssens Bakker Schmidt Weber Fischer Rossi Russo Ferrari Garcia Lopez Costa "
                + "Oliveira Papadopoulos Yilmaz Demir Karimi Hosseini Haddad Khalil Levi Cohen Farouk Qureshi Malik "
                + "Khan Rahman Chowdhury Sharma Patel Iyer Nair Perera Fernando Aung Win Suzuki Tanaka Sato Nakamura "
                + "Kim Park Lee Choi Wang Zhang Liu Chen Nguyen Tran Reyes Santos Wijaya Kusuma Smith Brown Wilson "
                + "Taylor Anderson Thompson White Harris Martin Clarke Walker Wright Robinson Hughes Edwards Bennett "
                + "Murphy Kelly Byrne Walsh Ivanov Petrov Sokolov Popov Kovalenko Shevchenko Bondarenko Melnyk "
                + "Abdullaev Nazarbayev Beridze Petrosyan Aliyev").split(" ");
        private static final String[] ORGS = ("Red Cross|Interior Ministry|Health Ministry|Civil Defence|Coast Guard|"
                + "Transport Safety Board|National Police|Fire Service|Electoral Commission|Supreme Court|"
                + "Central Bank|Teachers Union|Dockworkers Union|Geological Survey|Meteorological Office|"
                + "United Nations|World Health Organization|Amnesty International|Human Rights Watch|"
                + "Doctors Without Borders|Army|Navy|Air Force|Customs Service|Prosecutor's Office|City Council|"
                + "Parliament|Opposition Alliance|Workers Party|Green Party|Chamber of Commerce|Railway Company|"
                + "Mining Corporation|Oil Company|Port Authority|University Hospital|Football Federation|"
                + "Energy Regulator|Anti-Corruption Bureau|Border Guard").split("\\|");
        private static final String[] OUTLETS = ("Daily Herald|Morning Post|Evening Standard|The Courier|The Observer|"
                + "Global Wire|City Times|National Tribune|Metro News|Coastal Gazette|The Sentinel|Valley Chronicle|"
                + "Northern Star|Southern Cross|World Report|News Agency|Press Association|The Ledger|The Dispatch|"
                + "Weekly Review").split("\\|");

        /** An event kind: its type, subtype and words. */
        private record Kind(String type, String subtype, String[] nouns, String[] verbs, String[] details) {
        }

        private static final Kind[] KINDS = {
            kind("other", "earthquake", "earthquake quake tremor temblor", "struck shook hit rocked jolted",
                    "magnitude epicentre aftershock collapsed rubble seismic fault depth buildings rescuers survivors"),
            kind("attack", "shooting", "shooting gunfire rampage shootout", "opened fire shot killed wounded",
                    "gunman rifle pistol suspect victims bullets motive witnesses lockdown police"),
            kind("attack", "bombing", "bombing blast explosion bomb", "exploded detonated ripped tore",
                    "explosive device shrapnel casualties checkpoint market militants claimed responsibility"),
            kind("protest", null, "protest demonstration rally march", "marched rallied protested gathered",
                    "protesters demonstrators slogans banners tear gas riot police square crowd organisers"),
            kind("strike", null, "strike walkout stoppage", "walked out halted downed struck",
                    "workers union wages pay talks pickets shifts employers negotiations contract"),
            kind("arrest", null, "arrest detention raid", "arrested detained seized apprehended",
                    "suspect charges custody investigators warrant court hearing bail prosecutors"),
            kind("other", "flood", "flood flooding floodwaters deluge", "swept inundated submerged swamped",
                    "rainfall rivers levees evacuated homes villages dams rescue boats monsoon"),
            kind("other", "fire", "fire blaze wildfire inferno", "engulfed gutted destroyed razed",
                    "firefighters flames smoke hectares evacuation homes wind containment arson"),
            kind("other", "plane_crash", "crash plane airliner aircraft", "crashed went down plunged",
                    "pilot passengers crew runway wreckage flight recorder takeoff landing investigators"),
            kind("talks", null, "talks negotiations summit meeting", "met negotiated discussed agreed",
                    "delegations ceasefire agreement ministers envoy mediators framework communique"),
            kind("death", null, "death passing", "died passed away succumbed",
                    "funeral tributes mourners career family illness hospital legacy condolences"),
            kind("sanction", null, "sanctions penalties embargo", "imposed announced extended targeted",
                    "assets exports banks officials restrictions treasury measures freeze"),
        };

        private static final String[] FILLER = ("officials said the situation remained tense as authorities "
                + "continued to assess the damage and the number of people affected residents described scenes "
                + "of confusion while emergency teams worked through the night spokesman added that more "
                + "information would be released later government promised support and an investigation was "
                + "launched witnesses told reporters they heard loud noises before the incident local media "
                + "reported that several roads were closed and schools suspended classes hospitals were placed on "
                + "alert and volunteers brought supplies to those in need president expressed condolences to the "
                + "families and vowed accountability analysts warned the consequences could be felt for weeks "
                + "international partners offered assistance and monitoring continued statement from the ministry "
                + "confirmed the figures while critics questioned the response").split(" ");

        private static Kind kind(String type, String subtype, String nouns, String verbs, String details) {
            return new Kind(type, subtype, nouns.split(" "), verbs.split(" "), details.split(" "));
        }

        /** Generates {@code size} articles (the ECB+ documents among them when given), seeded. */
        static Corpus generate(int size, List<Doc> real, long seed) {
            Random random = new Random(seed);
            List<String> vocabulary = vocabulary(real);
            int realCount = Math.min(real.size(), size / 20);
            int synthetic = size - realCount;
            List<StoryArticle> articles = new ArrayList<>(size);
            Map<String, String> gold = new HashMap<>();
            LocalDate origin = LocalDate.of(2024, 1, 1);
            int happening = 0;
            long words = 0;
            while (articles.size() < synthetic) {
                happening++;
                Happening h = new Happening(random, vocabulary, origin.plusDays(random.nextInt(730)));
                int reports = Math.min(synthetic - articles.size(), 2 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 22));
                List<StoryArticle> own = new ArrayList<>();
                for (int i = 0; i < reports; i++) {
                    String id = String.format(Locale.ROOT, "g%06d-%03d", happening, i);
                    StoryArticle a = own.isEmpty() || random.nextDouble() > 0.1
                            ? h.report(id, random)
                            : h.copy(id, own.get(random.nextInt(own.size())), random);
                    own.add(a);
                    gold.put(id, "h" + happening);
                    words += a.text().split(" ").length;
                }
                articles.addAll(own);
            }
            for (int i = 0; i < realCount; i++) {
                Doc d = real.get(i);
                articles.add(new StoryArticle("ecb:" + d.id(), null, null, null, d.text(), null, Set.of(), Set.of(), Set.of()));
                gold.put("ecb:" + d.id(), "ecb:" + d.story());
                words += d.text().split(" ").length;
            }
            // arrival order: by date (undated ECB+ texts spread through), shuffled within a day
            Collections.shuffle(articles, random);
            articles.sort((x, y) -> day(x) - day(y));
            return new Corpus(List.copyOf(articles), gold, happening + (int) real.stream().limit(realCount).map(Doc::story).distinct().count(), words);
        }

        private static int day(StoryArticle a) {
            return a.date() == null ? Math.floorMod(a.id().hashCode(), 730) : (int) (LocalDate.parse(a.date().value()).toEpochDay() % 100_000);
        }

        /** The words of the real texts (a realistic vocabulary), or the filler words when there are none. */
        private static List<String> vocabulary(List<Doc> real) {
            Set<String> words = new TreeSet<>();
            Pattern word = Pattern.compile("[a-z]{4,12}");
            for (Doc d : real) {
                for (String w : d.text().split("\\s+")) {
                    if (word.matcher(w).matches()) {
                        words.add(w);
                    }
                }
            }
            if (words.size() < 500) {
                Collections.addAll(words, FILLER);
            }
            return List.copyOf(words);
        }

        /** ECB+ documents (text alone), or none when the directory is absent. */
        static List<Doc> ecbPlus(Path dir) {
            Path file = dir.resolve("dataset.conll");
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            Map<String, StringBuilder> texts = new java.util.LinkedHashMap<>();
            Set<String> seen = new java.util.HashSet<>();
            try (var lines = Files.lines(file)) {
                lines.forEach(line -> {
                    String[] cols = line.split("\t");
                    if (cols.length >= 4 && !line.startsWith("#") && seen.add(cols[0] + ":" + cols[1] + ":" + cols[2])) {
                        texts.computeIfAbsent(cols[0], k -> new StringBuilder()).append(cols[3]).append(' ');
                    }
                });
            } catch (java.io.IOException e) {
                return List.of();
            }
            List<Doc> out = new ArrayList<>();
            texts.forEach((id, text) -> out.add(new Doc(id, id.substring(0, id.lastIndexOf('/')), text.toString().strip())));
            return out;
        }

        /** One invented happening: what, where, who, when, and words particular to it. */
        private static final class Happening {
            final Kind kind;
            final String city;
            final String country;
            final List<String> people = new ArrayList<>();
            final String org;
            final LocalDate date;
            final int killed;
            final int injured;
            final List<String> particular = new ArrayList<>();

            Happening(Random random, List<String> vocabulary, LocalDate date) {
                kind = KINDS[random.nextInt(KINDS.length)];
                int place = random.nextInt(CITIES.length);
                city = CITIES[place];
                country = COUNTRIES[Math.min(COUNTRIES.length - 1, place * COUNTRIES.length / CITIES.length)];
                for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                    people.add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
                }
                org = ORGS[random.nextInt(ORGS.length)];
                this.date = date;
                killed = random.nextInt(40);
                injured = killed + random.nextInt(120);
                for (int i = 0; i < 12; i++) {
                    particular.add(vocabulary.get(random.nextInt(vocabulary.size())));
                }
            }

            StoryArticle report(String id, Random random) {
                LocalDate day = date.plusDays(random.nextInt(4));
                List<String> sentences = new ArrayList<>();
                Set<String> names = new LinkedHashSet<>();
                Set<String> places = new LinkedHashSet<>();
                places.add(city);
                sentences.add(lead(random));
                int n = 7 + random.nextInt(10);
                for (int i = 0; i < n; i++) {
                    int pick = random.nextInt(5);
                    switch (pick) {
                        case 0 -> {
                            String person = people.get(random.nextInt(people.size()));
                            names.add(person);
                            sentences.add(person + ", a spokesperson for the " + org + ", said the "
                                    + pick(kind.nouns(), random) + " " + filler(random, 6) + " " + pickParticular(random) + ".");
                            names.add(org);
                        }
                        case 1 -> {
                            places.add(country);
                            sentences.add("In " + city + ", " + country + ", " + filler(random, 8) + " "
                                    + pick(kind.details(), random) + " " + pickParticular(random) + ".");
                        }
                        case 2 -> sentences.add("At least " + killed + " people were killed and " + injured
                                + " injured, " + filler(random, 5) + " " + pick(kind.details(), random) + ".");
                        default -> sentences.add(capitalise(filler(random, 7)) + " " + pick(kind.details(), random) + " "
                                + pickParticular(random) + " " + filler(random, 5) + ".");
                    }
                }
                Set<String> types = kind.subtype() == null ? Set.of(kind.type()) : Set.of(kind.type(), kind.subtype());
                return new StoryArticle(id, null, OUTLETS[random.nextInt(OUTLETS.length)], null, String.join(" ", sentences),
                        PartialDate.of(day), names, places, types);
            }

            StoryArticle copy(String id, StoryArticle original, Random random) {
                String text = original.text();
                int cut = text.indexOf(". ");
                String rest = cut > 0 ? text.substring(cut + 2) : text;
                return new StoryArticle(id, null, OUTLETS[random.nextInt(OUTLETS.length)], null, lead(random) + " " + rest,
                        original.date(), original.names(), original.places(), original.eventTypes());
            }

            private String lead(Random random) {
                return capitalise(pick(kind.nouns(), random)) + " " + pick(kind.verbs(), random) + " " + city + " on "
                        + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                        + ", " + filler(random, 6) + " " + pickParticular(random) + ".";
            }

            private String pickParticular(Random random) {
                return particular.get(random.nextInt(particular.size()));
            }

            private static String filler(Random random, int n) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(' ');
                    }
                    sb.append(FILLER[random.nextInt(FILLER.length)]);
                }
                return sb.toString();
            }

            private static String pick(String[] values, Random random) {
                return values[random.nextInt(values.length)];
            }

            private static String capitalise(String s) {
                return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        }
    }
}
