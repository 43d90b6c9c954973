package org.storyline.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.model.Span;

/**
 * The weekday-and-month rule on its own, on tokens and labels as the CRF gives them: the tagged word is the one
 * written in {@code [brackets]}.
 */
class DateNamesTest {
    private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
            "Sat", "Sun", "Sat.", "MON", "Monday", "Sunday");
    private static final List<String> DATE_LINES = List.of(
            "[W] , 12 Feb 2026", "Published [W] 10 Feb 2026", "[W] , Feb 8", "[W] , Feb 8 2026", "on [W] 9 Feb",
            "[W] 09:30", "Updated [W] 13 Feb 2026 11.45 GMT", "[W] 12/02/2026 - 10:00", "[W] | Feb 8", "[W] . 7 Feb",
            "[W] , 10 February 2026 , 10:15", "hit Kharkiv on [W] , officials said", "talks resume next [W] .",
            "closed since [W] and", "On [W] the army withdrew");
    private static final List<String> LABELS = List.of("LOCATION", "ORGANIZATION", "PERSON", "MISC");

    /** Every weekday in every date line, tagged as every kind of name. */
    static Stream<Arguments> weekdayDateLines() {
        List<Arguments> out = new ArrayList<>();
        for (String line : DATE_LINES) {
            for (String day : WEEKDAYS) {
                out.add(Arguments.of(line.replace("[W]", "[" + day + "]"), LABELS.get(out.size() % LABELS.size())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("weekdayDateLines")
    void aWeekdayInADateLineIsNoName(String line, String label) {
        assertThat(names(line, label)).as(line).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("monthsInDates")
    void aMonthInADateIsNoName(String line) {
        assertThat(names(line, "PERSON")).as(line).isEmpty();
    }

    static Stream<String> monthsInDates() {
        return Stream.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept.", "Oct", "Nov", "Dec",
                        "January", "June", "August", "DEC")
                .flatMap(m -> Stream.of("[" + m + "] 12 , 2026", "on 12 [" + m + "] 2026", "Sun , [" + m + "] 8",
                        "in [" + m + "] 2026", "the [" + m + "] 7 election"));
    }

    @Test
    void aNameOfCalendarWordsAndNumbersIsNoName() {
        assertThat(names("[Mon 12] Feb 2026", "LOCATION")).isEmpty();
        assertThat(names("[Fri , Feb] 13", "ORGANIZATION")).isEmpty();
    }

    @Test
    void aNameLosesTheDateItRanInto() {
        assertThat(names("fire hit [Odesa on Sun] , officials said", "MISC")).containsExactly("Odesa");
        assertThat(names("talks in [Eindhoven on Thu 12 Feb] ended", "ORGANIZATION")).containsExactly("Eindhoven");
        assertThat(names("talks in [Kyiv on Monday 9 Feb] ended", "LOCATION")).containsExactly("Kyiv");
        assertThat(names("[Burton on Trent] council", "LOCATION")).containsExactly("Burton on Trent");
        assertThat(names("The [Mail on Sunday] reported", "ORGANIZATION")).containsExactly("Mail on Sunday");
        assertThat(names("[Scotland on Sunday] , 8 Feb 2026", "ORGANIZATION")).containsExactly("Scotland on Sunday");
        assertThat(names("[Vancouver Sun] reported", "ORGANIZATION")).containsExactly("Vancouver Sun");
    }

    @Test
    void aWeekdayInFullIsANameOnlyInALongerName() {
        assertThat(names("talks resume on [Friday]", "MISC")).isEmpty();
        assertThat(names("[Sheffield Wednesday] beat Leeds", "ORGANIZATION")).containsExactly("Sheffield Wednesday");
        assertThat(names("the [Black Monday] crash", "MISC")).containsExactly("Black Monday");
    }

    @Test
    void aMonthInsideALongerTimeExpressionIsNoName() {
        List<String> words = List.of("polls", "in", "late", "May");
        List<Span> tokens = spans(words);
        List<String> labels = List.of("O", "O", "O", "PERSON");

        Span lateMay = new Span(tokens.get(2).start(), tokens.get(3).end());
        assertThat(DateNames.clear(words, labels, tokens, List.of(lateMay))).containsOnly("O");
        // A time expression that is only the word itself says no more than the word: "May" stays a name.
        assertThat(DateNames.clear(words, labels, tokens, List.of(tokens.get(3)))).isEqualTo(labels);
        assertThat(DateNames.clear(words, labels, tokens, List.of())).isEqualTo(labels);
    }

    @Test
    void realNamesStay() {
        assertThat(names("[Theresa May] said on Tuesday", "PERSON")).containsExactly("Theresa May");
        assertThat(names("[May] said she would stay", "PERSON")).containsExactly("May");
        assertThat(names("[May] , 60 , said she would stay", "PERSON")).containsExactly("May");
        assertThat(names("[June] said she would return", "PERSON")).containsExactly("June");
        assertThat(names("[Jan Kowalski] was arrested", "PERSON")).containsExactly("Jan Kowalski");
        assertThat(names("[August Strindberg] wrote plays", "PERSON")).containsExactly("August Strindberg");
        assertThat(names("The [Sun] reported on Friday", "ORGANIZATION")).containsExactly("Sun");
        assertThat(names("The [Sun] , Feb 8 2026 : Minister quits", "ORGANIZATION")).containsExactly("Sun");
        assertThat(names("Britain 's [Sun] newspaper", "ORGANIZATION")).containsExactly("Sun");
        assertThat(names("fighting in [Mon State] near the border", "LOCATION")).containsExactly("Mon State");
        assertThat(names("[Mon] rebels attacked a post", "MISC")).containsExactly("Mon");
        assertThat(names("attacks on [Mon] State villages", "LOCATION")).containsExactly("Mon");
        assertThat(names("the ministry commented on [Sun] 's report", "ORGANIZATION")).containsExactly("Sun");
        assertThat(names("in [May] the minister resigned", "PERSON")).containsExactly("May");
        assertThat(names("[Sun Microsystems] was bought in 2010", "ORGANIZATION")).containsExactly("Sun Microsystems");
        assertThat(names("[Alex Sun] , 45 , said", "PERSON")).containsExactly("Alex Sun");
        assertThat(names("[Sun] , 45 , a farmer", "PERSON")).containsExactly("Sun");
    }

    @Test
    void otherNamesNextToDatesStay() {
        assertThat(names("[Reuters] , 12 Feb 2026", "ORGANIZATION")).containsExactly("Reuters");
        assertThat(names("12 [Mon] villagers fled", "MISC")).containsExactly("Mon");
    }

    @Test
    void wordsAndLabelsMustPair() {
        assertThatThrownBy(() -> DateNames.clear(List.of("Mon"), List.of("O", "O"), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("words=1").hasMessageContaining("labels=2");
    }

    /**
     * The names left after the rule in a sentence written as space-separated tokens, where the CRF tagged the
     * bracketed tokens as one name with the given label.
     */
    private static List<String> names(String sentence, String label) {
        List<String> words = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        boolean inside = false;
        for (String raw : sentence.split(" ")) {
            String w = raw;
            boolean opens = w.startsWith("[");
            boolean closes = w.endsWith("]");
            w = w.substring(opens ? 1 : 0, w.length() - (closes ? 1 : 0));
            inside |= opens;
            words.add(w);
            labels.add(inside ? label : "O");
            inside &= !closes;
        }
        List<String> cleared = DateNames.clear(words, labels, spans(words), List.of());
        assertThat(DateNames.clear(words, labels, null, List.of())).isEqualTo(cleared);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            if (cleared.get(i).equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && cleared.get(j).equals(cleared.get(i))) {
                j++;
            }
            out.add(String.join(" ", words.subList(i, j)));
            i = j;
        }
        return out;
    }

    private static List<Span> spans(List<String> words) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            out.add(new Span(at, at + w.length()));
            at += w.length() + 1;
        }
        return out;
    }
}
