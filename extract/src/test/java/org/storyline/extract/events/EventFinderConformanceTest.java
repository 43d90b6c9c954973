package org.storyline.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.language.Annotated;
import org.storyline.language.Language;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.PartialDate;

/**
 * What every stage promises: spans inside the text and never backwards, the same output for the same input on any
 * thread, and no crash on empty, random or very long input.
 */
class EventFinderConformanceTest {
    static final List<String> TEXTS = List.of(
            "A gunman shot and wounded a judge outside a courthouse in Quito on Tuesday. The judge remains in serious condition.",
            "Russia launched 40 drones overnight, of which 31 were shot down. Nine drones hit targets in Sumy, killing two people.",
            "In 2019, the United States sanctioned three officials. Talks between Serbia and Kosovo resumed in Brussels.",
            "GUERRILLAS DYNAMITED A BRIDGE NEAR SAN MIGUEL AND KIDNAPPED THE MAYOR, POLICE SAID.",
            "Thousands protested in Santiago; police arrested 40 people. Nobody was injured.");

    static List<Event> find(String text, PartialDate anchor) {
        Annotated annotated = Language.shared().annotate(text, anchor);
        return EventFinder.english().find("d1", "a1", text, annotated, anchor);
    }

    static void assertConforms(String text, List<Event> events) {
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            assertThat(ids.add(e.id())).as("event ids are unique: %s", e.id()).isTrue();
            assertThat(e.mentions()).isNotEmpty();
            int previous = -1;
            for (Mention m : e.mentions()) {
                assertThat(m.span().end()).as("mention %s inside the text", m.span()).isLessThanOrEqualTo(text.length());
                assertThat(m.span().start()).as("mentions in order").isGreaterThanOrEqualTo(previous);
                assertThat(m.span().of(text)).isEqualTo(m.text());
                previous = m.span().start();
            }
            for (Event.Participant p : e.participants()) {
                assertThat(p.text()).isNotBlank();
            }
        }
    }

    @Test
    void spansLieInsideTheText() {
        for (String text : TEXTS) {
            assertConforms(text, find(text, new PartialDate("2025-03-04")));
        }
    }

    @Test
    void sameInputSameOutputOnAnyThread() throws Exception {
        List<List<Event>> first = new ArrayList<>();
        for (String text : TEXTS) {
            first.add(find(text, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Event>>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : TEXTS) {
                    futures.add(pool.submit(() -> find(text, null)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(first.get(i % TEXTS.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyRandomAndLongInputDoNotBreakIt() {
        assertThat(find("", null)).isEmpty();
        assertThat(find("   \n\n  ", null)).isEmpty();
        Random random = new Random(20260206);
        for (int n = 0; n < 30; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    b.append(TEXTS.get(random.nextInt(TEXTS.size())).charAt(random.nextInt(40)));
                } else if (kind < 8) {
                    b.appendCodePoint(0x20 + random.nextInt(0x2FFF));
                } else {
                    b.append(random.nextBoolean() ? " " : random.nextBoolean() ? "\n" : " killed ");
                }
            }
            String text = b.toString();
            assertConforms(text, find(text, null));
        }
        String longText = String.join(" ", java.util.Collections.nCopies(150, TEXTS.get(0) + " " + TEXTS.get(1)));
        assertConforms(longText, find(longText, null));
    }
}
