package org.storyline.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.storyline.clean.Cleaned;
import org.storyline.clean.Cleaner;
import org.storyline.clean.Dispatch;
import org.storyline.ingest.Ingest;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;
import org.storyline.model.Document;
import org.storyline.model.Page;
import org.storyline.model.StableId;
import org.storyline.store.Store;

/**
 * The stages one document goes through, from raw bytes to a document with its dispatches: decode, clean.
 * Stateless and safe to share between threads.
 */
public final class DocumentPipeline {
    private final Cleaner cleaner = new Cleaner();

    /** The document, its articles and the diagnostics the stages raised. */
    public record Result(Document document, List<Article> articles, List<Diagnostic> diagnostics) {
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
        return new Result(document, articles, diagnostics);
    }
}
