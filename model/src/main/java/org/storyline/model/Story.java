package org.storyline.model;

import java.util.List;

/** Articles from any outlet about the same happening, with the events they report. */
public record Story(String id, String title, List<String> articles, List<String> events) {
    public Story {
        Checks.id(id, 's', "story id");
        articles = Checks.list(articles, "story articles");
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " needs at least one article");
        }
        events = Checks.list(events, "story events");
    }
}
