package org.storyline.clean.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The readable text of an HTML page, one block per paragraph, without scripts, styles and navigation. */
public record HtmlText(String title, String text) {
    private static final String SKIPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select";

    public static HtmlText of(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        doc.select(SKIPPED).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("\\s+", " ");
                    if (!s.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n')) {
                        out.append(s);
                    }
                } else if (node instanceof Element e && e.tag().isBlock() && !out.isEmpty()) {
                    breakLine(out);
                } else if (node instanceof Element e && e.nameIs("br")) {
                    breakLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.tag().isBlock()) {
                    breakLine(out);
                }
            }
        }, doc.body());
        String text = out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return new HtmlText(doc.title().isBlank() ? null : doc.title().strip(), text);
    }

    private static void breakLine(StringBuilder out) {
        int n = out.length();
        if (n == 0) {
            return;
        }
        if (!(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
