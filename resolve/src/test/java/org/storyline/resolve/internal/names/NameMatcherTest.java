package org.storyline.resolve.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transliteration key, the name parser and the pairwise decision on named cases. */
class NameMatcherTest {
    private static String key(String word) {
        return Skeleton.of(Fold.letters(word));
    }

    private static boolean same(String a, String b) {
        return NameMatcher.fullNames(PersonName.parse(a), PersonName.parse(b)) != NameMatcher.NO;
    }

    @Test
    void keyJoinsTheSpellingsOfOneName() {
        assertThat(key("Alekseyev")).isEqualTo(key("Alexeyev")).isEqualTo(key("Alekseev")).isEqualTo(key("Alexejew"));
        assertThat(key("Zelenskyy")).isEqualTo(key("Zelensky")).isEqualTo(key("Zelenskiy")).isEqualTo(key("Zelens'kyi"));
        assertThat(key("Sergei")).isEqualTo(key("Sergey")).isEqualTo(key("Sergej"));
        assertThat(key("Dmitry")).isEqualTo(key("Dmitri")).isEqualTo(key("Dmitrii"));
        assertThat(key("Yevgeny")).isEqualTo(key("Evgeny")).isEqualTo(key("Jewgeni"));
        assertThat(key("Tchaikovsky")).isEqualTo(key("Tschaikowski"));
        assertThat(key("Yeltsin")).isEqualTo(key("Jelzin"));
        assertThat(key("Müller")).isEqualTo(key("Mueller")).isEqualTo(key("Muller"));
        assertThat(key("Gaddafi")).isEqualTo(key("Gadafi"));
        assertThat(key("Basheer")).isEqualTo(key("Bashir"));
    }

    @Test
    void keyFoldsOtherScripts() {
        assertThat(key("Алексеев")).isEqualTo(key("Alekseyev"));
        assertThat(key("Зеленський")).isEqualTo(key("Zelenskyy"));
        assertThat(Fold.letters("Жуков")).isEqualTo("zhukov");
        assertThat(Fold.words("习近平")).isEqualTo("xi jin ping");
    }

    @Test
    void distanceIsCheapForTransliterationAndDearOtherwise() {
        assertThat(Skeleton.distance(key("Hussein"), key("Husain"))).isEqualTo(0.5);
        assertThat(Skeleton.distance(key("Selenskyj"), key("Zelenskyy"))).isEqualTo(0.5);
        assertThat(Skeleton.distance(key("Donald"), key("Ronald"))).isGreaterThan(1);
    }

    @Test
    void parserTakesOffTitlesPossessivesAndParticles() {
        PersonName p = PersonName.parse("Lt. Gen. Vladimir Alexeyev’s");
        assertThat(p.display()).isEqualTo("Vladimir Alexeyev");
        assertThat(p.given().letters()).isEqualTo("vladimir");
        assertThat(p.surname().letters()).isEqualTo("alexeyev");
        assertThat(PersonName.parse("Bashar al-Assad").surname().letters()).isEqualTo("assad");
        assertThat(PersonName.parse("Mohammed bin Salman").parts()).hasSize(2);
        assertThat(PersonName.parse("Russian Foreign Minister Sergey Lavrov").display()).isEqualTo("Sergey Lavrov");
        assertThat(PersonName.parse("Donald Trump Jr.").junior()).isTrue();
    }

    @Test
    void eastAsianNamesAreSurnameFirst() {
        PersonName xi = PersonName.parse("Xi Jin-ping");
        assertThat(xi.surnameFirst()).isTrue();
        assertThat(xi.surname().letters()).isEqualTo("xi");
        assertThat(xi.given().letters()).isEqualTo("jinping");
        assertThat(PersonName.parse("Kim Jong Un").surnameFirst()).isTrue();
        assertThat(PersonName.parse("Lee Anderson").surnameFirst()).isFalse();
        assertThat(NameMatcher.surnameOf(PersonName.parse("Xi"), xi)).isZero();
    }

    @Test
    void decisionKeepsVariantsTogetherAndOthersApart() {
        assertThat(same("Vladimir Alekseyev", "Lt. Gen. Vladimir Alexeyev")).isTrue();
        assertThat(same("Volodymyr Zelenskyy", "Vladimir Zelensky")).isTrue();
        assertThat(same("Muammar Gaddafi", "Mouammar Kadhafi")).isTrue();
        assertThat(same("Gabriel García Márquez", "Gabriel Garcia")).isTrue();
        assertThat(same("V. Putin", "Vladimir Putin")).isTrue();
        assertThat(same("Vladimir Putin", "Vladimir Alekseyev")).isFalse();
        assertThat(same("Igor Kirillov", "Yegor Kirillov")).isFalse();
        assertThat(same("Aleksandr Petrov", "Aleksandra Petrova")).isFalse();
        assertThat(same("Zhang Wei", "Zheng Wei")).isFalse();
        assertThat(same("Donald Trump", "Donald Trump Jr.")).isFalse();
        assertThat(same("Vladimir Stepanovich Alekseyev", "Vladimir Ivanovich Alekseyev")).isFalse();
    }

    @Test
    void genderedFormsAreRecognised() {
        assertThat(NameMatcher.gendered(key("Ivanov"), key("Ivanova"))).isTrue();
        assertThat(NameMatcher.gendered(key("Zelensky"), key("Zelenskaya"))).isTrue();
        assertThat(NameMatcher.gendered(key("Tolstoy"), key("Tolstaya"))).isTrue();
        assertThat(NameMatcher.gendered(key("Haniyeh"), key("Haniya"))).isFalse();
    }
}
