package org.storyline.resolve.names;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.NameMention;
import org.storyline.resolve.internal.names.DocumentResolver;

/**
 * Entity resolution within one document: which of its name mentions name the same person or organisation.
 *
 * <p>Full names join when their spellings are transliteration variants ("Vladimir Alekseyev", "Vladimir
 * Alexeyev"); a surname alone joins the one full name it belongs to ("Alexeyev"), or the most recent one before it
 * when the document names two people of that surname; a title written before the name makes a title form of it
 * ("Lt. Gen. Vladimir Alexeyev"); an acronym defined in the text ("Main Intelligence Directorate (GRU)") joins its
 * long form, and its bare uses are found; possessives and a leading "the" are trimmed off mentions; descriptions
 * such as "the general" join the most recent person they fit. Dossier facts come from the words around the names:
 * titles and roles, age, nationality, awards, sanctions and affiliations, each sourced to its article.
 */
public final class DocumentEntities {
    private DocumentEntities() {
    }

    /**
     * Resolves the names of one document.
     *
     * @param articles the document's dispatches; every name's article must be among them
     * @param names    the names the language stage found in those articles
     * @return the document's entities, in order of first mention
     * @throws IllegalArgumentException when a name points at an article not given or past its text's end
     */
    public static List<LocalEntity> resolve(List<Article> articles, List<NameMention> names) {
        return DocumentResolver.resolve(articles, names);
    }
}
