package org.storyline.resolve.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.storyline.model.Entity;
import org.storyline.resolve.internal.names.CorpusResolver;

/**
 * Entity resolution across documents: one {@link Entity} per real person or organisation, however each document
 * spells it.
 *
 * <p>People join when their given names are compatible (Sergei/Sergey, Dmitry/Dmitri, Yevgeny/Evgeny,
 * Vladimir/Volodymyr, initials) and their surnames are transliteration variants (Alekseyev/Alexeyev/Alekseev,
 * Zelenskyy/Zelensky), unless the documents give them different nationalities. Same first name with another
 * surname, another first name with the same surname, and gendered forms (Ivanov/Ivanova) stay apart. A document that
 * names someone by surname only joins the one person of that surname in the corpus, and stays apart when there are
 * several. Organisations join on their names less legal forms, and a bare acronym joins the one long form it was
 * defined for. The canonical name is the most frequent full form; ids are stable for the same input, whatever order
 * the documents came in.
 *
 * <p>Documents are added as they are resolved ({@link #put}); {@link #entities()} clusters everything added so far
 * in time near-linear in the number of document entities. Instances are thread-safe.
 */
public final class CorpusEntities {
    private final Map<String, List<LocalEntity>> documents = new TreeMap<>();
    private List<Entity> entities;

    /** Adds a document's entities, replacing those added before under the same document id. */
    public synchronized CorpusEntities put(String document, List<LocalEntity> entities) {
        Objects.requireNonNull(document, "document id must not be null");
        documents.put(document, List.copyOf(entities));
        this.entities = null;
        return this;
    }

    /** Forgets a document's entities. */
    public synchronized CorpusEntities remove(String document) {
        if (documents.remove(document) != null) {
            entities = null;
        }
        return this;
    }

    /** The number of documents added. */
    public synchronized int documents() {
        return documents.size();
    }

    /** The corpus's entities, ordered by type, name and id. */
    public synchronized List<Entity> entities() {
        if (entities == null) {
            List<LocalEntity> all = new ArrayList<>();
            for (List<LocalEntity> d : documents.values()) {
                all.addAll(d);
            }
            entities = CorpusResolver.resolve(all);
        }
        return entities;
    }

    /** The entities of the documents' entities, each list being one document's. */
    public static List<Entity> resolve(List<List<LocalEntity>> documents) {
        List<LocalEntity> all = new ArrayList<>();
        for (List<LocalEntity> d : documents) {
            all.addAll(d);
        }
        return CorpusResolver.resolve(all);
    }
}
