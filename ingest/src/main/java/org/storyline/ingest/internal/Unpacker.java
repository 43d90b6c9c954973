package org.storyline.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.ingest.Format;
import org.storyline.ingest.IngestException;
import org.storyline.ingest.PageSink;
import org.storyline.ingest.RawPage;
import org.storyline.ingest.Received;
import org.storyline.model.PartialDate;

/**
 * Turns the bytes of one input into its pages: the input itself when it is a page, or the records of a WARC,
 * JSONL file or RSS/Atom feed; gzip is undone first, whatever the file is called.
 */
public final class Unpacker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final long maxBytes;

    public Unpacker(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Sends every page of the input to the sink; problems with single records go to the sink too. */
    public Format unpack(Received input, PageSink sink) throws IngestException {
        byte[] bytes = input.bytes();
        Format format = Sniffer.sniff(bytes);
        if (format == Format.GZIP) {
            bytes = gunzip(input.source(), bytes);
            format = Sniffer.sniff(bytes);
        }
        switch (format) {
            case EMPTY -> throw new IngestException(input.source(), "empty input (" + bytes.length + " bytes, no text)");
            case BINARY -> throw new IngestException(input.source(), "binary content, not a text or HTML page ("
                    + bytes.length + " bytes)");
            case WARC -> warc(input.source(), bytes, sink);
            case JSONL -> jsonl(input.source(), bytes, sink);
            case FEED -> feed(input.source(), bytes, sink);
            case HTML, TEXT -> sink.page(new RawPage(input.source(), input.url(), bytes, input.contentType(), format, null, null));
            case GZIP -> throw new IngestException(input.source(), "gzip inside gzip is not supported");
        }
        return format;
    }

    private byte[] gunzip(String source, byte[] bytes) throws IngestException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return readCapped(source, in);
        } catch (IOException e) {
            throw new IngestException(source, "broken gzip data: " + e.getMessage(), e);
        }
    }

    private byte[] readCapped(String source, InputStream in) throws IOException, IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new IngestException(source, "larger than the " + (maxBytes >> 20) + " MiB limit once decompressed");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void warc(String source, byte[] bytes, PageSink sink) throws IngestException {
        int skipped = 0;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
            reader.onWarning(message -> sink.problem(source + ": WARC: " + message));
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    String url = response.target();
                    try {
                        HttpResponse http = response.http();
                        if (http.status() < 200 || http.status() >= 300) {
                            skipped++;
                            continue;
                        }
                        MediaType type = http.contentType();
                        if (!textual(type)) {
                            skipped++;
                            continue;
                        }
                        byte[] body = readCapped(url, http.body().stream());
                        pageOrSkip(new RawPage(url, url, body, type.toString(), Sniffer.sniff(body), null, null), sink);
                    } catch (IOException e) {
                        sink.problem(url + ": unreadable HTTP response in WARC " + source + ": " + e.getMessage());
                    }
                } else if (record instanceof WarcResource resource) {
                    String url = resource.target();
                    MediaType type = resource.payloadType();
                    if (!textual(type)) {
                        skipped++;
                        continue;
                    }
                    byte[] body = readCapped(url, resource.body().stream());
                    pageOrSkip(new RawPage(url, url, body, type.toString(), Sniffer.sniff(body), null, null), sink);
                }
            }
        } catch (IOException e) {
            throw new IngestException(source, "unreadable WARC: " + e.getMessage(), e);
        }
        if (skipped > 0) {
            sink.note(source + ": " + skipped + " WARC record" + (skipped == 1 ? "" : "s")
                    + " skipped (not a 2xx text or HTML response)");
        }
    }

    private static boolean textual(MediaType type) {
        String base = type.base().toString();
        return base.startsWith("text/") || base.contains("html") || base.contains("xml") || base.equals("application/octet-stream");
    }

    private static void pageOrSkip(RawPage page, PageSink sink) {
        if (page.format().isPage()) {
            sink.page(page);
        } else {
            sink.problem(page.source() + ": record skipped: " + page.format().label() + " content, not a page");
        }
    }

    private void jsonl(String source, byte[] bytes, PageSink sink) throws IngestException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a UTF-8 byte-order mark, which Jackson rejects in a String
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = JSON.readTree(line);
                } catch (IOException e) {
                    sink.problem(source + ": line " + lineNo + ": not valid JSON: " + firstLine(e.getMessage()));
                    continue;
                }
                String url = text(record, "url");
                String html = text(record, "html");
                String body = html != null ? html : text(record, "text");
                if (body == null || body.isBlank()) {
                    sink.problem(source + ": line " + lineNo + ": record has neither \"html\" nor \"text\"");
                    continue;
                }
                String published = text(record, "published");
                PartialDate date = Dates.iso(published);
                if (published != null && date == null) {
                    sink.problem(source + ": line " + lineNo + ": \"published\" is not an ISO date: " + published);
                }
                sink.page(new RawPage(url != null ? url : source + "#" + lineNo, url, body.getBytes(StandardCharsets.UTF_8),
                        html != null ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
                        html != null ? Format.HTML : Format.TEXT, text(record, "title"), date));
            }
        } catch (IOException e) {
            throw new IngestException(source, "unreadable JSONL: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode node = record.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }

    private void feed(String source, byte[] bytes, PageSink sink) throws IngestException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new IngestException(source, "unreadable RSS/Atom feed: " + firstLine(e.getMessage()), e);
        }
        int index = 0;
        int withoutContent = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String body = content(entry);
            String link = entry.getLink();
            if (body == null || body.isBlank()) {
                withoutContent++;
                continue;
            }
            byte[] page = body.getBytes(StandardCharsets.UTF_8);
            Format format = Sniffer.sniff(page) == Format.HTML ? Format.HTML : Format.TEXT;
            sink.page(new RawPage(link != null ? link : source + "#" + index, link, page,
                    (format == Format.HTML ? "text/html" : "text/plain") + "; charset=utf-8", format,
                    entry.getTitle(), Dates.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())));
        }
        if (withoutContent > 0) {
            sink.note(source + ": " + withoutContent + " feed entr" + (withoutContent == 1 ? "y has" : "ies have")
                    + " no content; ingest their links to fetch the pages");
        }
    }

    private static String content(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        StringBuilder body = new StringBuilder();
        for (SyndContent c : contents) {
            if (c.getValue() != null) {
                body.append(c.getValue());
            }
        }
        if (body.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            body.append(entry.getDescription().getValue());
        }
        return body.toString();
    }
}
