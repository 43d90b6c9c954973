package org.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.storyline.clean.internal.Block;
import org.storyline.clean.internal.Dispatches;
import org.storyline.clean.internal.HtmlMainText;
import org.storyline.clean.internal.HtmlMetadata;
import org.storyline.clean.internal.PublicationDates;
import org.storyline.clean.internal.StopWords;
import org.storyline.clean.internal.TextScrape;
import org.storyline.model.Page;
import org.storyline.model.PartialDate;

/**
 * The clean stage: a decoded page in, its clean text, metadata and dispatches out. Stateless and safe to share
 * between threads.
 *
 * <p>Pages over {@link #MAX_CHARS} characters are cut to that length, with a warning: such pages are almost always
 * dumps rather than articles, and the raw bytes stay in the store.
 */
public final class Cleaner {
    public static final int MAX_CHARS = 8 << 20;

    public Cleaned clean(Page page) {
        List<String> warnings = new ArrayList<>();
        String input = page.text();
        if (input.length() > MAX_CHARS) {
            warnings.add(String.format("page text is %,d characters; only the first %,d were cleaned (raw bytes kept)",
                    input.length(), MAX_CHARS));
            input = input.substring(0, MAX_CHARS);
        }
        String title;
        PartialDate published;
        String outlet;
        String byline = null;
        String language;
        List<Block> blocks;
        String method;
        if (page.format() == Page.Format.HTML) {
            Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(input, page.url() == null ? "" : page.url());
            HtmlMetadata.Found meta = HtmlMetadata.read(doc, page.url());
            title = meta.title();
            published = PublicationDates.inHtml(doc, page.url()).map(PublicationDates.Found::date).orElse(null);
            outlet = meta.outlet();
            byline = meta.byline();
            language = meta.language();
            HtmlMainText.Result main = HtmlMainText.extract(doc);
            blocks = main.blocks();
            method = main.method();
        } else {
            TextScrape.Result scrape = TextScrape.read(input);
            title = scrape.title();
            published = scrape.published();
            outlet = scrape.outlet();
            language = null;
            blocks = scrape.blocks();
            method = "text";
        }
        if (page.declaredTitle() != null && !page.declaredTitle().isBlank()) {
            title = page.declaredTitle().strip();
        }
        if (page.declaredPublished() != null) {
            published = page.declaredPublished();
        }
        List<Dispatch> dispatches = new ArrayList<>();
        for (Dispatches.Draft d : Dispatches.split(blocks, title, published)) {
            dispatches.add(new Dispatch(dispatches.isEmpty() ? title : null, d.dateline(), d.date(), d.basis(), d.text(), d.segments()));
        }
        if (dispatches.stream().allMatch(d -> d.text().isBlank())) {
            warnings.add("no main text found on the page");
        }
        if (language == null) {
            StringBuilder all = new StringBuilder();
            dispatches.forEach(d -> all.append(d.text()).append(' '));
            language = StopWords.language(all);
        }
        return new Cleaned(title, published, outlet, byline, language, dispatches, method, warnings);
    }
}
