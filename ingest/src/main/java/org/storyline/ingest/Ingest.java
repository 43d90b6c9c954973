package org.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storyline.ingest.internal.Charsets;
import org.storyline.ingest.internal.Fetcher;
import org.storyline.ingest.internal.Unpacker;
import org.storyline.model.Page;

/**
 * The ingest stage's front door: names become inputs, inputs become raw bytes, raw bytes become pages, and pages
 * become decoded text.
 */
public final class Ingest {
    private final Limits limits;
    private final Fetcher fetcher;
    private final Unpacker unpacker;

    public Ingest(Limits limits) {
        this(limits, false);
    }

    /**
     * @param publicAddressesOnly whether URLs (and every redirect) must resolve to public addresses only: for URLs
     *                            that someone else gave, as over the API
     */
    public Ingest(Limits limits, boolean publicAddressesOnly) {
        this.limits = limits;
        this.fetcher = new Fetcher(limits.userAgent(), limits.timeout(), limits.hostDelay(), limits.maxBytes(), publicAddressesOnly);
        this.unpacker = new Unpacker(limits.maxBytes());
    }

    public static Ingest withDefaults() {
        return new Ingest(Limits.DEFAULT);
    }

    /**
     * Size and politeness limits.
     *
     * @param maxBytes  largest input (and decompressed input) accepted
     * @param timeout   connect and read timeout for URLs
     * @param hostDelay least time between two requests to one host
     */
    public record Limits(long maxBytes, Duration timeout, Duration hostDelay, String userAgent) {
        public static final Limits DEFAULT = new Limits(256L << 20, Duration.ofSeconds(20), Duration.ofSeconds(1),
                "Storyline/0.1 (news analysis; respects robots.txt)");

        public Limits {
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
        }
    }

    /**
     * The inputs a list of names stands for: URLs as they are, files as they are, folders walked recursively in
     * name order (hidden files and folders skipped). A name that is neither goes to {@code missing}.
     */
    public List<Input> inputs(List<String> names, Consumer<IngestException> missing) {
        List<Input> inputs = new ArrayList<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                try {
                    inputs.add(new Input.Url(new URI(name)));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    missing.accept(new IngestException(name, "not a valid URL: " + e.getMessage()));
                }
                continue;
            }
            Path path;
            try {
                path = Path.of(name);
            } catch (InvalidPathException e) {
                missing.accept(new IngestException(name, "no such file, folder or URL (not a valid path: " + e.getReason() + ")"));
                continue;
            }
            if (Files.isRegularFile(path)) {
                inputs.add(new Input.File(path, name));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !hidden(path.relativize(p)))
                            .sorted()
                            .forEach(p -> inputs.add(new Input.File(p, p.toString())));
                } catch (IOException | UncheckedIOException e) {
                    missing.accept(new IngestException(name, "folder cannot be read: " + e.getMessage()));
                }
            } else {
                missing.accept(new IngestException(name, "no such file, folder or URL"));
            }
        }
        return inputs;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The raw bytes of an input, exactly as read or fetched. */
    public Received receive(Input input) throws IngestException {
        return switch (input) {
            case Input.Url url -> fetcher.fetch(url.uri());
            case Input.File file -> read(file);
        };
    }

    private Received read(Input.File file) throws IngestException {
        try {
            long size = Files.size(file.path());
            if (size > limits.maxBytes()) {
                throw new IngestException(file.source(), "" + size + " bytes is over the " + (limits.maxBytes() >> 20)
                        + " MiB limit (--max-mb to raise it)");
            }
            return new Received(file.source(), Files.readAllBytes(file.path()), null, null);
        } catch (NoSuchFileException e) {
            throw new IngestException(file.source(), "no such file");
        } catch (AccessDeniedException e) {
            throw new IngestException(file.source(), "permission denied");
        } catch (IOException e) {
            throw new IngestException(file.source(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Sends the pages of an input to the sink and says what format the input was. */
    public Format unpack(Received received, PageSink sink) throws IngestException {
        return unpacker.unpack(received, sink);
    }

    /** A page's text, decoded from its raw bytes, with warnings about the bytes going to {@code warnings}. */
    public static Page decode(String documentId, String source, String url, byte[] bytes, String contentType,
                              Page.Format format, String declaredTitle, org.storyline.model.PartialDate declaredPublished,
                              Consumer<String> warnings) {
        Charsets.Decoded decoded = Charsets.decode(bytes, contentType, format == Page.Format.HTML);
        decoded.warnings().forEach(warnings);
        String text = decoded.text().indexOf('\0') >= 0 ? decoded.text().replace('\0', ' ') : decoded.text();
        return new Page(documentId, source, url, format, text, decoded.charset(), declaredTitle, declaredPublished);
    }

    /** What the bytes hold, from their content. */
    public static Format sniff(byte[] bytes) {
        return org.storyline.ingest.internal.Sniffer.sniff(bytes);
    }
}
