package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.DateBasis;
import org.storyline.model.PartialDate;
import org.storyline.model.Segment;
import org.storyline.model.Span;

/**
 * Splits a page's blocks into dispatches at datelines ("(LONDON) —", "(KYIV and LONDON) —", "MOSCOW (Reuters) -",
 * "KYIV, Ukraine —"), and dates each one honestly: a page with one dispatch gives it the page's date; on a page
 * with several, only the dispatch the page's date demonstrably belongs to inherits it (it states that date, or it
 * is the one the headline is about), and the others stay undated.
 */
public final class Dispatches {
    private static final Pattern PARENTHESISED = Pattern.compile(
            "^\\((\\p{Lu}[\\p{Lu}\\p{M} .,'’-]*\\p{Lu}(?:\\s+(?:and|AND|&)\\s+\\p{Lu}[\\p{Lu}\\p{M} .,'’-]*\\p{Lu})*)\\)\\s*[—–-]{1,2}\\s*");
    private static final Pattern CAPITALS = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?:\\s\\p{Lu}[\\p{Lu}\\p{M}'’.-]+){0,3}(?:,\\s\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)"
                    + "\\s*(?:\\((?:AP|Reuters|AFP|dpa|UPI|IANS|PTI|Xinhua|ANI|TASS|\\p{Lu}[\\p{L}]{1,15})\\))?\\s*[—–-]{1,2}\\s+");
    private static final Set<String> NOT_PLACES = Set.of("UPDATE", "BREAKING", "WATCH", "LIVE", "EXCLUSIVE", "ANALYSIS",
            "OPINION", "EDITOR'S NOTE", "NOTE", "PHOTOS", "VIDEO", "CORRECTION", "FILE");

    private Dispatches() {
    }

    /** One dispatch: its dateline, its blocks, and the date that applies to it. */
    public record Draft(String dateline, List<Block> blocks, PartialDate date, DateBasis basis) {
        public String text() {
            StringBuilder out = new StringBuilder();
            for (Block b : blocks) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(b.text());
            }
            return out.toString();
        }

        /** Where each block of {@link #text()} comes from in the page; blocks of unknown origin are left out. */
        public List<Segment> segments() {
            List<Segment> out = new ArrayList<>();
            int at = 0;
            for (Block b : blocks) {
                if (at > 0) {
                    at += 2;
                }
                if (b.rawStart() >= 0) {
                    out.add(new Segment(new Span(at, at + b.text().length()), new Span(b.rawStart(), b.rawEnd())));
                }
                at += b.text().length();
            }
            return out;
        }
    }

    /** The dateline place a block opens with ("LONDON", "KYIV and LONDON"), or null. */
    static String dateline(String text) {
        Matcher m = PARENTHESISED.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        m = CAPITALS.matcher(text);
        if (m.find()) {
            String place = m.group(1).strip();
            String head = place.split(",")[0];
            if (head.length() >= 3 && !NOT_PLACES.contains(head)) {
                return place;
            }
        }
        return null;
    }

    /**
     * Splits blocks into dispatches and dates them.
     *
     * @param title     the page's headline, or null
     * @param published the page's own date, or null
     */
    public static List<Draft> split(List<Block> blocks, String title, PartialDate pagePublished) {
        // A dispatch's date is a day: the page's time of publication is not the time of each dispatch.
        PartialDate published = pagePublished == null || pagePublished.day().isEmpty() ? pagePublished
                : PartialDate.of(pagePublished.day().get());
        List<Integer> starts = new ArrayList<>();
        List<String> datelines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String d = dateline(blocks.get(i).text());
            if (d != null) {
                starts.add(i);
                datelines.add(d);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        if (starts.isEmpty() || (starts.size() == 1 && starts.getFirst() <= 1)) {
            String dateline = starts.isEmpty() ? null : datelines.getFirst();
            drafts.add(new Draft(dateline, blocks, published, published == null ? DateBasis.UNKNOWN : DateBasis.DOCUMENT));
            return drafts;
        }
        List<List<Block>> parts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        if (starts.getFirst() > 0) {
            parts.add(new ArrayList<>(blocks.subList(0, starts.getFirst())));
            lines.add(null);
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : blocks.size();
            parts.add(new ArrayList<>(blocks.subList(from, to)));
            lines.add(datelines.get(k));
        }
        int headlined = headlined(parts, title);
        for (int k = 0; k < parts.size(); k++) {
            List<Block> part = parts.get(k);
            boolean applies = published != null && (k == headlined || statesDate(part, published));
            drafts.add(new Draft(lines.get(k), part, applies ? published : null, applies ? DateBasis.DOCUMENT : DateBasis.UNKNOWN));
        }
        return drafts;
    }

    /** Whether a dispatch states the given day as a date ("on Feb. 6, 2026"). */
    private static boolean statesDate(List<Block> part, PartialDate date) {
        if (date.day().isEmpty()) {
            return false;
        }
        var day = date.day().get();
        for (Block b : part) {
            for (DateText.Hit hit : DateText.findAll(b.text(), 0, b.text().length(), true, false, 20)) {
                DateText.When w = hit.when();
                if (w.year() == day.getYear() && w.month() == day.getMonthValue() && w.day() == day.getDayOfMonth()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The dispatch the headline is about: the one whose opening shares the most content words with it, if that is
     * at least a third of the headline's words and clearly more than any other dispatch; else -1.
     */
    private static int headlined(List<List<Block>> parts, String title) {
        if (title == null) {
            return -1;
        }
        Set<String> words = contentWords(title);
        if (words.size() < 2) {
            return -1;
        }
        int best = -1;
        int bestScore = 0;
        int second = 0;
        for (int k = 0; k < parts.size(); k++) {
            StringBuilder opening = new StringBuilder();
            for (Block b : parts.get(k)) {
                opening.append(b.text()).append(' ');
                if (opening.length() > 600) {
                    break;
                }
            }
            Set<String> seen = contentWords(opening.toString());
            int score = 0;
            for (String w : words) {
                if (seen.contains(w)) {
                    score++;
                }
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = k;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore * 3 >= words.size() && bestScore > second ? best : -1;
    }

    /** Lower-cased words of four letters or more, cut to their first six letters (a crude stem). */
    private static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }
}
