package org.storyline.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String RUSSIAN = "Москва. Власти сообщили о взрыве в жилом доме на окраине города.";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void bomUtf8() {
        byte[] bytes = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "Café".getBytes(StandardCharsets.UTF_8));
        Charsets.Decoded d = Charsets.decode(bytes, "text/html; charset=iso-8859-5", true);
        assertThat(d.text()).isEqualTo("Café");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
        assertThat(Charsets.bom(bytes)).isEqualTo(new Charsets.Bom(StandardCharsets.UTF_8, 3));
    }

    @Test
    void bomUtf16LittleAndBigEndian() {
        byte[] le = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, RUSSIAN.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xfe, (byte) 0xff}, RUSSIAN.getBytes(StandardCharsets.UTF_16BE));
        Charsets.Decoded dl = Charsets.decode(le, null, false);
        Charsets.Decoded db = Charsets.decode(be, "text/plain; charset=utf-8", false);
        assertThat(dl.text()).isEqualTo(RUSSIAN);
        assertThat(dl.charset()).isEqualTo("UTF-16LE");
        assertThat(db.text()).isEqualTo(RUSSIAN);
        assertThat(db.charset()).isEqualTo("UTF-16BE");
        assertThat(Charsets.bom(new byte[] {'a', 'b', 'c'})).isNull();
        assertThat(Charsets.bom(new byte[0])).isNull();
    }

    @Test
    void httpHeaderCharsetWinsOverMeta() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + RUSSIAN + "</body></html>";
        Charsets.Decoded d = Charsets.decode(html.getBytes(CP1251), "text/html; charset=windows-1251", true);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo("windows-1251");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void headerCharsetIsCaseAndQuoteInsensitive() {
        String text = RUSSIAN;
        Charsets.Decoded d = Charsets.decode(text.getBytes(Charset.forName("KOI8-R")), "text/plain;CHARSET=\"KOI8-R\"", false);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo("KOI8-R");
    }

    @Test
    void metaCharset() {
        String html = "<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body>"
                + RUSSIAN + "</body></html>";
        Charsets.Decoded d = Charsets.decode(html.getBytes(CP1251), "text/html", true);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo("windows-1251");
    }

    @Test
    void metaHttpEquivContentCharset() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">"
                + "</head><body>" + RUSSIAN + "</body></html>";
        Charsets.Decoded d = Charsets.decode(html.getBytes(Charset.forName("KOI8-R")), null, true);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo("KOI8-R");
    }

    @Test
    void xmlEncodingDeclaration() {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<html><body>" + RUSSIAN + "</body></html>";
        Charsets.Decoded d = Charsets.decode(xml.getBytes(CP1251), null, true);
        assertThat(d.text()).isEqualTo(xml);
        assertThat(d.charset()).isEqualTo("windows-1251");
    }

    @Test
    void markupDeclarationIsIgnoredForPlainText() {
        String text = "This text says <meta charset=\"windows-1251\"> but is UTF-8: " + RUSSIAN;
        Charsets.Decoded d = Charsets.decode(text.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void latin1DeclaredButValidMultibyteUtf8DecodesAsUtf8() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body>Le café à Zürich – «déjà vu»</body></html>";
        Charsets.Decoded d = Charsets.decode(html.getBytes(StandardCharsets.UTF_8), null, true);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo("UTF-8");

        Charsets.Decoded fromHeader = Charsets.decode("Zürich".getBytes(StandardCharsets.UTF_8),
                "text/html; charset=ISO-8859-1", true);
        assertThat(fromHeader.text()).isEqualTo("Zürich");
    }

    @Test
    void latin1DeclaredAndLatin1BytesDecodeAsWindows1252() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body>Le café “quoted” €5</body></html>";
        Charsets.Decoded d = Charsets.decode(html.getBytes(CP1252), null, true);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void undeclaredWindows1252IsDecodedCorrectly() {
        byte[] bytes = "Le café est fermé. Les élèves sont allés à la plage près de Nîmes.".getBytes(CP1252);
        assertThat(bytes).contains((byte) 0xe9);
        Charsets.Decoded d = Charsets.decode(bytes, null, false);
        assertThat(d.text()).isEqualTo("Le café est fermé. Les élèves sont allés à la plage près de Nîmes.");
        assertThat(d.text()).doesNotContain("\uFFFD");
    }

    @Test
    void undeclaredShortWindows1252WordIsDecodedCorrectly() {
        Charsets.Decoded d = Charsets.decode(new byte[] {'c', 'a', 'f', (byte) 0xe9}, null, true);
        assertThat(d.text()).isEqualTo("café");
    }

    @Test
    void undeclaredValidUtf8() {
        Charsets.Decoded d = Charsets.decode(RUSSIAN.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(d.text()).isEqualTo(RUSSIAN);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void invalidUtf8DeclaredAsUtf8WarnsAndReplaces() {
        byte[] bytes = "<html><head><meta charset=\"utf-8\"></head><body>caf\u00e9 and na\u00efve</body></html>"
                .getBytes(CP1252);
        Charsets.Decoded d = Charsets.decode(bytes, null, true);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("caf\uFFFD");
        assertThat(d.warnings()).singleElement().asString()
                .contains("invalid UTF-8")
                .contains("2 malformed byte sequences");
    }

    @Test
    void invalidUtf8DeclaredInHeaderWarns() {
        Charsets.Decoded d = Charsets.decode(new byte[] {'a', (byte) 0xff, 'b'}, "text/plain; charset=UTF-8", false);
        assertThat(d.text()).isEqualTo("a\uFFFDb");
        assertThat(d.warnings()).singleElement().asString().contains("invalid UTF-8").contains("1 malformed byte sequence ");
    }

    @Test
    void unknownDeclaredCharsetWarnsAndStillDecodes() {
        String html = "<html><head><meta charset=\"x-no-such-charset\"></head><body>Zürich</body></html>";
        Charsets.Decoded d = Charsets.decode(html.getBytes(StandardCharsets.UTF_8), null, true);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).singleElement().asString().contains("x-no-such-charset").contains("unknown");
    }

    @Test
    void unknownHeaderCharsetWarnsAndFallsBackToMeta() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body>" + RUSSIAN + "</body></html>";
        Charsets.Decoded d = Charsets.decode(html.getBytes(CP1251), "text/html; charset=bogus-9", true);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.warnings()).singleElement().asString().contains("bogus-9");
    }

    @Test
    void asciiIsAsciiWhateverTheDeclaration() {
        String text = "Plain ASCII news text.";
        assertThat(Charsets.decode(text.getBytes(StandardCharsets.US_ASCII), "text/plain; charset=us-ascii", false).text())
                .isEqualTo(text);
        assertThat(Charsets.decode(text.getBytes(StandardCharsets.US_ASCII), null, false).text()).isEqualTo(text);
    }

    @Test
    void emptyBytes() {
        Charsets.Decoded d = Charsets.decode(new byte[0], null, true);
        assertThat(d.text()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }
}
