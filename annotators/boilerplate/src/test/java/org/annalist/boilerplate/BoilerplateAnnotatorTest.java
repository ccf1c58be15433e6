package org.annalist.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.annalist.boilerplate.html.ArticleExtractor;
import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.core.plugin.ComponentParameters;
import org.annalist.type.Boilerplate;
import org.annalist.type.DocumentMetadata;
import org.annalist.type.MainContent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
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

  static AnalysisEngine engine(Object... parameters) throws Exception {
    return AnalysisEngineFactory.createEngine(BoilerplateAnnotator.class, parameters);
  }

  static JCas htmlCas(String text, String html) throws Exception {
    JCas jcas = JCasFactory.createJCas();
    if (text != null) {
      jcas.setDocumentText(text);
    }
    jcas.createView(ComponentParameters.HTML_VIEW).setDocumentText(html);
    return jcas;
  }

  @Test
  void marksArticleSpansOnTikaTextWithDocumentOffsets() throws Exception {
    String tikaText = TikaText.of(PAGE);
    JCas jcas = htmlCas(tikaText, PAGE);
    engine().process(jcas);

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

    List<String> reasons = JCasUtil.select(jcas, Boilerplate.class).stream()
        .map(Boilerplate::getReason).collect(Collectors.toList());
    assertThat(reasons).contains("navigation", "caption", "footer");
  }

  @Test
  void pipelineTextEqualsTheExtractorsText() throws Exception {
    String tikaText = TikaText.of(PAGE);
    JCas jcas = htmlCas(tikaText, PAGE);
    engine().process(jcas);
    String viaPipeline = ContentRegions.cleanText(jcas).replaceAll("\\s+", " ");
    String viaExtractor = ArticleExtractor.extract(PAGE).text().replaceAll("\\s+", " ");
    assertThat(viaPipeline).isEqualTo(viaExtractor);
  }

  @Test
  void fillsEmptyMetadataButKeepsTheReaders() throws Exception {
    JCas jcas = htmlCas(TikaText.of(PAGE), PAGE);
    DocumentMetadata metadata = DocumentMetadataAccess.getOrCreate(jcas);
    metadata.setTitle("Title from the reader");
    engine().process(jcas);
    assertThat(metadata.getTitle()).isEqualTo("Title from the reader");
    assertThat(metadata.getAuthor()).isEqualTo("Jane Doe");
    assertThat(metadata.getPublishedDate()).isEqualTo("2021-03-04");
    assertThat(metadata.getPublishedDateSource()).isEqualTo("json-ld");
  }

  @Test
  void htmlViewWithoutDefaultTextGetsTheBlocksAsText() throws Exception {
    JCas jcas = htmlCas(null, PAGE);
    engine().process(jcas);
    assertThat(jcas.getDocumentText()).contains(P1);
    assertThat(ContentRegions.cleanText(jcas).replaceAll("\\s+", " ")).contains(P1, P2).doesNotContain("Home");
  }

  @Test
  void emptyDocumentsPassThrough() throws Exception {
    JCas jcas = JCasFactory.createText("");
    engine().process(jcas);
    assertThat(JCasUtil.select(jcas, MainContent.class)).isEmpty();
    JCas htmlOnlyEmpty = htmlCas("", "<html><body></body></html>");
    engine().process(htmlOnlyEmpty);
    assertThat(JCasUtil.select(htmlOnlyEmpty, MainContent.class)).isEmpty();
  }

  @Test
  void plainTextIsJudgedLineByLine() throws Exception {
    String text = "Skip to main content\n\nThe council voted on Tuesday to rebuild the harbour wall.\n"
        + "Advertisement\nWork will start in the spring, the mayor said on the radio.\n";
    JCas jcas = JCasFactory.createText(text);
    engine(BoilerplateAnnotator.PARAM_FAVOUR, "precision").process(jcas);
    assertThat(ContentRegions.cleanText(jcas)).isEqualTo(
        "The council voted on Tuesday to rebuild the harbour wall.\n\n"
            + "Work will start in the spring, the mayor said on the radio.");
    assertThat(JCasUtil.select(jcas, Boilerplate.class)).extracting(Boilerplate::getReason)
        .containsExactly("navigation", "advertisement");
  }

  @Test
  void aHugeHtmlViewIsJudgedFromItsTextWithoutParsing() throws Exception {
    String text = "The council voted on Tuesday to rebuild the harbour wall after the storms.\n"
        .repeat(2_000);
    JCas jcas = htmlCas(text, "<html><body>" + "<p>x</p>".repeat(2_000) + "</body></html>");
    engine(BoilerplateAnnotator.PARAM_MAX_HTML_CHARS, 1_000).process(jcas);
    assertThat(JCasUtil.select(jcas, MainContent.class)).hasSize(1);
  }

  @Test
  void rejectsAnUnknownFavour() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine(BoilerplateAnnotator.PARAM_FAVOUR, "speed"))
        .hasStackTraceContaining("favour must be precision, balanced or recall");
  }
}
