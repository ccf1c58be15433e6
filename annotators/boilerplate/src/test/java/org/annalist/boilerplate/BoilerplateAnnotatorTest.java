package org.annalist.boilerplate;

import static org.annalist.testkit.AnnalistAssertions.assertThat;
import static org.annalist.testkit.AnnalistAssertions.assertThatThrownBy;

import java.util.List;
import org.annalist.boilerplate.html.ArticleExtractor;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.type.Boilerplate;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.MainContent;
import org.annalist.testkit.Annotate;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

public class BoilerplateAnnotatorTest {

  static final String P1 = "The council voted on Tuesday to rebuild the old harbour wall, which "
      + "collapsed during the winter storms, at a cost of about four million euros.";
  static final String P2 = "Work will start in the spring, the mayor said, and should take two "
      + "years, during which the ferry will use a temporary pier north of the town.";

  public static final String PAGE = """
      <html><head><meta charset="utf-8"><title>Harbour wall to be rebuilt</title>
      <meta name="author" content="Jane Doe">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04"}</script>
      </head><body>
      <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
      <article><h1>Harbour wall to be rebuilt</h1>
      <p>%s</p>
      <figure><img src="a.jpg"><figcaption>The wall in January. Photo: J. Smith</figcaption></figure>
      <p>%s</p></article>
      <footer><p>© 2021 Coast Gazette. All rights reserved.</p></footer>
      </body></html>
      """.formatted(P1, P2);

  /** The page as the tika reader gives it: Tika's text, and the HTML in the html view. */
  static Annotate page(String tikaText, String html) {
    return Annotate.text(tikaText).htmlView(html);
  }

  @Test
  void marksArticleSpansOnTikaTextWithDocumentOffsets() throws Exception {
    String tikaText = TikaText.of(PAGE);
    JCas jcas = page(tikaText, PAGE).with(BoilerplateAnnotator.class).run();

    List<ContentRegions.Region> regions = ContentRegions.of(jcas);
    assertThat(regions).isNotEmpty();
    for (ContentRegions.Region region : regions) {
      assertThat(tikaText.substring(region.begin(), region.end())).isEqualTo(region.text());
    }
    String clean = ContentRegions.cleanText(jcas);
    assertThat(clean.replaceAll("\\s+", " ")).contains(P1, P2);
    assertThat(clean).doesNotContain("Home", "Photo: J. Smith", "All rights reserved");
    int p1 = tikaText.indexOf("The council voted");
    assertThat(regions.get(0).begin()).isEqualTo(p1);

    assertThat(jcas).annotations(Boilerplate.class).feature("reason").contains("navigation", "caption", "footer");
  }

  @Test
  void pipelineTextEqualsTheExtractorsText() throws Exception {
    JCas jcas = page(TikaText.of(PAGE), PAGE).with(BoilerplateAnnotator.class).run();
    String viaPipeline = ContentRegions.cleanText(jcas).replaceAll("\\s+", " ");
    String viaExtractor = ArticleExtractor.extract(PAGE).text().replaceAll("\\s+", " ");
    assertThat(viaPipeline).isEqualTo(viaExtractor);
  }

  @Test
  void fillsEmptyMetadataButKeepsTheReaders() throws Exception {
    JCas jcas = page(TikaText.of(PAGE), PAGE).metadata(m -> m.setTitle("Title from the reader"))
        .with(BoilerplateAnnotator.class).run();
    DocumentMetadata metadata = DocumentMetadataAccess.find(jcas);
    assertThat(metadata.getTitle()).isEqualTo("Title from the reader");
    assertThat(metadata.getAuthor()).isEqualTo("Jane Doe");
    assertThat(metadata.getPublishedDate()).isEqualTo("2021-03-04");
    assertThat(metadata.getPublishedDateSource()).isEqualTo("json-ld");
  }

  @Test
  void htmlViewWithoutDefaultTextGetsTheBlocksAsText() throws Exception {
    JCas jcas = page(null, PAGE).with(BoilerplateAnnotator.class).run();
    assertThat(jcas.getDocumentText()).contains(P1);
    assertThat(ContentRegions.cleanText(jcas).replaceAll("\\s+", " ")).contains(P1, P2).doesNotContain("Home");
  }

  @Test
  void emptyDocumentsPassThrough() throws Exception {
    assertThat(Annotate.text("").with(BoilerplateAnnotator.class).run()).hasNo(MainContent.class);
    assertThat(page("", "<html><body></body></html>").with(BoilerplateAnnotator.class).run()).hasNo(MainContent.class);
  }

  @Test
  void plainTextIsJudgedLineByLine() throws Exception {
    String text = "Skip to main content\n\nThe council voted on Tuesday to rebuild the harbour wall.\n"
        + "Advertisement\nWork will start in the spring, the mayor said on the radio.\n";
    JCas jcas = Annotate.text(text).with(BoilerplateAnnotator.class, BoilerplateAnnotator.PARAM_FAVOUR, "precision").run();
    assertThat(ContentRegions.cleanText(jcas)).isEqualTo(
        "The council voted on Tuesday to rebuild the harbour wall.\n\n"
            + "Work will start in the spring, the mayor said on the radio.");
    assertThat(jcas).annotations(Boilerplate.class).feature("reason").containsExactly("navigation", "advertisement");
  }

  @Test
  void aHugeHtmlViewIsJudgedFromItsTextWithoutParsing() throws Exception {
    String text = "The council voted on Tuesday to rebuild the harbour wall after the storms.\n"
        .repeat(2_000);
    JCas jcas = page(text, "<html><body>" + "<p>x</p>".repeat(2_000) + "</body></html>")
        .with(BoilerplateAnnotator.class, BoilerplateAnnotator.PARAM_MAX_HTML_CHARS, 1_000).run();
    assertThat(jcas).annotations(MainContent.class).hasCount(1);
  }

  @Test
  void aHundredMegabytePlainTextGetsFewMergedSpans() throws Exception {
    String paragraph = "The council voted on Tuesday to rebuild the old harbour wall after the storms.\n";
    String text = "Skip to main content\n" + paragraph.repeat(100_000_000 / paragraph.length());
    JCas jcas = Annotate.text(text).with(BoilerplateAnnotator.class).run();
    assertThat(jcas).annotations(MainContent.class).hasCount(1);
    assertThat(jcas).annotations(Boilerplate.class).feature("reason").containsExactly("navigation");
  }

  @Test
  void rejectsAnUnknownFavour() {
    assertThatThrownBy(() -> Annotate.text("x").with(BoilerplateAnnotator.class, BoilerplateAnnotator.PARAM_FAVOUR, "speed").run())
        .hasStackTraceContaining("favour must be precision, balanced or recall");
  }
}
