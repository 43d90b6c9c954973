package org.storyline.store.internal;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Segment;
import org.storyline.model.Span;

/** The compact column form of an article's segments: "textStart,textEnd,rawStart,rawEnd;…". */
final class Segments {
    private Segments() {
    }

    static String format(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(s.text().start()).append(',').append(s.text().end()).append(',')
                    .append(s.raw().start()).append(',').append(s.raw().end());
        }
        return out.toString();
    }

    static List<Segment> parse(String column) {
        List<Segment> out = new ArrayList<>();
        if (column == null || column.isEmpty()) {
            return out;
        }
        for (String part : column.split(";")) {
            String[] n = part.split(",");
            if (n.length != 4) {
                throw new IllegalStateException("malformed article segments column: " + column);
            }
            out.add(new Segment(new Span(Integer.parseInt(n[0]), Integer.parseInt(n[1])),
                    new Span(Integer.parseInt(n[2]), Integer.parseInt(n[3]))));
        }
        return out;
    }
}
