package org.storyline.resolve.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Article;
import org.storyline.model.Attribute;
import org.storyline.model.DateBasis;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.NameMention;
import org.storyline.model.Span;

/**
 * Invented documents for the tests: a text with its names marked inline, {@code [P:Vladimir Alekseyev]} for a
 * person, {@code [O:...]} an organisation, {@code [L:...]} a place, {@code [G:...]} a group, {@code [M:...]} other,
 * standing in for the language stage.
 */
final class Docs {
    private static final Pattern MARK = Pattern.compile("\\[([POLGM]):([^\\]]+)\\]");

    private Docs() {
    }

    /** One marked-up text as one article of its own document. */
    record Doc(Article article, List<NameMention> names) {
        List<LocalEntity> resolve() {
            return DocumentEntities.resolve(List.of(article), names);
        }
    }

    static Doc doc(String articleId, String marked) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(2));
            spans.add(new int[] {start, text.length()});
            types.add(switch (m.group(1)) {
                case "P" -> EntityType.PERSON;
                case "O" -> EntityType.ORG;
                case "L" -> EntityType.PLACE;
                case "G" -> EntityType.GROUP;
                default -> EntityType.OTHER;
            });
            last = m.end();
        }
        text.append(marked.substring(last));
        String t = text.toString();
        Article article = new Article(articleId, "d" + articleId.substring(1), 0, null, null, null, DateBasis.UNKNOWN,
                "en", t);
        List<NameMention> names = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            names.add(new NameMention(articleId, new Span(s[0], s[1]), t.substring(s[0], s[1]), types.get(i)));
        }
        return new Doc(article, names);
    }

    /** The local entity whose name or aliases include the form. */
    static LocalEntity local(List<LocalEntity> entities, String form) {
        List<LocalEntity> hits = entities.stream()
                .filter(e -> e.name().equals(form) || e.aliases().contains(form)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one local entity with form " + form + ", found " + hits + " in " + entities);
        }
        return hits.getFirst();
    }

    /** The entity whose name, aliases or mentions include the form. */
    static Entity entity(List<Entity> entities, String form) {
        List<Entity> hits = entities.stream().filter(e -> e.name().equals(form) || e.aliases().contains(form)
                || e.mentions().stream().anyMatch(m -> m.text().equals(form))).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one entity with form " + form + ", found " + hits);
        }
        return hits.getFirst();
    }

    static List<String> values(List<Attribute> attributes, String key) {
        return attributes.stream().filter(a -> a.key().equals(key)).map(Attribute::value).toList();
    }
}
