package org.storyline.clean.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
            "nav", "aside", "footer", "menu", "figcaption", "dialog", "link", "meta", "head", "rt", "rp");

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
    /** Class tokens or ids of clutter that are too short to match inside other words: whole tokens only. */
    private static final Set<String> CLUTTER_WORDS = Set.of("ad", "ads", "advert", "nav", "tags", "tag", "meta", "print",
            "bio", "author", "date", "time", "share", "social", "sidebar", "header", "hidden", "hide", "skip", "sr-only",
            "screen-reader-text", "visually-hidden", "visuallyhidden", "invisible", "noprint", "d-none", "banner",
            "related", "comments", "comment", "footer", "menu", "byline", "tools", "toc", "breadcrumbs", "pagination");
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
    /** Elements that hold one paragraph, never a whole article: the prose root does not descend into them. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre",
            "blockquote", "dd", "dt");
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
        Map<Element, Integer> goodBelow = new IdentityHashMap<>();
        int goodTotal = proseBelow(body, goodBelow);
        for (int rank = 0; rank < CONTAINER.length; rank++) {
            for (Element candidate : candidates(body, rank)) {
                int good = goodBelow.getOrDefault(candidate, 0);
                boolean enough = goodTotal > 0 ? good >= 0.6 * goodTotal && good > 0 : length(blocks(candidate)) >= MIN_TEXT;
                if (enough) {
                    return new Result(classify(units(candidate), true), "container-" + (rank + 1));
                }
            }
        }
        if (goodTotal > 0) {
            Element root = body;
            while (true) {
                Element next = null;
                for (Element child : root.children()) {
                    if (goodBelow.getOrDefault(child, 0) >= 0.8 * goodTotal && !PARAGRAPH_TAGS.contains(child.normalName())) {
                        next = child;
                        break;
                    }
                }
                if (next == null) {
                    break;
                }
                root = next;
            }
            return new Result(classify(units(root), false), "prose");
        }
        Result scored = Readability.extract(body);
        List<Block> all = blocks(body);
        return length(all) > length(scored.blocks()) * 3 ? new Result(all, "body") : scored;
    }

    private static boolean prose(Unit u) {
        return u.block().kind() != Block.Kind.HEADING && Prose.isProse(u.block().text(), u.linkDensity());
    }

    private enum Verdict { GOOD, NEAR_GOOD, SHORT, BAD }

    /**
     * Keeps the content blocks of a container, jusText-style: link-dense blocks are out, long prose is in, and
     * short or doubtful blocks go with their neighbours (a short line between two paragraphs stays; a short line
     * before the first or after the last paragraph goes, unless it is a heading leading into the text).
     *
     * @param marked whether the container is marked as content, so doubtful blocks lean towards it
     */
    static List<Block> classify(List<Unit> units, boolean marked) {
        int n = units.size();
        Verdict[] verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            String text = u.block().text();
            if (u.linkDense()) {
                verdicts[i] = Verdict.BAD;
            } else if (Prose.weightedLength(text) < Prose.SHORT) {
                verdicts[i] = Verdict.SHORT;
            } else {
                double stops = StopWords.count(text).density();
                boolean sentences = Prose.sentenceEnds(text) >= 1;
                if (stops >= 0.25 || (sentences && stops >= 0.1) || (marked && Prose.weightedLength(text) >= 150)) {
                    verdicts[i] = Verdict.GOOD;
                } else if (stops >= 0.1 || sentences || marked) {
                    verdicts[i] = Verdict.NEAR_GOOD;
                } else {
                    verdicts[i] = Verdict.BAD;
                }
            }
        }
        Verdict[] revised = verdicts.clone();
        for (int i = 0; i < n; i++) {
            if (verdicts[i] == Verdict.SHORT) {
                Verdict prev = neighbour(verdicts, i, -1, true);
                Verdict next = neighbour(verdicts, i, 1, true);
                if (prev == Verdict.GOOD && next == Verdict.GOOD) {
                    revised[i] = Verdict.GOOD;
                } else if (prev == Verdict.BAD && next == Verdict.BAD) {
                    revised[i] = Verdict.BAD;
                } else if ((prev == Verdict.BAD && neighbour(verdicts, i, -1, false) == Verdict.NEAR_GOOD)
                        || (next == Verdict.BAD && neighbour(verdicts, i, 1, false) == Verdict.NEAR_GOOD)) {
                    revised[i] = Verdict.GOOD;
                } else {
                    revised[i] = Verdict.BAD;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (verdicts[i] == Verdict.NEAR_GOOD) {
                Verdict prev = neighbour(verdicts, i, -1, true);
                Verdict next = neighbour(verdicts, i, 1, true);
                revised[i] = prev == Verdict.BAD && next == Verdict.BAD ? Verdict.BAD : Verdict.GOOD;
            }
        }
        for (int i = 0; i < n; i++) {
            if (units.get(i).block().kind() == Block.Kind.HEADING && revised[i] == Verdict.BAD && verdicts[i] != Verdict.BAD) {
                int distance = 0;
                for (int j = i + 1; j < n && distance <= 200; j++) {
                    if (revised[j] == Verdict.GOOD) {
                        revised[i] = Verdict.GOOD;
                        break;
                    }
                    if (verdicts[j] == Verdict.BAD) {
                        break; // a heading over links ("Related", "Read more") leads into no text
                    }
                    distance += units.get(j).block().text().length();
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (revised[i] == Verdict.GOOD) {
                blocks.add(units.get(i).block());
            }
        }
        return blocks;
    }

    /** The nearest verdict before or after {@code i} that is not short (nor near-good, if asked); edges are bad. */
    private static Verdict neighbour(Verdict[] verdicts, int i, int step, boolean skipNearGood) {
        for (int j = i + step; j >= 0 && j < verdicts.length; j += step) {
            Verdict v = verdicts[j];
            if (v == Verdict.GOOD || v == Verdict.BAD || (v == Verdict.NEAR_GOOD && !skipNearGood)) {
                return v;
            }
        }
        return Verdict.BAD;
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

    /**
     * Removes clutter below {@code root}: unwanted tags and hidden elements always; elements whose class or id
     * names clutter unless they hold half the page's prose or the marked content. When the named clutter would
     * take nearly all prose with it (forums keep their posts in "comment" elements), only the prose-free part of
     * it goes.
     */
    static void prune(Element root) {
        List<Element> tags = new ArrayList<>();
        collect(root, tags, HtmlMainText::removedTag);
        tags.forEach(Element::remove);
        Map<Element, Integer> prose = new IdentityHashMap<>();
        int total = proseBelow(root, prose);
        List<Element> named = new ArrayList<>();
        collect(root, named, e -> namedClutter(e) && !holdsContent(e));
        int removed = 0;
        for (Element e : named) {
            removed += prose.getOrDefault(e, 0);
        }
        boolean proseLivesThere = total > 0 && removed > 0.7 * total;
        for (Element e : named) {
            int own = prose.getOrDefault(e, 0);
            boolean wrapper = own * 2 >= Math.max(1, total);
            if (proseLivesThere ? own == 0 : !wrapper) {
                e.remove();
            }
        }
    }

    /** Adds to {@code prose} the prose characters below each element of the tree; returns the total. */
    static int proseBelow(Element root, Map<Element, Integer> prose) {
        int total = 0;
        for (Unit u : units(root)) {
            if (prose(u)) {
                int length = u.block().text().length();
                total += length;
                for (Element a = u.element(); a != null; a = a.parent()) {
                    prose.merge(a, length, Integer::sum);
                    if (a == root) {
                        break;
                    }
                }
            }
        }
        return total;
    }

    /** The outermost elements below {@code root} that pass {@code test}, in document order (iterative). */
    private static void collect(Element root, List<Element> found, java.util.function.Predicate<Element> test) {
        Deque<Element> stack = new ArrayDeque<>();
        List<Element> children = root.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (test.test(e)) {
                found.add(e);
            } else {
                List<Element> kids = e.children();
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
        }
    }

    private static boolean removedTag(Element e) {
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
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    private static boolean namedClutter(Element e) {
        String tag = e.normalName();
        if (tag.equals("form") || tag.equals("header")) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        String names = clutterNames(e);
        if (names.isEmpty()) {
            return false;
        }
        if (CLUTTER.matcher(names).find()) {
            return true;
        }
        for (String token : names.split(" ")) {
            if (CLUTTER_WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class tokens and id that may name clutter, lower-cased; taxonomy classes that CMSs add from categories
     * and tags ("category-no-newsletter", "tag-social-media") say nothing about the element and are left out.
     */
    private static String clutterNames(Element e) {
        StringBuilder names = new StringBuilder();
        for (String c : e.classNames()) {
            String token = c.toLowerCase(Locale.ROOT);
            if (TAXONOMY.matcher(token).find()) {
                continue;
            }
            names.append(token).append(' ');
        }
        names.append(e.id().toLowerCase(Locale.ROOT));
        return names.toString().strip();
    }

    private static final Pattern TAXONOMY = Pattern.compile("^(category|tag|tags|topic|section|rubrik|anlass|postid|post|type|status|format|has|page-id|single|term|author)-");

    /** Whether the element or one below it is marked as the content container. */
    private static boolean holdsContent(Element e) {
        for (Element d : e.getAllElements()) {
            for (String name : names(d)) {
                if (CONTAINER[0].matcher(name).find()) {
                    return true;
                }
            }
        }
        return false;
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
        List<Block> blocks = new ArrayList<>();
        for (Unit u : units(container)) {
            if (!u.linkDense()) {
                blocks.add(u.block());
            }
        }
        return blocks;
    }

    /** Every block below a container, in order, with the element it was read from and its links. */
    static List<Unit> units(Element container) {
        BlockReader reader = new BlockReader(container);
        reader.read(container);
        reader.flush();
        return reader.units;
    }

    /** A block as read, before classification. */
    record Unit(Block block, Element element, int links, int linkChars) {
        double linkDensity() {
            int length = block.text().length();
            return length == 0 ? 0 : Math.min(1, (double) linkChars / length);
        }

        /** Navigation-like: mostly link text. */
        boolean linkDense() {
            double density = linkDensity();
            int length = block.text().length();
            return (density > 0.6 && links >= 2) || (density > 0.9 && block.kind() == Block.Kind.LIST_ITEM)
                    || (density > 0.9 && length < 40)
                    // a teaser: a few words of lead-in ("Read also:") and a linked headline
                    || (density >= 0.5 && length - linkChars < 40);
        }
    }

    /** Reads text into blocks: block elements end the running block, inline ones add to it. */
    private static final class BlockReader {
        final List<Unit> units = new ArrayList<>();
        Element current;

        BlockReader(Element container) {
            this.current = container;
        }

        final StringBuilder text = new StringBuilder();
        Block.Kind kind = Block.Kind.PARAGRAPH;
        int linkChars;
        int links;
        int rawStart = -1;
        int rawEnd = -1;

        /** Reads the children of {@code element}, iteratively: pages nest elements thousands deep. */
        void read(Element element) {
            Deque<Block.Kind> kinds = new ArrayDeque<>();
            Deque<Element> elements = new ArrayDeque<>();
            Deque<Integer> linkStarts = new ArrayDeque<>();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node == element) {
                        return;
                    }
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
                            kinds.push(kind);
                            elements.push(current);
                            kind = kindOf(tag, kind);
                            current = e;
                        } else if (tag.equals("a")) {
                            links++;
                            linkStarts.push(text.length());
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node == element || !(node instanceof Element e)) {
                        return;
                    }
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        kind = kinds.pop();
                        current = elements.pop();
                    } else if (tag.equals("a") && !linkStarts.isEmpty()) {
                        linkChars += Math.max(0, text.length() - linkStarts.pop());
                    }
                }
            }, element);
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
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!invisible(c) && !(c == '\n' && text.length() >= 2 && text.charAt(text.length() - 1) == '\n'
                            && text.charAt(text.length() - 2) == '\n')) {
                        text.append(c == '\r' ? '\n' : c);
                    }
                }
            } else {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (invisible(c)) {
                        continue;
                    }
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

        /** Soft hyphens and zero-width marks: invisible, and they split words. */
        private static boolean invisible(char c) {
            return c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\u2060';
        }

        void trimEnd() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        void flush() {
            String s = kind == Block.Kind.PREFORMATTED ? text.toString().strip() : text.toString().strip();
            if (!s.isEmpty()) {
                units.add(new Unit(new Block(kind, s, rawStart, Math.max(rawStart, rawEnd)), current, links, linkChars));
            }
            text.setLength(0);
            linkChars = 0;
            links = 0;
            rawStart = -1;
            rawEnd = -1;
        }
    }
}
