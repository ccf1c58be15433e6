package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.annalist.reader.tika.SourceItem.RawDocument;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.junit.jupiter.api.Test;

/**
 * The reader hands HTML, already decoded, straight to Tika's HTML parser. Its text and structure
 * must be exactly what Tika's parser registry gives when it decodes the bytes itself.
 */
class DirectHtmlParsingTest {

  private final DocumentParser parser = new DocumentParser(null, "en", 10_000_000, false);

  @Test
  void sameTextAndStructureAsThroughTikasRegistry() throws Exception {
    String html = "<!DOCTYPE html><html><head><title>T</title><meta charset=\"windows-1252\">"
        + "<script>var x = '<p>not text</p>';</script><style>p{}</style></head><body>"
        + "<h1>Caf\u00e9 \u201cParis\u201d</h1><div>Loose text<br>after a break<p>A <a href=\"/x\">link</a>"
        + " &amp; more.</p><ul><li>one<li>two</ul><table><tr><td>cell<td>cell 2</table>"
        + "<pre>  code\n  kept </pre><img src=\"data:image/png;base64,iVBORw0KGgo=\"><div/>after"
        + "<!-- a comment <p>inside</p> --><blockquote>Quote</blockquote></div><p>unclosed";
    assertSameAsRegistry(html.getBytes(Charset.forName("windows-1252")));
    assertSameAsRegistry(html.replace("windows-1252", "utf-8").getBytes(StandardCharsets.UTF_8));
    byte[] utf8 = html.replace("windows-1252", "utf-8").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertSameAsRegistry(withBom);
    // malformed UTF-8 (a lone continuation byte) in a page that declares UTF-8
    byte[] malformed = utf8.clone();
    malformed[malformed.length - 3] = (byte) 0x80;
    assertSameAsRegistry(malformed);
  }

  @Test
  void sameTextAndStructureOnRealNewsPages() throws Exception {
    for (BenchmarkPages.Page page : BenchmarkPages.first(15)) {
      assertSameAsRegistry(page.bytes());
    }
  }

  private void assertSameAsRegistry(byte[] bytes) throws Exception {
    ParsedDocument direct = parser.parse(new RawDocument("page.html", "file:page.html", "page.html", bytes), "x");
    Charset charset = new CharsetSniffer(null).sniff(bytes, true);
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    context.set(EncodingDetector.class, (in, md) -> charset);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "page.html");
    metadata.set(Metadata.CONTENT_TYPE, "text/html");
    StructureHandler viaRegistry = new StructureHandler(10_000_000);
    try (InputStream in = TikaInputStream.get(bytes)) {
      new DefaultParser().parse(in, viaRegistry, metadata, context);
    }
    assertThat(direct.text()).isEqualTo(viaRegistry.text());
    assertThat(spans(direct.structure())).isEqualTo(spans(viaRegistry.spans()));
    assertThat(direct.rawHtml()).isEqualTo(CharsetSniffer.decode(bytes, charset));
  }

  private static List<String> spans(List<StructureSpan> spans) {
    List<String> out = new ArrayList<>();
    for (StructureSpan span : spans) {
      out.add(span.toString());
    }
    return out;
  }
}
