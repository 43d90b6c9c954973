package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.PartialDate;

/**
 * Cleans a plain-text scrape of a page, line by line. The header (lines before the first prose: title, date line,
 * counters) gives metadata; the body runs from the first prose line; runs of short lines inside it (ads, calls to
 * action) are dropped; a run with counters ("Like 0") after the prose ends the article, and what follows (author
 * bios, comments) is dropped; signature lines ("Outlet.com", "Outlet’s … contributed to this report") name the
 * outlet.
 */
public final class TextScrape {
    private static final Pattern COUNTER = Pattern.compile(
            "(?:[\\p{L}'’]+(?:\\s[\\p{L}'’]+){0,3}\\s+)?\\d[\\d.,]*[KkMm]?(?:\\s+\\d[\\d.,]*[KkMm]?)*");
    private static final Pattern DOMAIN = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*(?:\\.[\\p{L}]{2,}){1,2}");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}.&-]*\\s?){1,4})[’']s?\\s.{3,200}?\\scontributed\\sto\\s(?:this|the)\\s(?:report|story|article)");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?,?\\s*((?:\\p{Lu}[\\p{L}.&-]*\\s?){1,4})");
    private static final Pattern TIME = Pattern.compile("^\\s*(?:[-–—,]|at|um)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?");
    private static final Pattern DATE_WORD = Pattern.compile("(?i)^(?:date|published|posted|updated|last updated)\\s*:?\\s*");

    private TextScrape() {
    }

    /** What a scrape holds: its title, publication date, outlet, and the body lines as blocks. */
    public record Result(String title, PartialDate published, String outlet, List<Block> blocks) {
    }

    /** A non-empty line with its position in the page. */
    private record Line(String text, int start, int end) {
        boolean prose() {
            return Prose.isProse(text, 0);
        }

        boolean counter() {
            return COUNTER.matcher(text).matches() || (Prose.letterShare(text) < 0.5 && Prose.weightedLength(text) < 40);
        }
    }

    public static Result read(String page) {
        List<Line> lines = lines(page);
        int first = 0;
        while (first < lines.size() && !lines.get(first).prose()) {
            first++;
        }
        if (first == lines.size()) {
            // No prose at all: keep every line rather than nothing.
            return new Result(null, null, null, lines.stream().map(TextScrape::block).toList());
        }
        String title = null;
        PartialDate published = null;
        for (Line line : lines.subList(0, first)) {
            String text = line.text();
            List<DateText.Hit> dates = DateText.findAll(text, 0, text.length(), true, false, 2);
            Matcher word = DATE_WORD.matcher(text);
            int dateAt = word.lookingAt() ? word.end() : 0;
            if (!dates.isEmpty() && dates.getFirst().start() <= dateAt + 1 && published == null) {
                published = PublicationDates.inText(text).map(PublicationDates.Found::date).orElse(null);
                String rest = text.substring(afterTime(text, dates.getFirst().end())).strip();
                if (title == null && titleLike(rest)) {
                    title = rest;
                }
            } else if (title == null && titleLike(text)) {
                title = text;
            }
        }
        String outlet = null;
        List<Block> blocks = new ArrayList<>();
        int proseSoFar = 0;
        int i = first;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.prose()) {
                blocks.add(block(line));
                proseSoFar++;
                outlet = outlet != null ? outlet : contributor(line.text());
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && !lines.get(j).prose()) {
                j++;
            }
            List<Line> run = lines.subList(i, j);
            long counters = run.stream().filter(Line::counter).count();
            boolean ending = j == lines.size() || (counters >= 2 && proseSoFar > 0);
            if (ending) {
                for (Line l : run) {
                    outlet = outlet != null ? outlet : signature(l.text());
                }
                if (j < lines.size()) {
                    for (Line l : lines.subList(j, lines.size())) {
                        outlet = outlet != null ? outlet : signature(l.text());
                    }
                }
                break;
            }
            if (run.size() < 3) {
                for (Line l : run) {
                    if (heading(l.text())) {
                        blocks.add(block(l));
                    }
                }
            }
            i = j;
        }
        return new Result(title, published, outlet, blocks);
    }

    private static List<Line> lines(String page) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = page.length();
        while (start <= n) {
            int end = page.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int a = start;
            int b = end;
            while (a < b && isBlank(page.charAt(a))) {
                a++;
            }
            while (b > a && isBlank(page.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                lines.add(new Line(collapse(page.substring(a, b)), a, b));
            }
            start = end + 1;
        }
        return lines;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (isBlank(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Block block(Line line) {
        return new Block(Block.Kind.PARAGRAPH, line.text(), line.start(), line.end());
    }

    /** Past a time that follows a date ("Feb 6, 2026 - 10:28"). */
    private static int afterTime(String text, int end) {
        Matcher m = TIME.matcher(text.substring(end));
        return m.find() ? end + m.end() : end;
    }

    /** A headline: several words, mostly letters, not a sentence run-on. */
    private static boolean titleLike(String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return words >= 3 && text.length() <= 300 && Prose.letterShare(text) >= 0.75 && !COUNTER.matcher(text).matches();
    }

    /** A short line worth keeping between paragraphs: a question or lead-in heading, or a short full sentence. */
    private static boolean heading(String text) {
        if (Prose.letterShare(text) < 0.7 || COUNTER.matcher(text).matches()) {
            return false;
        }
        int words = text.split("\\s+").length;
        char last = text.charAt(text.length() - 1);
        return (last == '?' || last == ':') && words >= 2 || (words >= 4 && (last == '.' || last == '!' || last == '”' || last == '"'));
    }

    /** The outlet of a "Outlet’s Jane Doe contributed to this report" line, or null. */
    static String contributor(String text) {
        Matcher m = CONTRIBUTED.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /** The outlet a signature line names ("News.Az", "© 2026 Outlet"), or null. */
    static String signature(String text) {
        String t = text.strip();
        if (DOMAIN.matcher(t).matches()) {
            return t;
        }
        Matcher c = COPYRIGHT.matcher(t);
        if (c.find()) {
            return c.group(1).strip();
        }
        return contributor(t);
    }
}
