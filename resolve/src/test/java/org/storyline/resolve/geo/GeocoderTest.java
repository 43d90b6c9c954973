package org.storyline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The disambiguation rules of {@link Geocoder}, each on invented documents (lists of place mentions). */
class GeocoderTest {
    private final Geocoder geocoder = Geocoder.shared();

    private Optional<Place> alone(String name) {
        return geocoder.resolve(name);
    }

    /** The answer for the first name of a document made of all the names. */
    private Optional<Place> first(String... document) {
        return geocoder.resolve(List.of(document)).get(0);
    }

    private static String id(Optional<Place> place) {
        return place.map(Place::id).orElse("none");
    }

    @Test
    void answersInInputOrderWithRepeatsAndOneSensePerDocument() {
        List<Optional<Place>> answers = geocoder.resolve(List.of("Kyiv", "Trump", "Kiev", "Kyiv"));
        assertThat(answers).hasSize(4);
        assertThat(id(answers.get(0))).isEqualTo("geonames:703448");
        assertThat(answers.get(1)).isEmpty();
        assertThat(answers.get(2)).isEqualTo(answers.get(0));
        assertThat(answers.get(3)).isEqualTo(answers.get(0));
        assertThat(geocoder.resolve(List.of())).isEmpty();
    }

    @Test
    void aPlaceCarriesPointIdCountryKindAndLabel() {
        Place kyiv = alone("Kyiv").orElseThrow();
        assertThat(kyiv.kind()).isEqualTo(Place.Kind.CITY);
        assertThat(kyiv.country()).isEqualTo("UA");
        assertThat(kyiv.geo().lat()).isCloseTo(50.45, org.assertj.core.data.Offset.offset(0.1));
        assertThat(kyiv.geo().lon()).isCloseTo(30.52, org.assertj.core.data.Offset.offset(0.1));
        assertThat(kyiv.label()).isEqualTo("Kyiv, Ukraine");
        Place atlanta = alone("Atlanta").orElseThrow();
        assertThat(atlanta.label()).isEqualTo("Atlanta, Georgia, United States");
        assertThat(atlanta.region()).isEqualTo("US.GA");
    }

    @Test
    void variantsAndTransliterationsNameTheSamePlace() {
        assertThat(id(alone("Kiev"))).isEqualTo(id(alone("Kyiv")));
        assertThat(id(alone("Київ"))).isEqualTo(id(alone("Kyiv")));
        assertThat(id(alone("Odessa"))).isEqualTo(id(alone("Odesa"))).isEqualTo("geonames:698740");
        assertThat(id(alone("Kharkov"))).isEqualTo(id(alone("Kharkiv"))).isEqualTo("geonames:706483");
        assertThat(id(alone("GENÈVE"))).isEqualTo(id(alone("Geneva"))).isEqualTo("geonames:2660646");
        assertThat(id(alone("Zurich"))).isEqualTo(id(alone("Zürich")));
        assertThat(id(alone("Rostov-on-Don"))).isEqualTo("geonames:501175");
    }

    @Test
    void countriesByNameCodeAndPressShortForm() {
        for (String us : List.of("U.S.", "US", "USA", "the United States", "United States of America", "America")) {
            assertThat(id(alone(us))).as(us).isEqualTo("geonames:country:US");
        }
        for (String uae : List.of("UAE", "United Arab Emirates", "the U.A.E.")) {
            assertThat(id(alone(uae))).as(uae).isEqualTo("geonames:country:AE");
        }
        assertThat(id(alone("Switzerland"))).isEqualTo("geonames:country:CH");
        assertThat(id(alone("Britain"))).isEqualTo("geonames:country:GB");
        assertThat(id(alone("Ukraine's"))).isEqualTo("geonames:country:UA");
    }

    @Test
    void populationPicksTheBestKnownPlaceOfAName() {
        assertThat(alone("Kharkiv").orElseThrow().country()).isEqualTo("UA");
        assertThat(alone("Odessa").orElseThrow().country()).isEqualTo("UA");
        assertThat(alone("Birmingham").orElseThrow().country()).isEqualTo("GB");
        assertThat(alone("Cambridge").orElseThrow().country()).isEqualTo("GB");
        assertThat(id(alone("Moscow"))).isEqualTo("geonames:524901");
    }

    @Test
    void theDocumentsOtherPlacesMoveTheAnswer() {
        assertThat(first("Odessa", "Texas", "Midland").orElseThrow().region()).isEqualTo("US.TX");
        assertThat(first("Birmingham", "Alabama").orElseThrow().region()).isEqualTo("US.AL");
        assertThat(first("Cambridge", "Massachusetts", "Boston").orElseThrow().region()).isEqualTo("US.MA");
        assertThat(first("Odessa", "Ukraine", "Mykolaiv").orElseThrow().country()).isEqualTo("UA");
    }

    @Test
    void georgiaIsTheCountryBesideTbilisiAndTheStateBesideAtlanta() {
        assertThat(id(alone("Georgia"))).isEqualTo("geonames:country:GE");
        assertThat(id(first("Georgia", "Tbilisi", "Batumi"))).isEqualTo("geonames:country:GE");
        assertThat(id(first("Georgia", "Atlanta"))).isEqualTo("geonames:admin1:US.GA");
        assertThat(id(first("Georgia", "Ohio", "Florida", "Pennsylvania"))).isEqualTo("geonames:admin1:US.GA");
        assertThat(id(first("Georgia", "Russia", "Abkhazia"))).isEqualTo("geonames:country:GE");
    }

    @Test
    void aRegionNamedAfterItsSeatCityIsTheCityUnlessTheMentionSaysRegion() {
        assertThat(id(alone("Kharkiv"))).isEqualTo("geonames:706483");
        assertThat(id(alone("Kharkiv region"))).isEqualTo("geonames:admin1:UA.07");
        assertThat(id(alone("the Kharkiv region"))).isEqualTo("geonames:admin1:UA.07");
        assertThat(id(alone("Kharkiv oblast"))).isEqualTo("geonames:admin1:UA.07");
        assertThat(id(alone("Kharkov Oblast"))).isEqualTo("geonames:admin1:UA.07");
        assertThat(id(alone("northern Kharkiv"))).isEqualTo("geonames:706483");
        assertThat(id(alone("Sumy"))).isEqualTo("geonames:692194");
        assertThat(id(alone("Sumy region"))).isEqualTo("geonames:admin1:UA.21");
        assertThat(id(alone("Chernihiv"))).isEqualTo("geonames:710735");
        assertThat(id(alone("Chernihiv region"))).isEqualTo("geonames:admin1:UA.02");
        assertThat(id(alone("Odessa region"))).isEqualTo("geonames:admin1:UA.17");
        assertThat(id(alone("Abu Dhabi"))).isEqualTo("geonames:292968");
        assertThat(id(alone("Geneva"))).isEqualTo("geonames:2660646");
        assertThat(id(alone("Bryansk"))).isEqualTo("geonames:571476");
        assertThat(id(alone("Bryansk region"))).isEqualTo("geonames:admin1:RU.10");
    }

    @Test
    void theMoscowRegionIsMoscowOblastNotTheCity() {
        assertThat(id(alone("the Moscow region"))).isEqualTo("geonames:admin1:RU.47");
        assertThat(id(first("Moscow region", "Moscow"))).isEqualTo("geonames:admin1:RU.47");
        assertThat(id(alone("Moscow Oblast"))).isEqualTo("geonames:admin1:RU.47");
        assertThat(id(alone("Moscow"))).isEqualTo("geonames:524901");
        assertThat(first("Balashikha", "Moscow").orElseThrow().region()).isEqualTo("RU.47");
    }

    @Test
    void regionsByTheirOwnName() {
        assertThat(id(alone("Krasnodar Krai"))).isEqualTo("geonames:admin1:RU.38");
        assertThat(id(alone("Krasnodar"))).isEqualTo("geonames:542420");
        assertThat(id(alone("Dnipropetrovsk"))).isEqualTo("geonames:admin1:UA.04");
        assertThat(id(alone("Dnipropetrovsk region"))).isEqualTo("geonames:admin1:UA.04");
        assertThat(id(alone("Texas"))).isEqualTo("geonames:admin1:US.TX");
        assertThat(id(alone("England"))).isEqualTo("geonames:admin1:GB.ENG");
        assertThat(id(alone("Washington state"))).isEqualTo("geonames:admin1:US.WA");
        assertThat(id(alone("Kyiv oblast"))).isEqualTo("geonames:admin1:UA.13");
    }

    @Test
    void capitalsWinTheirBareName() {
        assertThat(id(alone("Washington"))).isEqualTo("geonames:4140963");
        assertThat(id(first("Washington", "Ohio", "Florida"))).isEqualTo("geonames:4140963");
        assertThat(id(alone("D.C."))).isEqualTo("geonames:4140963");
        assertThat(id(alone("Kyiv City"))).isEqualTo("geonames:703448");
        assertThat(alone("Mexico").orElseThrow().kind()).isEqualTo(Place.Kind.COUNTRY);
        assertThat(id(alone("Mexico City"))).isEqualTo("geonames:3530597");
        assertThat(id(alone("New York"))).isEqualTo("geonames:5128581");
        assertThat(id(alone("New York state"))).isEqualTo("geonames:admin1:US.NY");
        assertThat(id(alone("upstate New York"))).isEqualTo("geonames:admin1:US.NY");
        assertThat(id(alone("Midtown Manhattan"))).isEqualTo(id(alone("Manhattan")));
    }

    @Test
    void aMentionThatNamesItsStateIsPlacedThere() {
        assertThat(alone("Selma, Ala.").orElseThrow().region()).isEqualTo("US.AL");
        assertThat(alone("Springfield, Mass.").orElseThrow().region()).isEqualTo("US.MA");
        assertThat(id(alone("Ala."))).isEqualTo("geonames:admin1:US.AL");
        assertThat(alone("Paris, Texas").orElseThrow().region()).isEqualTo("US.TX");
    }

    @Test
    void noGuessWithoutEvidence() {
        for (String name : List.of("Trump", "Xyzzy", "Kremlin", "the White House", "Pentagon", "Europe", "Infantry",
                "Lenox", "Long Island", "West", "the Pacific", "", "  ", "---")) {
            assertThat(alone(name)).as(name).isEmpty();
        }
    }

    @Test
    void aSmallTownNeedsTheDocumentToSupportIt() {
        assertThat(alone("Lenox")).isEmpty();
        assertThat(first("Lenox", "Pittsfield", "Massachusetts").orElseThrow().region()).isEqualTo("US.MA");
        assertThat(first("Temryuk", "Krasnodar Krai").orElseThrow().region()).isEqualTo("RU.38");
    }

    @Test
    void sameAnswersFromManyThreads() throws Exception {
        List<List<String>> documents = List.of(
                List.of("Georgia", "Atlanta", "Savannah"), List.of("Georgia", "Tbilisi"),
                List.of("Kharkiv", "Kharkiv region", "Sumy", "Chernihiv region"),
                List.of("Washington", "Seattle", "Moscow", "the Moscow region", "Odessa", "Texas"));
        List<List<Optional<Place>>> expected = documents.stream().map(geocoder::resolve).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        for (int d = 0; d < documents.size(); d++) {
                            if (!geocoder.resolve(documents.get(d)).equals(expected.get(d))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noCrashOnOddInput() {
        java.util.Random random = new java.util.Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(30);
            for (int j = 0; j < n; j++) {
                s.appendCodePoint(random.nextInt(0x3000));
            }
            names.add(s.toString());
        }
        names.add("x".repeat(100_000));
        names.add(", ,");
        names.add("the");
        names.add("regions");
        names.add("Kharkiv,");
        assertThat(geocoder.resolve(names)).hasSize(names.size());
    }
}
