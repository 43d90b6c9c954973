package org.storyline.engine;

import java.util.ArrayList;
import java.util.List;
import org.storyline.clean.Cleaned;
import org.storyline.clean.Cleaner;
import org.storyline.ingest.Format;
import org.storyline.ingest.Ingest;
import org.storyline.model.Page;

/**
 * The clean stage alone on one page's raw bytes: sniff, decode, clean. No store and no language models, so it is
 * fast enough for {@code storyline extract} and the web evaluation. Safe to share between threads.
 */
public final class PageExtractor {
    private static final String NO_DOCUMENT = "d0000000000000000";
    private final Cleaner cleaner = new Cleaner();

    /** The cleaned page, the charset it was read in, and warnings about its bytes. */
    public record Extraction(Cleaned cleaned, String charset, List<String> warnings) {
    }

    /**
     * Extracts one page.
     *
     * @param contentType a declared Content-Type, or null
     * @throws IllegalArgumentException when the bytes are not a page (empty, binary, an archive)
     */
    public Extraction extract(String source, String url, byte[] bytes, String contentType) {
        Format format = Ingest.sniff(bytes);
        if (!format.isPage()) {
            throw new IllegalArgumentException(source + ": not a single page but " + format.label() + " content");
        }
        List<String> warnings = new ArrayList<>();
        Page page = Ingest.decode(NO_DOCUMENT, source, url, bytes, contentType,
                format == Format.HTML ? Page.Format.HTML : Page.Format.TEXT, null, null, warnings::add);
        Cleaned cleaned = cleaner.clean(page);
        warnings.addAll(cleaned.warnings());
        return new Extraction(cleaned, page.charset(), warnings);
    }
}
