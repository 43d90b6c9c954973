package org.storyline.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.storyline.clean.Cleaned;
import org.storyline.clean.Cleaner;
import org.storyline.clean.Dispatch;
import org.storyline.ingest.Ingest;
import org.storyline.language.Annotated;
import org.storyline.language.Language;
import org.storyline.language.Name;
import org.storyline.language.Quantity;
import org.storyline.language.Timex;
import org.storyline.extract.events.EventFinder;
import org.storyline.extract.quotes.QuoteFinder;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Quote;
import org.storyline.model.ArticleAnnotations;
import org.storyline.model.CountMention;
import org.storyline.model.EntityType;
import org.storyline.model.NameMention;
import org.storyline.model.TimeMention;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.Page;
import org.storyline.model.StableId;
import org.storyline.store.Store;

/**
 * The stages one document goes through, from raw bytes to a document with its dispatches and what they say:
 * decode, clean, language. Stateless and safe to share between threads.
 */
public final class DocumentPipeline {
    private final Cleaner cleaner = new Cleaner();
    private final Language language;

    public DocumentPipeline(Language language) {
        this.language = language;
    }

    private final QuoteFinder quotes = QuoteFinder.english();
    private final EventFinder events = EventFinder.english();

    /** The document, its articles, their annotations, what was extracted, and the diagnostics the stages raised. */
    public record Result(Document document, List<Article> articles, List<ArticleAnnotations> annotations,
                         Store.Extraction extraction, List<Diagnostic> diagnostics) {
    }

    public Result process(Store.PendingDocument doc, byte[] raw) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Page.Format format = "html".equals(doc.format()) ? Page.Format.HTML : Page.Format.TEXT;
        Page page = Ingest.decode(doc.id(), doc.source(), doc.url(), raw, doc.contentType(), format, doc.declaredTitle(),
                doc.declaredPublished(), warning -> diagnostics.add(Diagnostic.warning(doc.id(), doc.source(), "decode", warning)));
        Cleaned cleaned = cleaner.clean(page);
        cleaned.warnings().forEach(w -> diagnostics.add(Diagnostic.warning(doc.id(), doc.source(), "clean", w)));
        List<Article> articles = new ArrayList<>();
        for (Dispatch d : cleaned.dispatches()) {
            int index = articles.size();
            articles.add(new Article(StableId.article(doc.id(), index), doc.id(), index, d.title(), d.dateline(), d.date(),
                    d.dateBasis(), cleaned.language(), d.text(), d.segments()));
        }
        Document document = new Document(doc.id(), doc.source(), doc.sha256(), cleaned.title(), cleaned.published(),
                cleaned.outlet(), cleaned.byline(), cleaned.language(), articles.stream().map(Article::id).toList());
        List<ArticleAnnotations> annotations = new ArrayList<>();
        List<Quote> foundQuotes = new ArrayList<>();
        List<Event> foundEvents = new ArrayList<>();
        for (Article a : articles) {
            Annotated an = language.annotate(a.text(), a.date());
            annotations.add(annotations(a, an));
            foundQuotes.addAll(quotes.find(a.id(), a.text(), an));
            foundEvents.addAll(events.find(doc.id(), a.id(), a.text(), an, a.date()));
        }
        return new Result(document, articles, annotations, new Store.Extraction(foundQuotes, foundEvents), diagnostics);
    }

    /** What the language stage read in one dispatch, as model records. */
    private static ArticleAnnotations annotations(Article a, Annotated an) {
        List<NameMention> names = new ArrayList<>();
        for (Name n : an.names()) {
            EntityType type = switch (n.type()) {
                case PERSON -> EntityType.PERSON;
                case ORGANIZATION -> EntityType.ORG;
                case PLACE -> EntityType.PLACE;
                case GROUP -> EntityType.GROUP;
                case MISC -> EntityType.OTHER;
            };
            org.storyline.model.Span span = n.span();
            if (type != EntityType.PLACE && type != EntityType.GROUP && PlaceCues.placeByContext(a.text(), span)) {
                type = EntityType.PLACE;
            }
            if (type == EntityType.PLACE) {
                span = PlaceCues.widened(a.text(), span);
            }
            names.add(new NameMention(a.id(), span, span.of(a.text()), type));
        }
        List<TimeMention> times = new ArrayList<>();
        for (Timex t : an.times()) {
            times.add(new TimeMention(a.id(), t.span(), t.text(), t.type().name(), t.value(), t.relative()));
        }
        List<CountMention> counts = new ArrayList<>();
        for (Quantity q : an.quantities()) {
            counts.add(new CountMention(a.id(), q.span(), q.text(), q.value(), q.qualifier(), q.noun()));
        }
        return new ArticleAnnotations(a.id(), an.sentences().size(), an.tokenCount(), names, times, counts);
    }
}
