package org.storyline.clean.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, outlet, byline and language of an HTML page, from its markup: JSON-LD, Open Graph and other meta tags,
 * headings, the {@code <title>} and its site-name suffix, bylines, and the {@code lang} attribute.
 */
public final class HtmlMetadata {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•»:-]\\s+|\\s+-\\s+");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|par|por|di|door|av|af)\\s+");

    private HtmlMetadata() {
    }

    /** The metadata read off a page; any part may be null. */
    public record Found(String title, String outlet, String byline, String language) {
    }

    /** Reads the metadata; call before the page is pruned. */
    public static Found read(Document doc, String url) {
        List<Map<?, ?>> ld = jsonLd(doc);
        String siteName = first(meta(doc, "og:site_name"), ldName(ld, "publisher"), meta(doc, "application-name"),
                meta(doc, "al:android:app_name"));
        String title = first(ldString(ld, "headline"), withoutSite(meta(doc, "og:title"), siteName),
                withoutSite(meta(doc, "twitter:title"), siteName), h1(doc), withoutSite(doc.title(), siteName));
        String outlet = siteName != null ? siteName : titleSuffix(doc.title(), title);
        if (outlet == null) {
            outlet = host(url != null ? url : meta(doc, "og:url"));
        }
        String byline = first(ldName(ld, "author"), meta(doc, "author"), meta(doc, "article:author"),
                text(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author-name")));
        if (byline != null) {
            byline = BY.matcher(byline).replaceFirst("").strip();
            if (byline.length() > 120 || byline.startsWith("http")) {
                byline = null;
            }
        }
        String language = language(first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(doc, "content-language"), httpEquiv(doc, "content-language"), meta(doc, "og:locale")));
        return new Found(clean(title), clean(outlet), clean(byline), language);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        Element m = doc.selectFirst("meta[http-equiv=" + key + "]");
        return m == null ? null : m.attr("content");
    }

    private static List<Map<?, ?>> jsonLd(Document doc) {
        List<Map<?, ?>> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            collect(LenientJson.parse(script.data()), out, 0);
        }
        return out;
    }

    private static void collect(Object value, List<Map<?, ?>> out, int depth) {
        if (depth > 4 || value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            Object type = map.get("@type");
            String t = String.valueOf(type).toLowerCase(Locale.ROOT);
            if (t.contains("article") || t.contains("posting") || t.contains("report") || t.contains("blog")) {
                out.add(map);
            }
            Object graph = map.get("@graph");
            if (graph != null) {
                collect(graph, out, depth + 1);
            }
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                collect(o, out, depth + 1);
            }
        }
    }

    private static String ldString(List<Map<?, ?>> ld, String key) {
        for (Map<?, ?> m : ld) {
            if (m.get(key) instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /** The name of a JSON-LD person or organisation field (or of the first of a list). */
    private static String ldName(List<Map<?, ?>> ld, String key) {
        for (Map<?, ?> m : ld) {
            Object v = m.get(key);
            if (v instanceof List<?> list && !list.isEmpty()) {
                List<String> names = new ArrayList<>();
                for (Object o : list) {
                    String n = nameOf(o);
                    if (n != null) {
                        names.add(n);
                    }
                }
                if (!names.isEmpty()) {
                    return String.join(", ", names);
                }
            }
            String n = nameOf(v);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private static String nameOf(Object v) {
        if (v instanceof Map<?, ?> map && map.get("name") instanceof String s && !s.isBlank()) {
            return s;
        }
        return v instanceof String s && !s.isBlank() && !s.startsWith("http") ? s : null;
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("article h1, main h1, h1");
        return h == null ? null : text(h);
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.hasAttr("content") ? e.attr("content") : e.text();
        return t.isBlank() ? null : t.strip();
    }

    /** The title without a " | Site" or "Site - " part naming the site. */
    private static String withoutSite(String title, String site) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1].strip();
        String firstPart = parts[0].strip();
        if (site != null && last.equalsIgnoreCase(site.strip())) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll(TITLE_SEPARATOR.pattern() + "$", "").strip();
        }
        if (site != null && firstPart.equalsIgnoreCase(site.strip())) {
            return title.substring(title.indexOf(firstPart) + firstPart.length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
        }
        // Without a known site name, a short last part after a separator is taken for one.
        if (last.length() <= 30 && last.split("\\s+").length <= 4 && firstPart.length() > last.length()) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("(" + TITLE_SEPARATOR.pattern() + ")$", "").strip();
        }
        return title.strip();
    }

    /** The site name left over once the headline is cut from the {@code <title>}. */
    private static String titleSuffix(String pageTitle, String headline) {
        if (pageTitle == null || headline == null || !pageTitle.startsWith(headline) || pageTitle.equals(headline)) {
            return null;
        }
        String rest = pageTitle.substring(headline.length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
        return rest.isEmpty() || rest.length() > 40 ? null : rest;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = v.split("-")[0];
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }
}
