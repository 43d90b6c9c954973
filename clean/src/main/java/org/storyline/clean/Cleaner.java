package org.storyline.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.storyline.clean.internal.HtmlMainText;
import org.storyline.model.DateBasis;
import org.storyline.model.Page;
import org.storyline.model.PartialDate;

/**
 * The clean stage: a decoded page in, its clean text, metadata and dispatches out.
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
        String title = page.declaredTitle();
        String text;
        String method = "text";
        if (page.format() == Page.Format.HTML) {
            Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(input, page.url() == null ? "" : page.url());
            if (title == null && !doc.title().isBlank()) {
                title = doc.title();
            }
            HtmlMainText.Result main = HtmlMainText.extract(doc);
            text = main.text();
            method = main.method();
        } else {
            text = normalize(input);
        }
        PartialDate published = page.declaredPublished();
        Dispatch only = new Dispatch(title, null, published, published == null ? DateBasis.UNKNOWN : DateBasis.DOCUMENT, text);
        if (text.isBlank()) {
            warnings.add("no text found on the page");
        }
        return new Cleaned(blankToNull(title), published, null, null, null, List.of(only), method, warnings);
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
