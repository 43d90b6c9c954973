package org.storyline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.resolve.names.Docs.doc;
import static org.storyline.resolve.names.Docs.entity;
import static org.storyline.resolve.names.Docs.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.model.Attribute;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/** Cross-document resolution on invented documents: merges, keeping apart, canonical names, stable ids. */
class CorpusEntitiesTest {
    private static List<Entity> resolve(String... docs) {
        List<List<LocalEntity>> locals = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            locals.add(doc("a" + (i + 1), docs[i]).resolve());
        }
        return CorpusEntities.resolve(locals);
    }

    private static List<Entity> people(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void transliterationVariantsAcrossDocumentsAreOnePerson() {
        List<Entity> e = resolve(
                "Lieutenant General [P:Vladimir Alekseyev] was shot. [P:Alekseyev] survived.",
                "Lt. Gen. [P:Vladimir Alexeyev] was shot, said [P:Alexeyev]'s aide.",
                "[P:Vladimir Alekseev] is in hospital.",
                "[P:Volodymyr Zelenskyy] spoke. [P:Zelenskyy] left.",
                "President [P:Volodymyr Zelensky] spoke.",
                "[P:Sergei Lavrov] and [P:Dmitri Peskov] spoke.",
                "[P:Sergey Lavrov] and [P:Dmitry Peskov] spoke again.");
        assertThat(people(e)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Vladimir Alekseyev", "Volodymyr Zelenskyy", "Sergei Lavrov", "Dmitri Peskov");
        Entity v = entity(e, "Vladimir Alekseyev");
        assertThat(v.aliases()).contains("Alexeyev", "Alekseyev", "Vladimir Alexeyev", "Vladimir Alekseev",
                "Lt. Gen. Vladimir Alexeyev", "Lieutenant General Vladimir Alekseyev");
        assertThat(v.mentions()).extracting(Mention::article).containsOnly("a1", "a2", "a3");
        assertThat(entity(e, "Volodymyr Zelenskyy").aliases()).contains("Volodymyr Zelensky", "Zelenskyy");
    }

    @Test
    void canonicalNameIsTheMostFrequentFullForm() {
        List<Entity> e = resolve("[P:Vladimir Alexeyev] spoke.", "[P:Vladimir Alekseyev] and later [P:Vladimir Alekseyev].",
                "[P:Alekseyev] and [P:Alekseyev] and [P:Alekseyev] spoke.");
        assertThat(people(e)).hasSize(1);
        assertThat(people(e).getFirst().name()).isEqualTo("Vladimir Alekseyev");
    }

    @Test
    void differentPeopleStayApart() {
        List<Entity> e = resolve(
                "[P:Vladimir Putin] met [P:Vladimir Alekseyev].",
                "[P:Fanil Sarvarov] and [P:Igor Kirillov] and [P:Yaroslav Moskalik] were killed.",
                "[P:Sergey Lavrov] and [P:Sergey Sobyanin] and [P:Sergei Skripal] were there.",
                "[P:Igor Kirilenko] and [P:Yegor Kirillov] were not.");
        assertThat(people(e)).hasSize(10);
    }

    @Test
    void genderedFormsAreDifferentPeople() {
        List<Entity> e = resolve("[P:Alexei Navalny] spoke.", "[P:Yulia Navalnaya] spoke.", "[P:Navalnaya] spoke.",
                "[P:Navalny] spoke.");
        assertThat(people(e)).hasSize(2);
        assertThat(entity(e, "Yulia Navalnaya").aliases()).containsExactly("Navalnaya");
        assertThat(entity(e, "Alexei Navalny").aliases()).containsExactly("Navalny");
    }

    @Test
    void surnameAloneJoinsOnlyAnUnambiguousPerson() {
        List<Entity> e = resolve("[P:Dmitry Peskov] spoke.", "[P:Peskov] spoke.", "[P:Sergei Ivanov] spoke.",
                "[P:Viktor Ivanov] spoke.", "[P:Ivanov] spoke.", "[P:Ivanov] left.");
        assertThat(entity(e, "Dmitry Peskov").mentions()).hasSize(2);
        assertThat(entity(e, "Sergei Ivanov").mentions()).hasSize(1);
        assertThat(entity(e, "Viktor Ivanov").mentions()).hasSize(1);
        Entity ivanov = people(e).stream().filter(x -> x.name().equals("Ivanov")).findFirst().orElseThrow();
        assertThat(ivanov.mentions()).hasSize(2);
    }

    @Test
    void differentNationalitiesKeepNamesakesApart() {
        List<Entity> e = resolve("British banker [P:John Smith] resigned.", "American senator [P:John Smith] spoke.",
                "U.S. Senator [P:John Smith] voted.", "[P:John Smith] smiled.");
        List<Entity> smiths = people(e);
        assertThat(smiths).hasSize(2);
        assertThat(smiths).extracting(Entity::id).doesNotHaveDuplicates();
        assertThat(smiths).flatExtracting(x -> values(x.attributes(), "nationality"))
                .containsExactlyInAnyOrder("British", "American");
    }

    @Test
    void acronymAloneJoinsTheOneLongFormDefinedForIt() {
        List<Entity> e = resolve("He led the [O:Main Intelligence Directorate] (GRU) for years.",
                "The [O:GRU] said nothing.", "[O:Gazprom PJSC] reported.", "[O:Gazprom] reported again.",
                "The [O:Wagner Group] fighters and [O:Wagner] commanders.");
        Entity gru = entity(e, "GRU");
        assertThat(gru.name()).isEqualTo("Main Intelligence Directorate");
        assertThat(gru.mentions()).extracting(Mention::article).contains("a1", "a2");
        assertThat(entity(e, "Gazprom").mentions()).hasSize(2);
        assertThat(entity(e, "Wagner").mentions()).hasSize(2);
    }

    @Test
    void acronymDefinedForTwoLongFormsStaysApart() {
        List<Entity> e = resolve("The [O:Socialist Party] (SP) won.", "The [O:Security Police] (SP) arrested him.",
                "The [O:SP] said so.");
        assertThat(e.stream().filter(x -> x.type() == EntityType.ORG)).hasSize(3);
    }

    @Test
    void attributesMergeWithEverySource() {
        List<Entity> e = resolve("Russian Foreign Minister [P:Sergey Lavrov] spoke.",
                "[P:Sergey Lavrov], Russia’s foreign minister, said so.",
                "[P:Sergei Lavrov], 75, smiled.");
        Entity lavrov = entity(e, "Sergey Lavrov");
        Attribute role = lavrov.attributes().stream().filter(a -> a.key().equals("role")).findFirst().orElseThrow();
        assertThat(role.value()).isIn("Foreign Minister", "foreign minister");
        assertThat(role.sources()).containsExactly("a1", "a2");
        assertThat(values(lavrov.attributes(), "nationality")).containsExactly("Russian");
        assertThat(values(lavrov.attributes(), "age")).containsExactly("75");
    }

    @Test
    void sameInputInAnyOrderGivesTheSameEntitiesAndIds() {
        List<List<LocalEntity>> docs = new ArrayList<>();
        String[] texts = {
            "Lt. Gen. [P:Vladimir Alexeyev] was shot. [P:Alexeyev] lived.",
            "[P:Vladimir Alekseyev], 64, a deputy head of Russia’s military intelligence, was shot.",
            "[P:Alekseyev] spoke to [P:Yevgeny Prigozhin].", "[P:Evgeny Prigozhin] died.",
            "The [O:Main Intelligence Directorate] (GRU) said. [O:GRU] said.", "[O:GRU] again.",
            "[P:John Smith] and [P:Smith] and [P:Jane Smith].", "[P:Smith] alone.",
            "[L:Moscow] and [L:Kyiv].", "[L:Moscow] again."};
        for (int i = 0; i < texts.length; i++) {
            docs.add(doc("a" + i, texts[i]).resolve());
        }
        List<Entity> expected = CorpusEntities.resolve(docs);
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            List<List<LocalEntity>> shuffled = new ArrayList<>(docs);
            Collections.shuffle(shuffled, random);
            assertThat(CorpusEntities.resolve(shuffled)).isEqualTo(expected);
            CorpusEntities incremental = new CorpusEntities();
            for (List<LocalEntity> d : shuffled) {
                incremental.put(d.getFirst().mentions().getFirst().article(), d);
                incremental.entities();
            }
            assertThat(incremental.entities()).isEqualTo(expected);
        }
    }

    @Test
    void sameOutputAcrossThreads() throws Exception {
        List<String> texts = List.of("Lt. Gen. [P:Vladimir Alexeyev] was shot.", "[P:Vladimir Alekseyev] spoke.",
                "The [O:Main Intelligence Directorate] (GRU) said.", "[P:Zelenskyy] and [P:Volodymyr Zelensky].");
        List<Entity> expected = resolve(texts.toArray(String[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> resolve(texts.toArray(String[]::new))));
            }
            for (Future<List<Entity>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void putReplacesAndRemoveForgetsADocument() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.put("d1", doc("a1", "[P:Sergey Lavrov] spoke.").resolve());
        corpus.put("d2", doc("a2", "[P:Sergei Lavrov] spoke.").resolve());
        corpus.put("d2", doc("a2", "[P:Sergei Lavrov] spoke.").resolve());
        assertThat(corpus.documents()).isEqualTo(2);
        assertThat(corpus.entities()).hasSize(1);
        assertThat(corpus.entities().getFirst().mentions()).hasSize(2);
        corpus.remove("d2");
        assertThat(corpus.entities().getFirst().mentions()).hasSize(1);
    }

    @Test
    void placesAndGroupsJoinOnTheirFoldedName() {
        List<Entity> e = resolve("[L:Moscow] and [G:Russians].", "[L:MOSCOW] and [L:Kyiv].");
        assertThat(entity(e, "Moscow").mentions()).hasSize(2);
        assertThat(entity(e, "Moscow").geo()).isNull();
        assertThat(entity(e, "Kyiv").type()).isEqualTo(EntityType.PLACE);
    }
}
