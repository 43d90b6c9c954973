package org.storyline.clean.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.storyline.clean.internal.DateText.Hit;
import org.storyline.clean.internal.DateText.When;
import org.storyline.model.PartialDate;

/**
 * The publication date of a web page, in the manner of htmldate, from the most reliable source to the least: a day
 * in the URL, JSON-LD ({@code datePublished}, then {@code dateCreated}; the article's object first), meta tags naming
 * the publication, {@code <time>} elements (marked published, else nearest the headline), {@code itemprop} and
 * microformat dates, elements whose class names a date or byline (nearest the headline), a search of the visible text
 * around the headline, generic meta dates ({@code date}, {@code dc.date}), dates in script data, footers and
 * sidebars, a month in the URL, and last the modification date. Comments, navigation, sidebars, related links and
 * dates announced as updates are left out of the searches.
 *
 * <p>Dates are kept as precise as their source states them, with times local to the page: never converted between
 * time zones ({@code 2026-02-06T10:28:00+03:00} gives {@code 2026-02-06T10:28}). A structured UTC stamp gives way to
 * the page's local day shown a day off, and a structured date to a shown date that another structured date (the
 * modification date) confirms. Dates before 1995 or after tomorrow are not plausible publication dates.
 */
public final class PublicationDates {
    private PublicationDates() {
    }

    /** The publication date of a page, as precise as it is stated, and where it was found. */
    public record Found(PartialDate date, String basis) {
    }

    /** A candidate from one source. */
    record Cand(When when, String basis) {
        Found found() {
            return new Found(when.toPartialDate(), basis);
        }
    }

    /** The publication date of an HTML page; {@code url} may be null (the canonical URL is used then). */
    public static Optional<Found> inHtml(Document doc, String url) {
        return inHtml(doc, url, LocalDate.now(ZoneOffset.UTC));
    }

    static Optional<Found> inHtml(Document doc, String url, LocalDate today) {
        if (doc == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(decide(new Page(doc, url, today))).map(Cand::found);
    }

    static final int SOURCES = 13;
    static final int URL = 0;
    static final int JSON_LD = 1;
    static final int META = 2;
    static final int TIME = 3;
    static final int ITEMPROP = 4;
    static final int ELEMENTS = 5;
    static final int TEXT = 6;
    static final int META_GENERIC = 7;
    static final int SCRIPT = 8;
    static final int FOOTER = 9;
    static final int URL_MONTH = 10;
    static final int MODIFIED = 11;
    static final int LATE = 12;

    /** One source's candidate, computed once per page. */
    static Cand source(Page page, int source) {
        if (!page.computed[source]) {
            page.computed[source] = true;
            page.cands[source] = switch (source) {
                case URL -> urlDate(page, false);
                case JSON_LD -> jsonLd(page, false);
                case META -> meta(page, META_PUBLISHED);
                case META_GENERIC -> meta(page, META_WEAK);
                case SCRIPT -> scripts(page);
                case FOOTER -> footer(page);
                case TIME -> timeElements(page);
                case ITEMPROP -> itemprops(page);
                case ELEMENTS -> dateElements(page);
                case TEXT -> text(page);
                case URL_MONTH -> urlDate(page, true);
                case MODIFIED -> modified(page);
                case LATE -> meta(page, META_LATE);
                default -> null;
            };
        }
        return page.cands[source];
    }

    /**
     * The first source, in order of reliability, to state a day (or the first coarser date when none does), with two
     * corrections of structured data by what the page shows: a UTC time stamp whose day differs by one from a date
     * shown on the page (the page's local day), and a publication date contradicted by a shown date that is the
     * page's stated modification date (the page presents itself as of that day).
     */
    static Cand decide(Page page) {
        Cand reserve = null;
        Cand primary = null;
        for (int source = 0; source < SOURCES; source++) {
            Cand c = source(page, source);
            if (c == null) {
                continue;
            }
            if (c.when().hasDay()) {
                if (reserve == null || c.when().consistentWith(reserve.when())) {
                    primary = c;
                    break;
                }
            } else if (reserve == null) {
                reserve = c;
            }
        }
        if (primary == null) {
            return reserve;
        }
        if (primary.basis().startsWith("json-ld") || primary.basis().startsWith("meta")) {
            When p = primary.when();
            if (p.utc()) {
                for (int source : new int[] {META, TIME, ITEMPROP, ELEMENTS}) {
                    Cand c = source(page, source);
                    // a metadata day without a time is as often the day the text was written
                    if (c != null && (source != META || c.when().hour() >= 0) && localDayOf(p, c.when())) {
                        return c;
                    }
                }
            }
            // Another structured date (the meta tags' when JSON-LD came first, or the modification date) that the
            // page shows: the page presents itself as of that day.
            List<Cand> others = new ArrayList<>(2);
            if (primary.basis().startsWith("json-ld")) {
                others.add(source(page, META));
            }
            others.add(source(page, MODIFIED));
            others.removeIf(o -> o == null || !o.when().hasDay() || o.when().sameDay(p));
            if (!others.isEmpty()) {
                for (int source : new int[] {TIME, ITEMPROP, ELEMENTS, TEXT}) {
                    Cand c = source(page, source);
                    if (c != null && c.when().hasDay()) {
                        for (Cand o : others) {
                            if (c.when().sameDay(o.when())) {
                                return c;
                            }
                        }
                        break;
                    }
                }
            }
        }
        return primary;
    }

    /**
     * Whether {@code local}, a day before or after the UTC stamp {@code utc}, can be the same moment in a time zone:
     * the times differ by a whole quarter hour between -12 and +14 hours, or, without a time, the stamp is in the
     * half of the day that such a zone moves over midnight.
     */
    static boolean localDayOf(When utc, When local) {
        if (!local.hasDay() || local.utc() || utc.hour() < 0) {
            return false;
        }
        long days = utc.daysTo(local);
        if (Math.abs(days) != 1) {
            return false;
        }
        if (local.hour() >= 0) {
            long minutes = days * 1440 + (local.hour() * 60L + local.minute()) - (utc.hour() * 60L + utc.minute());
            return minutes % 15 == 0 && minutes >= -12 * 60 && minutes <= 14 * 60;
        }
        return days < 0 ? utc.hour() < 12 : utc.hour() >= 10;
    }

    // ---------------------------------------------------------------- the page

    /** A document with what the sources share: the URL, the date order of its language, the headline. */
    static final class Page {
        final Document doc;
        final String url;
        final LocalDate today;
        final boolean usOrder;
        private Element headline;
        private boolean headlineDone;
        private Set<Element> protectedElements;
        final Cand[] cands = new Cand[SOURCES];
        final boolean[] computed = new boolean[SOURCES];

        Page(Document doc, String url, LocalDate today) {
            this.doc = doc;
            this.url = url;
            this.today = today;
            String lang = "";
            Element html = doc.selectFirst("html");
            if (html != null) {
                lang = html.attr("lang").toLowerCase(Locale.ROOT);
            }
            if (lang.isEmpty()) {
                Element m = doc.selectFirst("meta[http-equiv=content-language], meta[property=og:locale]");
                if (m != null) {
                    lang = m.attr("content").toLowerCase(Locale.ROOT).replace('_', '-');
                }
            }
            this.usOrder = lang.isEmpty() || lang.equals("en") || lang.equals("en-us") || lang.startsWith("en-us");
        }

        boolean ok(When w) {
            return w != null && w.plausible(today);
        }

        /** The page's headline (see {@link PublicationDates#findHeadline}). */
        Element headline() {
            if (!headlineDone) {
                headlineDone = true;
                headline = findHeadline(doc);
            }
            return headline;
        }

        /** Elements that hold the headline or the article: never excluded, whatever their class says. */
        Set<Element> protectedElements() {
            if (protectedElements == null) {
                protectedElements = new HashSet<>();
                Element h = headline();
                if (h != null) {
                    protectedElements.addAll(h.parents());
                }
                Element body = doc.body();
                if (body != null) {
                    Element article = body.selectFirst("article, [itemprop=articleBody], main");
                    if (article != null) {
                        protectedElements.add(article);
                        protectedElements.addAll(article.parents());
                    }
                }
            }
            return protectedElements;
        }

        /** Whether {@code e} or one of its ancestors is a comment, footer, sidebar, "updated" stamp and so on. */
        boolean excluded(Element e) {
            return excluded(e, true);
        }

        /** As {@link #excluded(Element)}, with page footers and asides only when {@code footers}. */
        boolean excluded(Element e, boolean footers) {
            Set<Element> keep = protectedElements();
            for (Element x = e; x != null && !x.nameIs("body") && !x.nameIs("html"); x = x.parent()) {
                if (!keep.contains(x) && excludedItself(x, footers)) {
                    return true;
                }
            }
            return false;
        }

        private Visible visible;
        final Map<Element, Integer> offsets = new java.util.IdentityHashMap<>();

        Visible visible() {
            if (visible == null) {
                visible = PublicationDates.visible(this);
            }
            return visible;
        }

        /**
         * How far {@code e} is from the headline in the visible text (three times as far when before it), or
         * {@link Double#MAX_VALUE} when it is not in the visible text searched.
         */
        double distance(Element e) {
            Visible v = visible();
            Integer at = offsets.get(e);
            if (at == null) {
                return Double.MAX_VALUE;
            }
            return v.distance(at);
        }

        private final Map<String, Exclusion> exclusions = new HashMap<>();

        /** Whether {@code x} itself is a comment, sidebar, page footer and so on (verdicts by name kept per page). */
        boolean excludedItself(Element x) {
            return excludedItself(x, true);
        }

        boolean excludedItself(Element x, boolean footers) {
            String tag = x.normalName();
            String cls = x.className();
            String id = x.id();
            Exclusion verdict;
            if (cls.isEmpty() && id.isEmpty()) {
                verdict = exclusion(tag, cls, id);
            } else {
                String key = tag + '\u0000' + cls + '\u0000' + id;
                verdict = exclusions.computeIfAbsent(key, k -> exclusion(tag, cls, id));
            }
            return switch (verdict) {
                case NONE -> false;
                case ALWAYS -> true;
                case OUTSIDE_ARTICLE -> footers && x.closest("article") == null;
            };
        }
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The heading that names the page: of the h1, h2 and h3 whose words are part of the page's title (og:title or
     * {@code <title>}) or contain it, the one that covers most of it (an h1 before others, then the first); else
     * the first h1 with text.
     */
    static Element findHeadline(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Element og = doc.selectFirst("meta[property=og:title][content]");
        String title = norm(og != null ? og.attr("content") : doc.title());
        String docTitle = norm(doc.title());
        Element firstH1 = null;
        Element best = null;
        int bestScore = 0;
        int seen = 0;
        for (Element h : body.select("h1, h2, h3")) {
            if (++seen > 300) {
                break;
            }
            String text = norm(bounded(h, 300));
            if (text.isEmpty()) {
                continue;
            }
            boolean h1 = h.nameIs("h1");
            if (h1 && firstH1 == null) {
                firstH1 = h;
            }
            if (text.length() < 8) {
                continue;
            }
            int covered = title.contains(text) || docTitle.contains(text) ? text.length()
                    : title.length() >= 8 && text.contains(title) ? title.length() : 0;
            int score = covered * 2 + (h1 ? 1 : 0);
            if (covered > 0 && score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        return best != null ? best : firstH1;
    }

    private static String norm(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether an element is left out of the search for dates. */
    enum Exclusion { NONE, ALWAYS, OUTSIDE_ARTICLE }

    private static final Pattern EXCLUDED_CLASS = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|commentlist|kommentare?|copyright|widget|widgets|related|recommended"
                    + "|newsletter|cookies?|breadcrumbs?|share|sharing|social|nav[a-z]*|menu|promo|updated|modified"
                    + "|update|lastmod|last-modified|disqus|respond|reply|replies|popular|trending|meistgelesen|weather"
                    + "|calendar|kalender|archive|archives)(?:$|[\\s_-])");
    /** The page's own footer and sidebar (not an article's, which often state the date). */
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "(?:^|\\s)(?:footer|site-footer|page-footer|global-footer|main-footer|footer-wrapper|footer-container"
                    + "|site-info|colophon)(?:$|\\s)|(?:^|[\\s_-])sidebar(?:$|[\\s_-])");
    private static final Set<String> EXCLUDED_TAGS = Set.of("nav", "blockquote", "script", "style", "noscript",
            "template", "svg", "iframe", "button", "select", "option", "textarea", "head");

    /**
     * Navigation, scripts, comments, sidebars, related links, "updated" stamps are always left out; the page's footer
     * and asides only outside an article (an article's own footer often states its date).
     */
    static Exclusion exclusion(String tag, String cls, String id) {
        if (EXCLUDED_TAGS.contains(tag)) {
            return Exclusion.ALWAYS;
        }
        if (!cls.isEmpty() || !id.isEmpty()) {
            String lc = cls.toLowerCase(Locale.ROOT);
            String lid = id.toLowerCase(Locale.ROOT);
            if (EXCLUDED_CLASS.matcher(lc).find() || EXCLUDED_CLASS.matcher(lid).find()) {
                return Exclusion.ALWAYS;
            }
            if (PAGE_FOOTER.matcher(lc).find() || PAGE_FOOTER.matcher(lid).find()) {
                return Exclusion.OUTSIDE_ARTICLE;
            }
        }
        return tag.equals("footer") || tag.equals("aside") ? Exclusion.OUTSIDE_ARTICLE : Exclusion.NONE;
    }

    // ---------------------------------------------------------------- JSON-LD

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|posting|blogpost|report|newsarticle|review|recipe|creativework|episode|video|podcast).*");
    private static final Pattern PAGE_TYPE = Pattern.compile("(?i).*(webpage|itempage|page).*");
    private static final Pattern JSON_DATE = Pattern.compile(
            "\"(datePublished|dateCreated|dateModified)\"\\s*:\\s*\"([^\"]{4,40})\"");

    /** The article's {@code datePublished} (then {@code dateCreated}) in JSON-LD, or {@code dateModified}. */
    static Cand jsonLd(Page page, boolean modified) {
        String[] keys = modified ? new String[] {"dateModified"} : new String[] {"datePublished", "dateCreated"};
        List<Object> roots = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        for (Element script : page.doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data();
            Object v = LenientJson.parse(data);
            if (v != null) {
                roots.add(v);
            } else {
                raws.add(data);
            }
        }
        for (String key : keys) {
            Best best = new Best();
            for (Object root : roots) {
                walk(root, key, 0, false, best, page);
            }
            if (best.when != null) {
                return new Cand(best.when, "json-ld" + (key.equals("datePublished") ? "" : ":" + key));
            }
            for (String raw : raws) {
                Matcher m = JSON_DATE.matcher(raw);
                while (m.find()) {
                    if (m.group(1).equals(key)) {
                        When w = DateText.parseValue(m.group(2), page.usOrder);
                        if (page.ok(w)) {
                            return new Cand(w, "json-ld" + (key.equals("datePublished") ? "" : ":" + key));
                        }
                    }
                }
            }
        }
        return null;
    }

    private static final class Best {
        When when;
        int rank = Integer.MAX_VALUE;
    }

    private static void walk(Object node, String key, int depth, boolean nested, Best best, Page page) {
        if (depth > 12) {
            return;
        }
        if (node instanceof List<?> list) {
            for (Object o : list) {
                walk(o, key, depth + 1, nested, best, page);
            }
        } else if (node instanceof Map<?, ?> map) {
            Object v = map.get(key);
            When w = null;
            if (v instanceof String s) {
                w = DateText.parseValue(s, page.usOrder);
            } else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s) {
                w = DateText.parseValue(s, page.usOrder);
            } else if (v instanceof Map<?, ?> m && m.get("@value") instanceof String s) {
                w = DateText.parseValue(s, page.usOrder);
            }
            if (page.ok(w)) {
                String type = String.valueOf(map.get("@type"));
                int rank = ARTICLE_TYPE.matcher(type).matches() ? 0 : PAGE_TYPE.matcher(type).matches() ? 1 : 2;
                if (nested) {
                    rank += 3;
                }
                boolean moreExact = w.hasDay() && (best.when == null || !best.when.hasDay());
                if (rank < best.rank || (rank == best.rank && moreExact)) {
                    best.rank = rank;
                    best.when = w;
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object k = e.getKey();
                Object child = e.getValue();
                if (child instanceof Map || child instanceof List) {
                    boolean graph = "@graph".equals(k) || "mainEntity".equals(k) || "mainEntityOfPage".equals(k);
                    walk(child, key, depth + 1, nested || !graph, best, page);
                }
            }
        }
    }

    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "[\"'](?:datePublished|published_?[aA]t|publishedDate|publishDate|publish_date|pubDate|firstPublished\\w*"
                    + "|createdAt|created_at|dateCreated)[\"']\\s*:\\s*[\"'](\\d{4}-\\d\\d-\\d\\d[^\"']{0,30})[\"']");
    private static final int SCRIPT_CHARS = 300_000;

    /** A publication date in the data of other scripts ({@code "published_at":"2019-03-02T06:22:28+01:00"}). */
    static Cand scripts(Page page) {
        int budget = SCRIPT_CHARS;
        for (Element script : page.doc.getElementsByTag("script")) {
            if (budget <= 0) {
                break;
            }
            if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String data = script.data();
            if (data.length() > budget) {
                data = data.substring(0, budget);
            }
            budget -= data.length();
            Matcher m = SCRIPT_DATE.matcher(data);
            while (m.find()) {
                When w = DateText.parseValue(m.group(1), page.usOrder);
                if (page.ok(w) && w.hasDay()) {
                    return new Cand(w, "script");
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- meta tags

    private static final Set<String> META_PUBLISHED = Set.of(
            "article:published_time", "og:article:published_time", "og:published_time", "og:pubdate",
            "article:published", "article.published", "article:publicationdate", "article.created",
            "article_date_original", "datepublished", "datecreated", "dateposted", "date_published", "pubdate",
            "pub_date", "publishdate", "publish_date", "publish-date", "published_time", "published-date",
            "published_date", "publication_date", "publicationdate", "originalpublicationdate", "dc.date.issued",
            "dc.date.created", "dc.date.publication", "dc.created", "dcterms.created", "dcterms.issued",
            "dcterms:created", "dc:created", "dc:date.created", "sailthru.date", "parsely-pub-date",
            "citation_publication_date", "citation_date", "citation_online_date", "bepress_citation_date",
            "prism.publicationdate", "cxenseparse:recs:publishtime", "cxenseparse:publishtime",
            "shareaholic:article_published_time", "rnews:datepublished", "bt:pubdate", "vr:published-time",
            "sw-pubdate", "displaydate", "og:article:time", "analyticsattributes.articledate", "veeseo:date",
            "article:post_date", "post_date", "release_date", "og:release_date", "acquia_lift:published_date");
    /** Names that say "a date" without saying which: often the day the page was generated or last edited. */
    private static final Set<String> META_WEAK = Set.of("date", "dc.date", "dc:date", "dcterms.date", "created",
            "timestamp");
    private static final Set<String> META_MODIFIED = Set.of(
            "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified", "dateupdate",
            "dc.modified", "dcterms.modified", "dc:date.modified", "modified_time", "updated_time", "article:modified",
            "shareaholic:article_modified_time", "last-modified", "lastmodified", "revision_date");

    /** Dates of other things than the text (a video's upload): last resort. */
    private static final Set<String> META_LATE = Set.of("uploaddate");

    /** The first plausible publication date in the meta tags (or, with {@code modified}, the modification date). */
    static Cand meta(Page page, Set<String> names) {
        for (Element m : page.doc.getElementsByTag("meta")) {
            String name = metaName(m);
            if (name == null || !names.contains(name)) {
                continue;
            }
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
            When w = DateText.parseValue(content, page.usOrder);
            if (page.ok(w)) {
                return new Cand(w, "meta:" + name);
            }
        }
        return null;
    }

    private static String metaName(Element m) {
        for (String a : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String v = m.attr(a);
            if (!v.isEmpty()) {
                String n = v.strip().toLowerCase(Locale.ROOT);
                if (a.equals("http-equiv") && !n.equals("last-modified")) {
                    return n.equals("date") ? "date" : null;
                }
                if (META_PUBLISHED.contains(n) || META_WEAK.contains(n) || META_MODIFIED.contains(n)
                        || META_LATE.contains(n)) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The modification date, when nothing better is known. */
    static Cand modified(Page page) {
        Cand c = jsonLd(page, true);
        return c != null ? c : meta(page, META_MODIFIED);
    }

    // ---------------------------------------------------------------- time, itemprop and dated elements

    private static final Pattern PUBLISHED_CLASS = Pattern.compile(
            "(?i)publi|pubdate|entry-date|post-date|posted|created|erschienen|veroeffentlicht|parution");
    private static final Pattern MODIFIED_CLASS = Pattern.compile("(?i)updat|modif|aktualis|edited|changed");

    /**
     * A {@code <time>} element's date: the first marked published ({@code pubdate}, a class or itemprop saying so),
     * else the one nearest the headline.
     */
    static Cand timeElements(Page page) {
        Element body = page.doc.body();
        if (body == null) {
            return null;
        }
        When weak = null;
        double weakDistance = Double.MAX_VALUE;
        When far = null;
        int seen = 0;
        for (Element t : body.getElementsByTag("time")) {
            if (++seen > 300) {
                break;
            }
            String cls = t.className() + " " + t.attr("itemprop") + " " + t.parent().className();
            boolean published = t.hasAttr("pubdate") || PUBLISHED_CLASS.matcher(cls).find();
            if (!published && MODIFIED_CLASS.matcher(cls).find()) {
                continue;
            }
            double distance = published ? 0 : page.distance(t);
            boolean farOff = distance == Double.MAX_VALUE;
            if (published ? page.excluded(t, false)
                    : farOff ? far != null || weak != null || page.excluded(t) : distance >= weakDistance) {
                continue;
            }
            When w = timeValue(t, page);
            if (!page.ok(w)) {
                continue;
            }
            if (published) {
                return new Cand(w, "time");
            }
            if (farOff) {
                far = w;
            } else {
                weak = w;
                weakDistance = distance;
            }
        }
        // past the text searched (far down the page) only when none is nearer
        return weak != null ? new Cand(weak, "time") : far != null ? new Cand(far, "time") : null;
    }

    /**
     * The date a {@code <time>} element shows, else its {@code datetime}: what readers see is the page's own (local)
     * day, where the attribute is often a UTC stamp or the time of a later edit.
     */
    private static When timeValue(Element t, Page page) {
        String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
        When attr = DateText.parseValue(v, page.usOrder);
        When shown = firstPublished(bounded(t, 80), page);
        if (shown != null && shown.hasDay()) {
            return attr != null && attr.sameDay(shown) && shown.hour() < 0 ? attr : shown;
        }
        return attr;
    }

    /** Elements marked {@code itemprop=datePublished} and {@code <abbr class=published>} (microformats). */
    static Cand itemprops(Page page) {
        Element body = page.doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.select(
                "[itemprop~=(?i)^(datePublished|dateCreated)$], abbr.published, abbr.date-published")) {
            if (e.nameIs("meta") || e.nameIs("time")) {
                continue;
            }
            When w = null;
            for (String a : new String[] {"content", "datetime", "title"}) {
                if (e.hasAttr(a)) {
                    w = DateText.parseValue(e.attr(a), page.usOrder);
                    if (page.ok(w)) {
                        break;
                    }
                }
            }
            if (!page.ok(w)) {
                w = DateText.first(bounded(e, 80), page.usOrder);
            }
            if (page.ok(w)) {
                return new Cand(w, "itemprop");
            }
        }
        return null;
    }

    /** Classes and ids of elements that state a date, in order of trust (as htmldate's expressions). */
    private static final Pattern[] DATE_CLASSES = {
        Pattern.compile("(^|[-_ ])(pub(lish(ed|ing)?)?-?date|date-?pub(lished)?|entry-date|post-?date|article-?date"
                + "|news-?date|date|datum|fecha|dateline|time-published|published)([-_ ]|$)"),
        Pattern.compile("date|datum|fecha|parution"),
        Pattern.compile("post-?meta|post_meta|entry-meta|article-?meta|meta-?data|byline|subline|article-info"
                + "|post-info|post_detail|post-detail|posted|submitted|article__info|story-meta|published"),
        Pattern.compile("(^|[-_ ])(meta|time|info|author|autor|stand)([-_ ]|$)"),
    };
    /** Words one of which a class must contain to match {@link #DATE_CLASSES}: a cheap test before the patterns. */
    private static final String[] DATE_CLASS_WORDS = {"dat", "fecha", "parution", "publi", "meta", "byline", "subline",
        "info", "posted", "submitted", "time", "auto", "auth", "stand"};

    private static int dateClassMask(String cls) {
        String lc = cls.toLowerCase(Locale.ROOT);
        boolean any = false;
        for (String w : DATE_CLASS_WORDS) {
            if (lc.contains(w)) {
                any = true;
                break;
            }
        }
        int mask = 0;
        for (int k = 0; any && k < DATE_CLASSES.length; k++) {
            if (DATE_CLASSES[k].matcher(lc).find()) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    private static final Pattern DATE_IDS = Pattern.compile("(?i)date|datum|published");
    private static final int PER_LEVEL = 60;

    /**
     * Elements whose class or id says they hold a date, in order of trust as htmldate's expressions (a class naming
     * the date, an id or class containing "date", post metadata, bylines): their text, or their title attribute.
     */
    static Cand dateElements(Page page) {
        Element body = page.doc.body();
        if (body == null) {
            return null;
        }
        List<List<Element>> levels = new ArrayList<>(DATE_CLASSES.length);
        for (int k = 0; k < DATE_CLASSES.length; k++) {
            levels.add(new ArrayList<>());
        }
        Map<String, Integer> masks = new HashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element e)) {
                return;
            }
            String cls = e.className();
            String id = e.id();
            if (cls.isEmpty() && id.isEmpty()) {
                return;
            }
            int mask = cls.isEmpty() ? 0 : masks.computeIfAbsent(cls, PublicationDates::dateClassMask);
            if (!id.isEmpty() && DATE_IDS.matcher(id).find()) {
                mask |= 2;
            }
            for (int k = 0; mask != 0 && k < DATE_CLASSES.length; k++) {
                List<Element> level = levels.get(k);
                if ((mask & (1 << k)) != 0 && level.size() < PER_LEVEL) {
                    level.add(e);
                }
            }
        }, body);
        // Nearest the headline first, a less telling class counting as farther; elements outside the text searched
        // (far down the page) last, in order of class and then of the document.
        List<double[]> order = new ArrayList<>();
        for (int k = 0; k < levels.size(); k++) {
            List<Element> level = levels.get(k);
            for (int n = 0; n < level.size(); n++) {
                double d = page.distance(level.get(n));
                double score = d == Double.MAX_VALUE ? 1e9 + k * 1e6 + n : d + k * LEVEL_PENALTY;
                order.add(new double[] {score, k, n});
            }
        }
        order.sort((x, y) -> Double.compare(x[0], y[0]));
        Set<Element> tried = new HashSet<>();
        for (double[] o : order) {
            Element e = levels.get((int) o[1]).get((int) o[2]);
            if (!tried.add(e)) {
                continue;
            }
            String cls = e.className() + " " + e.id();
            if (MODIFIED_CLASS.matcher(cls).find() && !PUBLISHED_CLASS.matcher(cls).find()) {
                continue;
            }
            if (page.excluded(e)) {
                continue;
            }
            String lead = lead(e, 30);
            When w = firstPublished(lead + bounded(e, 120), lead.length(), page);
            if (!page.ok(w) && e.hasAttr("title")) {
                w = DateText.parseValue(e.attr("title"), page.usOrder);
            }
            if (page.ok(w) && w.hasDay()) {
                return new Cand(w, "element");
            }
        }
        return null;
    }

    static final double LEVEL_PENALTY = 500;

    /** Words right before a date that make it a modification date. */
    private static final Pattern MODIFIED_CUE = Pattern.compile(
            "(?<!\\p{L})(updated?|aktualisiert|geändert|modified|edited|bearbeitet|mis à jour|actualizado|aggiornato"
                    + "|letzte änderung|last change|zuletzt)\\s*(on|am|le|el|:)?\\s*:?\\s*-?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The first date in a short text not announced as an update. */
    private static When firstPublished(String text, Page page) {
        return firstPublished(text, 0, page);
    }

    /** The first date from {@code from} on in a short text not announced as an update (the text before counts). */
    private static When firstPublished(String text, int from, Page page) {
        for (Hit h : DateText.findAll(text, from, text.length(), page.usOrder, false, 6)) {
            if (MODIFIED_CUE.matcher(text.substring(Math.max(0, h.start() - 25), h.start())).find()) {
                continue;
            }
            if (page.ok(h.when())) {
                return h.when();
            }
        }
        return null;
    }

    /** About {@code max} characters of the text right before an element ("last edited: "), normalised, and a space. */
    static String lead(Element e, int max) {
        StringBuilder rev = new StringBuilder();
        Node n = e;
        for (int up = 0; up < 3 && n != null && rev.length() < max; up++) {
            for (Node p = n.previousSibling(); p != null && rev.length() < max; p = p.previousSibling()) {
                String t = p instanceof TextNode tn ? tn.getWholeText()
                        : p instanceof Element pe ? bounded(pe, 300) : "";
                rev.append(' ').append(new StringBuilder(t).reverse());
            }
            n = n.parent();
        }
        StringBuilder out = new StringBuilder();
        appendNormalised(out, rev.reverse().toString());
        String s = out.toString().strip();
        return (s.length() > max ? s.substring(s.length() - max) : s) + " ";
    }

    /** The whitespace-normalised text of an element, cut after about {@code max} characters. */
    static String bounded(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (sb.length() >= max) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    appendNormalised(sb, t.getWholeText());
                } else if (node instanceof Element el && (el.nameIs("script") || el.nameIs("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                } else if (node instanceof Element el && (el.isBlock() || el.nameIs("br"))) {
                    appendSpace(sb);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) {
                    appendSpace(sb);
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString().strip();
    }

    private static void appendNormalised(StringBuilder sb, String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2009') {
                appendSpace(sb);
            } else {
                sb.append(c);
            }
        }
    }

    private static void appendSpace(StringBuilder sb) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
    }

    /**
     * A date in the page's footer or sidebar, last: one announced as the publication ("wurde am 19. Mai 2010
     * gepostet"), else the first in a footer (often when the page was made: "Copyright © 19.12.2019 - 12:14").
     */
    static Cand footer(Page page) {
        Element body = page.doc.body();
        if (body == null) {
            return null;
        }
        When first = null;
        int seen = 0;
        for (Element f : body.select("footer, aside, [id~=(?i)footer|sidebar], [class~=(?i)footer|sidebar]")) {
            if (++seen > 30) {
                break;
            }
            String text = bounded(f, 600);
            boolean isFooter = (f.normalName() + f.id() + f.className()).toLowerCase(Locale.ROOT).contains("footer");
            for (Hit h : DateText.findAll(text, 0, text.length(), page.usOrder, false, 6)) {
                if (!page.ok(h.when())) {
                    continue;
                }
                String before = text.substring(Math.max(0, h.start() - 25), h.start());
                if (MODIFIED_CUE.matcher(before).find()) {
                    continue;
                }
                if (PUBLISHED_CUE.matcher(before).find() || WEAK_CUE.matcher(before).find()) {
                    return new Cand(h.when(), "footer");
                }
                if (isFooter && first == null) {
                    first = h.when();
                }
            }
        }
        return first == null ? null : new Cand(first, "footer");
    }

    // ---------------------------------------------------------------- URL

    /** Days in URLs: /2016/12/23/, 2016-12-23, 2016_12_23, /20161223/, -23-12-2016. */
    private static final Pattern[] URL_DAYS = {
        Pattern.compile("(?<!\\d)(?<y>199\\d|20\\d\\d)/(?<m>[01]?\\d)/(?<d>[0-3]?\\d)(?=[/.?#]|$)"),
        Pattern.compile("(?<!\\d)(?<y>199\\d|20\\d\\d)(?<s>[_-])(?<m>[01]\\d)\\k<s>(?<d>[0-3]\\d)(?!\\d)"),
        Pattern.compile("[/_-](?<y>199\\d|20\\d\\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])(?=[/_.-]|$|[?#])"),
        Pattern.compile("[/_-](?<d>[0-3]\\d)(?<s>[_-])(?<m>[01]\\d)\\k<s>(?<y>199\\d|20\\d\\d)(?=[/_.-]|$|[?#])"),
    };
    private static final Pattern URL_YM = Pattern.compile(
            "/(?<y>199\\d|20\\d\\d)[/_-](?<m>0?[1-9]|1[0-2])(?=[/_-]|$)");

    /** A date in the page's URL (or its canonical URL): the day with {@code /2016/12/23/}, else the month. */
    static Cand urlDate(Page page, boolean monthOnly) {
        for (String u : urls(page)) {
            String path = pathOf(u);
            if (path.isEmpty()) {
                continue;
            }
            if (!monthOnly) {
                for (Pattern p : URL_DAYS) {
                    Matcher m = p.matcher(path);
                    while (m.find()) {
                        When w = DateText.valid(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                                Integer.parseInt(m.group("d")));
                        if (page.ok(w)) {
                            return new Cand(w, "url");
                        }
                    }
                }
            } else {
                Matcher m = URL_YM.matcher(path);
                while (m.find()) {
                    When w = new When(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), 0, -1, -1);
                    if (page.ok(w)) {
                        return new Cand(w, "url");
                    }
                }
            }
        }
        return null;
    }

    private static List<String> urls(Page page) {
        List<String> out = new ArrayList<>(3);
        if (page.url != null && !page.url.isBlank()) {
            out.add(page.url);
        }
        Element canonical = page.doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        if (canonical != null) {
            String u = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
            if (!u.isBlank() && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The URL after its host: web archive prefixes (/web/20130307194448/) are dropped. */
    private static String pathOf(String url) {
        String u = url.strip();
        int scheme = u.indexOf("://");
        int start = scheme >= 0 ? u.indexOf('/', scheme + 3) : u.indexOf('/');
        if (start < 0) {
            return "";
        }
        String path = u.substring(start);
        Matcher archive = ARCHIVE_PREFIX.matcher(path);
        if (archive.lookingAt()) {
            path = path.substring(archive.end());
            int slash = path.indexOf('/', path.indexOf("://") >= 0 ? path.indexOf("://") + 3 : 0);
            path = slash < 0 ? "" : path.substring(slash);
        }
        return path;
    }

    private static final Pattern ARCHIVE_PREFIX = Pattern.compile("/web/\\d{8,14}(?:[a-z_]{2,4})?/");

    // ---------------------------------------------------------------- visible text

    static final int TEXT_LIMIT = 6000;
    /** Words right before a date that make it the publication date. */
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?<!\\p{L})(published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|datum|date"
                    + "|gepostet|geschrieben)\\s*(on|am|le|el|:)?\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that often stand before a publication date, and before others. */
    private static final Pattern WEAK_CUE = Pattern.compile("(?<!\\p{L})(vom|am|on|le|du|el|von)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The visible text of a page with where its headline starts and ends (-1 when it has none). */
    record Visible(StringBuilder text, int headlineAt, int headlineEnd) {
        /** How far an offset is from the headline: after it, or three times as far when before it. */
        double distance(int at) {
            if (headlineAt < 0) {
                return at;
            }
            if (at < headlineAt) {
                return 3.0 * (headlineAt - at);
            }
            return Math.max(0, at - Math.max(headlineAt, headlineEnd));
        }
    }

    /** The visible text up to some way past the headline, without comments, navigation, sidebars and page footer. */
    static Visible visible(Page page) {
        Element body = page.doc.body();
        StringBuilder sb = new StringBuilder();
        if (body == null) {
            return new Visible(sb, -1, -1);
        }
        Element headline = page.headline();
        Set<Element> keep = page.protectedElements();
        int[] headlineAt = {-1, -1};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (sb.length() >= (headlineAt[0] >= 0 ? headlineAt[0] + TEXT_LIMIT : 4 * TEXT_LIMIT)) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    appendNormalised(sb, t.getWholeText());
                } else if (node instanceof Element el) {
                    if (el != body && !keep.contains(el) && page.excludedItself(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    page.offsets.put(el, sb.length());
                    if (el == headline) {
                        appendSpace(sb);
                        headlineAt[0] = sb.length();
                    }
                    if (el.isBlock() || el.nameIs("br")) {
                        appendSpace(sb);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) {
                    appendSpace(sb);
                }
                if (node == headline) {
                    headlineAt[1] = sb.length();
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return new Visible(sb, headlineAt[0], headlineAt[1]);
    }

    /** The date in the visible text nearest the headline, after it rather than before, not announced as an update. */
    static Cand text(Page page) {
        Visible v = page.visible();
        StringBuilder sb = v.text();
        List<Hit> hits = DateText.findAll(sb, 0, sb.length(), page.usOrder, false, 200);
        Hit best = null;
        double bestScore = Double.MAX_VALUE;
        for (Hit hit : hits) {
            if (!page.ok(hit.when())) {
                continue;
            }
            int from = Math.max(0, hit.start() - 25);
            String before = sb.substring(from, hit.start());
            double score = v.distance(hit.start());
            if (MODIFIED_CUE.matcher(before).find()) {
                score += 5000;
            } else if (PUBLISHED_CUE.matcher(before).find()) {
                score *= 0.5;
            } else if (WEAK_CUE.matcher(before).find()) {
                score *= 0.8;
            }
            if (score < bestScore) {
                bestScore = score;
                best = hit;
            }
        }
        return best == null ? null : new Cand(best.when(), "text");
    }

    // ---------------------------------------------------------------- plain text

    /** The date in the header of a plain-text scrape: "Feb 6, 2026 - 10:28", "date 2026-02-09". */
    public static Optional<Found> inText(String text) {
        return inText(text, LocalDate.now(ZoneOffset.UTC));
    }

    static Optional<Found> inText(String text, LocalDate today) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int end = Math.min(text.length(), 2000);
        When fallback = null;
        for (Hit h : DateText.findAll(text, 0, end, true, false, 40)) {
            if (!h.when().plausible(today)) {
                continue;
            }
            String before = text.substring(Math.max(0, h.start() - 25), h.start());
            if (MODIFIED_CUE.matcher(before).find()) {
                if (fallback == null) {
                    fallback = h.when();
                }
                continue;
            }
            return Optional.of(new Found(h.when().toPartialDate(), "text"));
        }
        return Optional.ofNullable(fallback).map(w -> new Found(w.toPartialDate(), "text"));
    }
}
