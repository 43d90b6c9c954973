package org.storyline.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.Article;
import org.storyline.model.ArticleAnnotations;
import org.storyline.model.Attribute;
import org.storyline.model.CountMention;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.Mention;
import org.storyline.model.NameMention;
import org.storyline.model.PartialDate;
import org.storyline.model.Quote;
import org.storyline.model.Story;
import org.storyline.model.TimeMention;

/**
 * The records of the export contract ({@code "schema": "storyline/1"}, see shared/design/export-contract.md), one
 * JSON object at a time, in exactly the shape {@link ContractExport} writes them.
 *
 * <p>Each record has two writers: {@code document(g, d)} writes one complete object, {@code documentFields(g, d)}
 * only its fields, so a caller that opened the object can add fields of its own before closing it. I/O errors
 * surface as {@link UncheckedIOException}.
 */
public final class ContractJson {
    private ContractJson() {
    }

    /** A document: {@code {"id", "source", "sha256", "title", "published", "outlet", "byline", "language", "articles"}}. */
    public static void document(JsonGenerator g, Document d) {
        object(g, () -> documentFields(g, d));
    }

    /** The fields of {@link #document}, without the braces. */
    public static void documentFields(JsonGenerator g, Document d) {
        run(() -> {
            g.writeStringField("id", d.id());
            g.writeStringField("source", d.source());
            g.writeStringField("sha256", d.sha256());
            g.writeStringField("title", d.title());
            g.writeStringField("published", value(d.published()));
            g.writeStringField("outlet", d.outlet());
            g.writeStringField("byline", d.byline());
            g.writeStringField("language", d.language());
            strings(g, "articles", d.articles());
        });
    }

    /** An article with what the language stage read in it (sentences, tokens, names, times, counts). */
    public static void article(JsonGenerator g, Article a, ArticleAnnotations annotations) {
        object(g, () -> articleFields(g, a, annotations));
    }

    /** An article without language annotations: its text, metadata and segments only. */
    public static void article(JsonGenerator g, Article a) {
        object(g, () -> articleFields(g, a));
    }

    /** The fields of {@link #article(JsonGenerator, Article, ArticleAnnotations)}, without the braces. */
    public static void articleFields(JsonGenerator g, Article a, ArticleAnnotations an) {
        articleFields(g, a);
        run(() -> {
            g.writeNumberField("sentences", an.sentences());
            g.writeNumberField("tokens", an.tokens());
            g.writeArrayFieldStart("names");
            for (NameMention n : an.names()) {
                g.writeStartObject();
                g.writeNumberField("start", n.span().start());
                g.writeNumberField("end", n.span().end());
                g.writeStringField("text", n.text());
                g.writeStringField("type", n.type().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            for (TimeMention t : an.times()) {
                g.writeStartObject();
                g.writeNumberField("start", t.span().start());
                g.writeNumberField("end", t.span().end());
                g.writeStringField("text", t.text());
                g.writeStringField("type", t.type());
                g.writeStringField("value", t.value());
                g.writeBooleanField("relative", t.relative());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("counts");
            for (CountMention c : an.counts()) {
                g.writeStartObject();
                g.writeNumberField("start", c.span().start());
                g.writeNumberField("end", c.span().end());
                g.writeStringField("text", c.text());
                g.writeNumberField("value", c.value());
                g.writeStringField("qualifier", lower(c.qualifier()));
                g.writeStringField("noun", c.noun());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** The fields of {@link #article(JsonGenerator, Article)}, without the braces. */
    public static void articleFields(JsonGenerator g, Article a) {
        run(() -> {
            g.writeStringField("id", a.id());
            g.writeStringField("document", a.document());
            g.writeNumberField("index", a.index());
            g.writeStringField("title", a.title());
            g.writeStringField("dateline", a.dateline());
            g.writeStringField("date", value(a.date()));
            g.writeStringField("date_basis", a.dateBasis().label());
            g.writeStringField("language", a.language());
            g.writeStringField("text", a.text());
            // [textStart, textEnd, rawStart, rawEnd]: where stretches of the text come from in the decoded page
            g.writeArrayFieldStart("segments");
            for (var s : a.segments()) {
                g.writeArray(new int[] {s.text().start(), s.text().end(), s.raw().start(), s.raw().end()}, 0, 4);
            }
            g.writeEndArray();
        });
    }

    /** An entity with its aliases, mentions, dossier attributes and geocode. */
    public static void entity(JsonGenerator g, Entity e) {
        object(g, () -> entityFields(g, e));
    }

    /** The fields of {@link #entity}, without the braces. */
    public static void entityFields(JsonGenerator g, Entity e) {
        run(() -> {
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            strings(g, "aliases", e.aliases());
            mentions(g, e.mentions());
            g.writeArrayFieldStart("attributes");
            for (Attribute a : e.attributes()) {
                g.writeStartObject();
                g.writeStringField("key", a.key());
                g.writeStringField("value", a.value());
                strings(g, "sources", a.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (e.geo() == null) {
                g.writeNullField("geo");
            } else {
                g.writeObjectFieldStart("geo");
                g.writeNumberField("lat", e.geo().lat());
                g.writeNumberField("lon", e.geo().lon());
                g.writeStringField("id", e.geo().id());
                g.writeEndObject();
            }
        });
    }

    /**
     * An event with its participants, counts, mentions, sources, facts and disagreements.
     *
     * @param publishedByDocument the publication date ({@link PartialDate#value()}) of each source document, for the
     *                            {@code reported} dates of each side of a disagreement (missing ones are null)
     */
    public static void event(JsonGenerator g, Event e, Map<String, String> publishedByDocument) {
        object(g, () -> eventFields(g, e, publishedByDocument));
    }

    /** The fields of {@link #event}, without the braces. */
    public static void eventFields(JsonGenerator g, Event e, Map<String, String> publishedByDocument) {
        run(() -> {
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().label());
            g.writeStringField("subtype", e.subtype());
            g.writeStringField("status", e.status() == null ? null : lower(e.status()));
            g.writeObjectFieldStart("date");
            g.writeStringField("value", value(e.date().value()));
            g.writeStringField("basis", e.date().basis().label());
            g.writeEndObject();
            if (e.location() == null) {
                g.writeNullField("location");
            } else {
                g.writeObjectFieldStart("location");
                g.writeStringField("entity", e.location().entity());
                g.writeStringField("name", e.location().name());
                g.writeStringField("detail", e.location().detail());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("participants");
            for (Event.Participant p : e.participants()) {
                g.writeStartObject();
                g.writeStringField("role", lower(p.role()));
                g.writeStringField("entity", p.entity());
                g.writeStringField("text", p.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            for (var c : new TreeMap<>(e.counts()).entrySet()) {
                g.writeObjectFieldStart(c.getKey());
                g.writeNumberField("value", c.getValue().value());
                g.writeStringField("qualifier", lower(c.getValue().qualifier()));
                g.writeEndObject();
            }
            g.writeEndObject();
            mentions(g, e.mentions());
            strings(g, "sources", e.sources());
            g.writeNumberField("origins", e.origins());
            g.writeArrayFieldStart("facts");
            for (Event.Fact f : e.facts()) {
                g.writeStartObject();
                g.writeStringField("field", f.field());
                g.writeStringField("value", f.value());
                strings(g, "sources", f.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("disagreements");
            for (Event.Disagreement d : e.disagreements()) {
                g.writeStartObject();
                g.writeStringField("field", d.field());
                g.writeArrayFieldStart("values");
                for (Event.Fact f : d.values()) {
                    g.writeStartObject();
                    g.writeStringField("value", f.value());
                    strings(g, "sources", f.sources());
                    // When each side was reported: a later report may update an earlier one.
                    g.writeArrayFieldStart("reported");
                    for (String source : f.sources()) {
                        g.writeString(publishedByDocument.get(source));
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** A quote or reported claim with its speaker, cue, hedge and place in the article. */
    public static void quote(JsonGenerator g, Quote q) {
        object(g, () -> quoteFields(g, q));
    }

    /** The fields of {@link #quote}, without the braces. */
    public static void quoteFields(JsonGenerator g, Quote q) {
        run(() -> {
            g.writeStringField("id", q.id());
            g.writeObjectFieldStart("speaker");
            g.writeStringField("entity", q.speakerEntity());
            g.writeStringField("text", q.speakerText());
            if (q.speakerSpan() != null) {
                g.writeNumberField("start", q.speakerSpan().start());
                g.writeNumberField("end", q.speakerSpan().end());
            }
            g.writeEndObject();
            g.writeStringField("text", q.text());
            g.writeBooleanField("direct", q.direct());
            g.writeStringField("cue", q.cue());
            g.writeStringField("hedge", q.hedge());
            g.writeStringField("article", q.article());
            g.writeNumberField("start", q.span().start());
            g.writeNumberField("end", q.span().end());
        });
    }

    /** A story: {@code {"id", "title", "articles", "events"}}. */
    public static void story(JsonGenerator g, Story s) {
        object(g, () -> storyFields(g, s));
    }

    /** The fields of {@link #story}, without the braces. */
    public static void storyFields(JsonGenerator g, Story s) {
        run(() -> {
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            strings(g, "articles", s.articles());
            strings(g, "events", s.events());
        });
    }

    /** A diagnostic: {@code {"document", "source", "stage", "severity", "message"}}. */
    public static void diagnostic(JsonGenerator g, Diagnostic d) {
        object(g, () -> diagnosticFields(g, d));
    }

    /** The fields of {@link #diagnostic}, without the braces. */
    public static void diagnosticFields(JsonGenerator g, Diagnostic d) {
        run(() -> {
            g.writeStringField("document", d.document());
            g.writeStringField("source", d.source());
            g.writeStringField("stage", d.stage());
            g.writeStringField("severity", d.severity().label());
            g.writeStringField("message", d.message());
        });
    }

    /** A date's contract value ({@code "2026-02-06"}, {@code "2025-12"}…), or null. */
    public static String value(PartialDate date) {
        return date == null ? null : date.value();
    }

    private static void mentions(JsonGenerator g, List<Mention> mentions) throws IOException {
        g.writeArrayFieldStart("mentions");
        for (Mention m : mentions) {
            g.writeStartObject();
            g.writeStringField("article", m.article());
            g.writeNumberField("start", m.span().start());
            g.writeNumberField("end", m.span().end());
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private interface Writing {
        void write() throws IOException;
    }

    private static void object(JsonGenerator g, Runnable fields) {
        run(g::writeStartObject);
        fields.run();
        run(g::writeEndObject);
    }

    private static void run(Writing writing) {
        try {
            writing.write();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
