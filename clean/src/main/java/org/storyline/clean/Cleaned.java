package org.storyline.clean;

import java.util.List;
import org.storyline.model.PartialDate;

/**
 * What the clean stage reads off one page: page-level metadata and the dispatches in page order.
 *
 * @param method   how the main text was found (for diagnostics and evaluation)
 * @param warnings problems with the page that did not stop the stage
 */
public record Cleaned(String title, PartialDate published, String outlet, String byline, String language,
                      List<Dispatch> dispatches, String method, List<String> warnings) {
    public Cleaned {
        dispatches = List.copyOf(dispatches);
        warnings = List.copyOf(warnings);
    }
}
