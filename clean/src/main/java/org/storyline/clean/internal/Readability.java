package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability-style scoring: each paragraph scores its parent and grandparent by length and commas, weighted by
 * the container's class and id; the best container, with siblings that score close to it, is the main text.
 */
final class Readability {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|beitrag|artikel|inhalt");
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo"
                    + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social");

    private Readability() {
    }

    static HtmlMainText.Result extract(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li, div")) {
            if (p.normalName().equals("div") && !hasOwnText(p)) {
                continue;
            }
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score + (scores.containsKey(parent) ? 0 : weight(parent)), Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2 + (scores.containsKey(grand) ? 0 : weight(grand)), Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (top == null || s > best) {
                top = e.getKey();
                best = s;
            }
        }
        if (top == null) {
            return new HtmlMainText.Result(List.of(), "readability");
        }
        List<Block> blocks = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            return new HtmlMainText.Result(HtmlMainText.blocks(top), "readability");
        }
        double threshold = Math.max(10, best * 0.2);
        for (Element sibling : parent.children()) {
            boolean include = sibling == top;
            if (!include) {
                Double s = scores.get(sibling);
                if (s != null && s * (1 - linkDensity(sibling)) >= threshold) {
                    include = true;
                } else if (sibling.normalName().equals("p")) {
                    String text = sibling.text();
                    double density = linkDensity(sibling);
                    include = (text.length() > 80 && density < 0.25)
                            || (text.length() > 0 && density == 0 && text.matches(".*\\.( |$).*"));
                }
            }
            if (include) {
                blocks.addAll(HtmlMainText.blocks(sibling));
            }
        }
        return new HtmlMainText.Result(blocks, "readability");
    }

    private static boolean hasOwnText(Element e) {
        return e.ownText().strip().length() >= 25;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    private static double weight(Element e) {
        double w = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ul", "ol", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (!names.isBlank()) {
            if (NEGATIVE.matcher(names).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(names).find()) {
                w += 25;
            }
        }
        return w;
    }

    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / length);
    }
}
