package org.storyline.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storyline.model.Span;

/**
 * Reads a split of PolNeAR (the Political News Attribution Relations corpus): {@code text/NAME.txt} articles and
 * their attributions in brat standoff, {@code attributions/NAME_ANNOTATOR.ann}. T lines hold spans typed Source,
 * Cue, Content or Attribution ("T3&lt;TAB&gt;Content 10 59;61 80&lt;TAB&gt;text", discontinuous parts joined by
 * ';'); E lines tie them into one attribution ("E1&lt;TAB&gt;Attribution:T4 Content:T3 Cue:T2 Source:T1", with
 * Content2 for a second content and Attribution-no-source when there is no source). Discard and Discuss spans are
 * annotators' notes, not attributions.
 *
 * <p>An article annotated by several annotators is read from the first annotation file in name order, so the
 * choice is fixed and independent of any system's output.
 */
public final class Polnear {
    private Polnear() {
    }

    /** One gold attribution: the spans of its source (empty when it has none), cue and content. */
    public record Gold(List<Span> source, List<Span> cue, List<Span> content) {
        public Gold {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }
    }

    /** One article: its file name without extension, its text, and its gold attributions in file order. */
    public record Article(String name, String text, List<Gold> attributions) {
        public Article {
            attributions = List.copyOf(attributions);
        }
    }

    /**
     * The folder holding {@code text/} and {@code attributions/}: {@code dir} itself, or its {@code dev} split
     * when given the corpus root.
     */
    public static Path split(Path dir) {
        if (Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"))) {
            return dir;
        }
        Path dev = dir.resolve("dev");
        if (Files.isDirectory(dev.resolve("text")) && Files.isDirectory(dev.resolve("attributions"))) {
            return dev;
        }
        throw new IllegalArgumentException("not a PolNeAR split (no text/ and attributions/ folders) nor a corpus "
                + "root with dev/: " + dir);
    }

    /** The articles of a split, in file name order. */
    public static List<Article> read(Path dir) {
        Path split = split(dir);
        List<Path> texts = list(split.resolve("text"), ".txt");
        List<Path> annotations = list(split.resolve("attributions"), ".ann");
        List<Article> out = new ArrayList<>();
        for (Path textFile : texts) {
            String file = textFile.getFileName().toString();
            String name = file.substring(0, file.length() - ".txt".length());
            Path ann = annotations.stream()
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith(name + "_") && n.length() == name.length() + "_xxxx.ann".length();
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no attribution file for " + textFile
                            + " in " + split.resolve("attributions")));
            String text = readString(textFile);
            out.add(new Article(name, text, parse(ann, text)));
        }
        return out;
    }

    /** The gold attributions of one standoff file. */
    static List<Gold> parse(Path ann, String text) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> relations = new ArrayList<>();
        int lineNo = 0;
        for (String line : readString(ann).split("\n")) {
            lineNo++;
            String[] cols = line.split("\t");
            if (cols[0].startsWith("T") && cols.length >= 2) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    throw new IllegalArgumentException(ann + ": line " + lineNo + " is not 'T<n> TYPE START END': " + line);
                }
                List<Span> parts = new ArrayList<>();
                for (String part : typeAndSpans[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    int start = Integer.parseInt(se[0]);
                    int end = Integer.parseInt(se[1]);
                    if (end > text.length()) {
                        throw new IllegalArgumentException(ann + ": line " + lineNo + " runs past the text's end "
                                + text.length() + ": " + line);
                    }
                    parts.add(new Span(start, end));
                }
                spans.put(cols[0], parts);
            } else if (cols[0].startsWith("E") && cols.length >= 2) {
                relations.add(cols[1]);
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String relation : relations) {
            String[] args = relation.trim().split("\\s+");
            String kind = args[0].substring(0, Math.max(0, args[0].indexOf(':')));
            if (!kind.equals("Attribution") && !kind.equals("Attribution-no-source")) {
                continue;
            }
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                int colon = args[i].indexOf(':');
                String role = args[i].substring(0, colon).replaceAll("\\d+$", "");
                List<Span> s = spans.get(args[i].substring(colon + 1));
                if (s == null) {
                    throw new IllegalArgumentException(ann + ": relation names an unknown span: " + relation);
                }
                switch (role) {
                    case "Source" -> source.addAll(s);
                    case "Cue" -> cue.addAll(s);
                    case "Content" -> content.addAll(s);
                    default -> throw new IllegalArgumentException(ann + ": unknown role " + role + " in " + relation);
                }
            }
            out.add(new Gold(source, cue, content));
        }
        return out;
    }

    /** A split's identity: how many files its text/ and attributions/ folders hold, and their SHA-256. */
    public record Identity(int files, String sha256) {
    }

    /**
     * The identity of a split: the SHA-256 over its files in order of their paths relative to the split
     * ("attributions/…", "text/…"), each as its path in UTF-8, a zero byte, its bytes, a zero byte.
     */
    public static Identity identity(Path dir) {
        Path split = split(dir);
        List<String> names = new ArrayList<>();
        for (String folder : List.of("attributions", "text")) {
            for (Path p : list(split.resolve(folder), "")) {
                names.add(folder + "/" + p.getFileName());
            }
        }
        names.sort(null);
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(split.resolve(name)));
                digest.update((byte) 0);
            }
            return new Identity(names.size(), java.util.HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
    }

    /** The files of a folder with a given ending, in name order. */
    public static List<Path> list(Path dir, String ending) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
