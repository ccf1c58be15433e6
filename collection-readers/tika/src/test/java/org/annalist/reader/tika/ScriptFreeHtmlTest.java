package org.annalist.reader.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.junit.jupiter.api.Test;

/**
 * Cutting scripts and styles out before Tika's HTML parser must not change what the reader gets
 * from the page: the same text, structure spans, title and metadata as from the whole page.
 */
class ScriptFreeHtmlTest {

  private static final JSoupParser PARSER = new JSoupParser();

  @Test
  void cutsScriptsAndStylesBetweenTags() {
    String html = "<html><head>\n<script src=\"a.js\"></script>\n<STYLE type=text/css>p { color: red }</STYLE>\n"
        + "<title>T</title></head><body><p>One</p>\n<script>var s = \"</div>\";</script>\n<p>Two</p></body></html>";
    String cut = ScriptFreeHtml.of(html);
    assertThat(cut).doesNotContain("a.js", "color", "var s").contains("<title>T</title>", "<p>One</p>", "<p>Two</p>");
    assertSameReading(html);
  }

  @Test
  void leavesAloneWhatOnlyLooksLikeAScript() {
    List<String> pages = List.of(
        "<body><textarea><script>x()</script></textarea><p>a</p></body>",
        "<body><title><style>t</style></title><p>b</p></body>",
        "<body><!-- <script> --><p>c</p><script>y()</script></body>",
        "<body><p title=\"<script>\">d</p><script>z()</script><p>e</p></body>",
        "<body><iframe><script>w()</script></iframe><p>f</p></body>",
        "<body><scripts>g</scripts><styled>h</styled><p>i</p></body>",
        "<body><xmp><style>j</style></xmp><p>k</p></body>");
    for (String page : pages) {
      assertSameReading(page);
    }
    assertThat(ScriptFreeHtml.of(pages.get(0))).isEqualTo(pages.get(0));
    assertThat(ScriptFreeHtml.of(pages.get(2))).contains("<!-- <script> -->").doesNotContain("y()");
    assertThat(ScriptFreeHtml.of(pages.get(3))).contains("title=\"<script>\"").doesNotContain("z()");
  }

  @Test
  void keepsScriptsWhoseEndOrSurroundingsAreUncertain() {
    List<String> pages = List.of(
        // script data escaping: the first </script> does not end it
        "<body><script><!-- document.write('<script>a()</script>'); --></script><p>x</p></body>",
        // Tika's parser closes <script/>, the standard does not
        "<body><script src=a.js /><p>y</p><script>b()</script></body>",
        // foreign content, CDATA, framesets, plaintext
        "<body><svg><style>c{}</style><title>icon</title></svg><script>d()</script><p>z</p></body>",
        "<body><math><mi>x</mi></math><style>e{}</style><p>w</p></body>",
        "<body><p>a<![CDATA[ b>c ]]>d</p><script>f()</script></body>",
        "<frameset><script>g()</script></frameset>",
        "<body><plaintext><script>h()</script></body>",
        // joining would change the text: a character reference, a tag, CR LF, the newline after <pre>
        "<body><p>&am<script>i()</script>p; and a<<script>j()</script>b>bold</p></body>",
        "<body><pre>line\r<script>k()</script>\nnext</pre></body>",
        "<body><pre><script>l()</script>\nfirst</pre></body>",
        // table text: white space on one side, text on the other is moved out of the table or not
        "<body><p>foo<table> <script>m()</script>x<tr><td>cell</td></tr></table></p></body>",
        "<body><table>y<style>n{}</style> <tr><td>cell</td></tr></table></body>",
        // attribute syntax the parsers may read differently
        "<body><script a=b\"c>o()</script><p>v</p></body>",
        "<body><script data-x='1'>p()</script  ><p>u</p><script>q()</script x=\">\"><p>t</p></body>",
        // unterminated
        "<body><p>s</p><script>r()",
        "<body><p>s</p><style>r{}");
    for (String page : pages) {
      assertSameReading(page);
    }
    assertThat(ScriptFreeHtml.of(pages.get(0))).isEqualTo(pages.get(0));
    assertThat(ScriptFreeHtml.of(pages.get(1))).isEqualTo(pages.get(1));
    assertThat(ScriptFreeHtml.of(pages.get(2))).isEqualTo(pages.get(2));
    assertThat(ScriptFreeHtml.of(pages.get(7))).isEqualTo(pages.get(7));
    assertThat(ScriptFreeHtml.of(pages.get(10))).isEqualTo(pages.get(10));
  }

  @Test
  void noscriptContentIsScannedButNotCut() {
    String html = "<html><head><noscript><img src=\"https://example.org/p?a=1&b=2\" style=\"display:none\"/>"
        + "<style>.lazy{display:none}</style></noscript>\n<script>after()</script>\n</head>"
        + "<body><noscript><p>Enable scripts</p></noscript><p>Text</p></body></html>";
    String cut = ScriptFreeHtml.of(html);
    assertThat(cut).contains(".lazy{display:none}").doesNotContain("after()");
    assertSameReading(html);
    String commentInside = "<body><noscript><!-- x --></noscript><script>y()</script><p>z</p></body>";
    assertThat(ScriptFreeHtml.of(commentInside)).isEqualTo(commentInside);
  }

  @Test
  void pathologicalInputIsHandledWithoutError() {
    String many = "<script>".repeat(20_000) + "<p>x</p>" + "<style>".repeat(20_000) + "<!--".repeat(20_000);
    assertThat(ScriptFreeHtml.of(many)).contains("<p>x</p>");
    ScriptFreeHtml.of("<a b='".repeat(30_000));
    ScriptFreeHtml.of("<noscript>".repeat(30_000));
    assertThat(ScriptFreeHtml.of("<script></script>\n".repeat(50_000) + "x")).endsWith("x");
  }

  @Test
  void realNewsPagesReadTheSame() throws Exception {
    for (BenchmarkPages.Page page : BenchmarkPages.first(15)) {
      String html = new String(page.bytes(), StandardCharsets.UTF_8);
      assertThat(ScriptFreeHtml.of(html).length()).as(page.file().toString()).isLessThanOrEqualTo(html.length());
      assertSameReading(html);
    }
  }

  private static void assertSameReading(String html) {
    Reading whole = read(html);
    Reading cut = read(ScriptFreeHtml.of(html));
    assertThat(cut.text).as(html).isEqualTo(whole.text);
    assertThat(cut.spans).as(html).isEqualTo(whole.spans);
    assertThat(cut.metadata).as(html).isEqualTo(whole.metadata);
  }

  private record Reading(String text, String spans, String metadata) {}

  private static Reading read(String html) {
    try {
      StructureHandler handler = new StructureHandler(10_000_000);
      Metadata metadata = new Metadata();
      ParseContext context = new ParseContext();
      context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
      PARSER.parseString(html, handler, metadata, context);
      return new Reading(handler.text(), handler.spans() + " " + handler.timeTags() + " " + handler.microdataDates(),
          metadata.toString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
