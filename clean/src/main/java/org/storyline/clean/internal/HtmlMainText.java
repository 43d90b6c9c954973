package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main text of an HTML page: clutter is pruned (scripts, navigation, widgets, share bars, comments,
 * cookie banners, related links, newsletter boxes, hidden elements), then the content container is chosen from
 * markup that names it (article bodies, entry content…), falling back to Readability-style scoring of paragraph
 * containers, and its blocks are read with link-dense ones dropped.
 */
public final class HtmlMainText {
    /** Below this many characters a container is not believed to hold the main text. */
    static final int MIN_TEXT = 250;

    private static final Set<String> REMOVED_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "map", "button", "input", "select", "textarea", "option",
            "nav", "aside", "footer", "menu", "figcaption", "dialog", "link", "meta", "head");

    /** Class or id stems of clutter; matched anywhere in the lower-cased class and id. */
    private static final Pattern CLUTTER = Pattern.compile(
            "comment|disqus|share|sharing|social|sociable|related|recommend|newsletter|subscri|cookie|consent|gdpr"
                    + "|banner|advert|adsbygoogle|sponsor|promo|popup|modal|breadcrumb|pagination|pager|navbar|navigation"
                    + "|menu|sidebar|widget|footer|masthead|author-?(box|bio|info)|about-?(the-?)?author|tagcloud|taglist"
                    + "|signup|login|toolbar|more-?stories|read-?more|most-?(popular|read)|trending|outbrain|taboola"
                    + "|paywall|skip-?link|jump-?to|rating|reaction|print-?(link|button)|post-?meta|entry-?meta|article-?meta"
                    + "|byline|dateline|author-?name|top-?bar|bottom-?bar|breaking|ticker|teaser-?list|nav-?links|site-?header"
                    + "|page-?header|header-?(bar|nav|top)|offcanvas|overlay|lightbox|caption|credit|copyright|contact-?form"
                    + "|follow-?us|facebook|twitter|linkedin|whatsapp|pinterest|instagram|rss-?link|logo");
    /** Class or id words of clutter that are too short to match inside other words. */
    private static final Pattern CLUTTER_WORD = Pattern.compile(
            "(^|[\\s_-])(ad|ads|nav|tags?|meta|print|bio|author|date|time|share|social|sidebar|header|hidden|hide|"
                    + "skip|sr-only|screen-reader-text|visually-hidden|visuallyhidden|invisible|noprint|d-none)($|[\\s_-])");
    /** Markup that names the main content, most specific first (after trafilatura's body expressions). */
    private static final Pattern[] CONTAINER = {
            Pattern.compile("post[-_]?(text|body|entry|content)|postcontent|article[-_]?(text|content|body)|articlebody"
                    + "|article__(content|body|container)|entry[-_]content|page-content|text-content|body-text|art-content"
                    + "|story[-_]?(body|content|text)|storycontent|news[-_]?(text|body|content)|main[-_]?text|content[-_]?text"
                    + "|blog[-_]?(post|content|entry)[-_]?(body|content|text)?|rich[-_]?text|richtext|field-body|fulltext"),
            null, // the first <article> element
            Pattern.compile("post-bodycopy|postarea|theme-content|blog-content|section-content|single-content|single-post"
                    + "|main-column|wpb_text_column|^text$|^article$|^story$|^post$|^entry$|^cell$"),
            Pattern.compile("content-main|content_main|content-body|contentbody|content__body|main-content|maincontent"
                    + "|page-content|^content$|^contents$|^inhalt$"),
            Pattern.compile("^main|^primary|^role=main"),
    };
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "td", "th", "caption", "div", "section", "article", "main", "header", "ul", "ol", "dl",
            "table", "tr", "tbody", "thead", "tfoot", "form", "fieldset", "address", "center", "figure", "details",
            "summary", "hr", "body");

    private HtmlMainText() {
    }

    /** The blocks of the page's main text, and the way the container was found. */
    public record Result(List<Block> blocks, String method) {
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
    }

    /** Extracts the main text; the document is pruned in place. */
    public static Result extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return new Result(List.of(), "empty");
        }
        prune(body);
        Result marked = null;
        for (int rank = 0; rank < CONTAINER.length && marked == null; rank++) {
            for (Element candidate : candidates(body, rank)) {
                List<Block> blocks = blocks(candidate);
                if (length(blocks) >= MIN_TEXT) {
                    marked = new Result(blocks, "container-" + (rank + 1));
                    break;
                }
            }
        }
        Result scored = Readability.extract(body);
        if (marked == null) {
            if (length(scored.blocks()) >= MIN_TEXT) {
                return scored;
            }
            List<Block> all = blocks(body);
            return length(all) > length(scored.blocks()) * 3 ? new Result(all, "body") : scored;
        }
        int markedLength = length(marked.blocks());
        if (markedLength < 1000 && length(scored.blocks()) > 2 * markedLength) {
            return scored;
        }
        return marked;
    }

    private static List<Element> candidates(Element body, int rank) {
        List<Element> found = new ArrayList<>();
        if (CONTAINER[rank] == null) {
            Element article = body.selectFirst("article");
            if (article != null) {
                found.add(article);
            }
            return found;
        }
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (!(tag.equals("div") || tag.equals("article") || tag.equals("main") || tag.equals("section")
                    || tag.equals("td"))) {
                if (!(rank == 4 && tag.equals("main"))) {
                    continue;
                }
            }
            if (rank == 4 && tag.equals("main")) {
                found.add(e);
                continue;
            }
            for (String name : names(e)) {
                if (CONTAINER[rank].matcher(name).find()) {
                    found.add(e);
                    break;
                }
            }
            if (found.size() >= 3) {
                break;
            }
        }
        return found;
    }

    /** The class tokens, the id, the itemprop and role of an element, lower-cased, each on its own. */
    private static List<String> names(Element e) {
        List<String> names = new ArrayList<>(4);
        for (String c : e.classNames()) {
            names.add(c.toLowerCase(Locale.ROOT));
        }
        String id = e.id();
        if (!id.isEmpty()) {
            names.add(id.toLowerCase(Locale.ROOT));
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
            names.add("articlebody");
        }
        String role = e.attr("role");
        if (role.equals("main")) {
            names.add("role=main");
        } else if (role.equals("article")) {
            names.add("article");
        }
        return names;
    }

    /** Removes clutter elements, and hidden ones, below {@code root}. */
    static void prune(Element root) {
        int rootLength = root.text().length();
        List<Element> doomed = new ArrayList<>();
        collect(root, doomed, rootLength);
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static void collect(Element e, List<Element> doomed, int rootLength) {
        for (Element child : e.children()) {
            if (clutter(child, rootLength)) {
                doomed.add(child);
            } else {
                collect(child, doomed, rootLength);
            }
        }
    }

    private static boolean clutter(Element e, int rootLength) {
        String tag = e.normalName();
        if (REMOVED_TAGS.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !tag.equals("span")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        if (tag.equals("form") || tag.equals("header")) {
            return !holdsMostText(e, rootLength);
        }
        String classAndId = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (classAndId.isEmpty() || tag.equals("body") || tag.equals("html")) {
            return false;
        }
        if (CLUTTER.matcher(classAndId).find() || CLUTTER_WORD.matcher(classAndId).find()) {
            // A wrapper that holds most of the page (a "has-sidebar" layout class) is not clutter itself.
            return !holdsMostText(e, rootLength) && !namesContent(e);
        }
        return false;
    }

    private static boolean namesContent(Element e) {
        for (String name : names(e)) {
            if (CONTAINER[0].matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsMostText(Element e, int rootLength) {
        return rootLength > 0 && e.text().length() > rootLength * 0.4;
    }

    static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    // ---- reading blocks --------------------------------------------------------------------------------------

    /** The blocks below a container, in order, link-dense ones dropped. */
    static List<Block> blocks(Element container) {
        BlockReader reader = new BlockReader();
        reader.read(container);
        reader.flush();
        return reader.blocks;
    }

    /** Reads text into blocks: block elements end the running block, inline ones add to it. */
    private static final class BlockReader {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        Block.Kind kind = Block.Kind.PARAGRAPH;
        int linkChars;
        int links;
        int rawStart = -1;
        int rawEnd = -1;
        final Map<Node, Boolean> inLink = new IdentityHashMap<>();

        void read(Element element) {
            for (Node node : element.childNodes()) {
                if (node instanceof TextNode t) {
                    append(t);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                            trimEnd();
                            text.append('\n');
                        }
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        Block.Kind outer = kind;
                        kind = kindOf(tag, outer);
                        read(e);
                        flush();
                        kind = outer;
                    } else if (tag.equals("a")) {
                        links++;
                        int before = text.length();
                        readInline(e);
                        linkChars += text.length() - before;
                    } else {
                        readInline(e);
                    }
                }
            }
        }

        void readInline(Element e) {
            for (Node node : e.childNodes()) {
                if (node instanceof TextNode t) {
                    append(t);
                } else if (node instanceof Element child) {
                    if (BLOCK_TAGS.contains(child.normalName()) || child.normalName().equals("br")) {
                        // A block inside an inline element: treat the inline element as transparent.
                        Element holder = new Element("span");
                        holder.appendChild(child.clone());
                        read(holder);
                    } else if (child.normalName().equals("a")) {
                        links++;
                        int before = text.length();
                        readInline(child);
                        linkChars += text.length() - before;
                    } else {
                        readInline(child);
                    }
                }
            }
        }

        private static Block.Kind kindOf(String tag, Block.Kind outer) {
            return switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
                case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
                case "blockquote" -> Block.Kind.QUOTE;
                case "pre" -> Block.Kind.PREFORMATTED;
                case "td", "th", "caption" -> Block.Kind.TABLE_CELL;
                case "p" -> outer == Block.Kind.QUOTE ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
                default -> outer;
            };
        }

        void append(TextNode t) {
            String s = t.getWholeText();
            if (kind == Block.Kind.PREFORMATTED) {
                text.append(s);
            } else {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                            text.append(' ');
                        }
                    } else {
                        text.append(c);
                    }
                }
            }
            var range = t.sourceRange();
            if (range.isTracked()) {
                if (rawStart < 0) {
                    rawStart = range.startPos();
                }
                rawEnd = Math.max(rawEnd, range.endPos());
            }
        }

        void trimEnd() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        void flush() {
            String s = kind == Block.Kind.PREFORMATTED ? text.toString().strip() : text.toString().strip();
            if (!s.isEmpty() && !linkDense(s.length())) {
                blocks.add(new Block(kind, s, rawStart, Math.max(rawStart, rawEnd)));
            }
            text.setLength(0);
            linkChars = 0;
            links = 0;
            rawStart = -1;
            rawEnd = -1;
        }

        /** Navigation-like blocks: mostly link text. */
        private boolean linkDense(int length) {
            double density = length == 0 ? 0 : (double) linkChars / length;
            return (density > 0.6 && links >= 2) || (density > 0.9 && kind == Block.Kind.LIST_ITEM)
                    || (density > 0.9 && length < 40);
        }
    }
}
