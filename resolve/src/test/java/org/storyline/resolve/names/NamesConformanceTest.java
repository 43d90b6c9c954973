package org.storyline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.DateBasis;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.NameMention;
import org.storyline.model.Span;

/**
 * Conformance on random input: random Unicode texts with random name spans never crash either step, every mention
 * lies inside its article and reads as its text, and the same input gives the same output.
 */
class NamesConformanceTest {
    private static final String ALPHABET = "abcxyzABCXYZ  ..,,’'\"()-–—\n\tÄöüßАлексеевЗеленськийمحمد习近平😀\u0301\u200b0123";

    @Test
    void randomTextsAndSpansNeverBreakTheContract() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<List<LocalEntity>> docs = new ArrayList<>();
            List<Article> all = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                int length = random.nextInt(round % 50 == 0 ? 5000 : 200);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                String text = b.toString();
                String id = "a" + round + "x" + d;
                Article article = new Article(id, "d" + id, 0, null, null, null, DateBasis.UNKNOWN, "en", text);
                all.add(article);
                List<NameMention> names = new ArrayList<>();
                for (int n = 0; n < random.nextInt(20) && length > 0; n++) {
                    int s = random.nextInt(length);
                    int e = Math.min(length, s + random.nextInt(25));
                    names.add(new NameMention(id, new Span(s, e), text.substring(s, e),
                            EntityType.values()[random.nextInt(EntityType.values().length)]));
                }
                List<LocalEntity> locals = DocumentEntities.resolve(List.of(article), names);
                assertThat(DocumentEntities.resolve(List.of(article), names)).isEqualTo(locals);
                docs.add(locals);
            }
            List<Entity> entities = CorpusEntities.resolve(docs);
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    Article a = all.stream().filter(x -> x.id().equals(m.article())).findFirst().orElseThrow();
                    assertThat(m.span().end()).isLessThanOrEqualTo(a.text().length());
                    assertThat(m.span().of(a.text())).isEqualTo(m.text());
                }
            }
            assertThat(CorpusEntities.resolve(docs)).isEqualTo(entities);
        }
    }
}
