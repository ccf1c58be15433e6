package org.annalist.boilerplate.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import org.annalist.boilerplate.Article;
import org.annalist.boilerplate.Block;
import org.annalist.boilerplate.Favour;
import org.annalist.boilerplate.Reason;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  static final String P1 = "The council voted on Tuesday to rebuild the old harbour wall, which "
      + "collapsed during the winter storms, at a cost of about four million euros.";
  static final String P2 = "Work will start in the spring, the mayor said, and should take two "
      + "years, during which the ferry will use a temporary pier north of the town.";
  static final String P3 = "Fishermen, who had asked for the repairs for months, welcomed the "
      + "decision but warned that the delay had already cost them a season of catches.";

  static final String PAGE = """
      <html><head><title>Harbour wall to be rebuilt | Coast Gazette</title>
      <meta property="og:title" content="Harbour wall to be rebuilt">
      <meta name="author" content="Jane Doe">
      <meta property="article:published_time" content="2021-03-04T09:30:00Z">
      </head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <article>
        <h1>Harbour wall to be rebuilt</h1>
        <div class="byline">By Jane Doe</div>
        <figure><img src="wall.jpg"><figcaption>The collapsed wall in January. Photo: John Smith</figcaption></figure>
        <p>%s</p>
        <p>%s</p>
        <h2>Fishermen relieved</h2>
        <p>%s</p>
      </article>
      <aside class="related"><h3>More stories</h3>
        <ul><li><a href="/a">Storm damage bill rises to ten million euros as insurers count the cost</a></li>
        <li><a href="/b">Ferry timetable changes announced for the summer season on all routes</a></li></ul>
      </aside>
      <div id="comments"><p>Great news, about time they fixed the wall, it has been a danger for years now.</p></div>
      <footer><p>© 2021 Coast Gazette. All rights reserved.</p></footer>
      </body></html>
      """.formatted(P1, P2, P3);

  @Test
  void keepsArticleParagraphsAndDropsFurniture() {
    Article article = ArticleExtractor.extract(PAGE);
    String text = article.text();
    assertThat(text).contains(P1, P2, P3, "Fishermen relieved");
    assertThat(text).doesNotContain("Home", "Share on Facebook", "Storm damage bill",
        "Great news", "All rights reserved", "Photo: John Smith", "By Jane Doe");
    assertThat(text).doesNotContain("Harbour wall to be rebuilt");
  }

  @Test
  void givesReasonsForFurniture() {
    Article article = ArticleExtractor.extract(PAGE);
    assertThat(reasonOf(article, "Home")).isEqualTo(Reason.NAVIGATION);
    assertThat(reasonOf(article, "Share on Facebook")).isEqualTo(Reason.SOCIAL);
    assertThat(reasonOf(article, "The collapsed wall in January. Photo: John Smith")).isEqualTo(Reason.CAPTION);
    assertThat(reasonOf(article, "Great news")).isEqualTo(Reason.COMMENTS);
    assertThat(reasonOf(article, "Storm damage bill")).isEqualTo(Reason.RELATED_CONTENT);
  }

  @Test
  void readsMetadataFromMetaTags() {
    Article article = ArticleExtractor.extract(PAGE);
    assertThat(article.title()).isEqualTo("Harbour wall to be rebuilt");
    assertThat(article.author()).isEqualTo("Jane Doe");
    assertThat(article.date()).startsWith("2021-03-04");
    assertThat(article.metadata().dateSource()).isEqualTo("meta:article:published_time");
  }

  @Test
  void readsMetadataFromJsonLdAndTimeTags() {
    String html = """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
         {"@type":"NewsArticle","headline":"Drones shot down near airport",
          "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
          "datePublished":"2022-01-03"}]}
        </script></head><body><p>%s</p></body></html>""".formatted(P1);
    Article article = ArticleExtractor.extract(html);
    assertThat(article.title()).isEqualTo("Drones shot down near airport");
    assertThat(article.author()).isEqualTo("Ann Lee, Bo Chen");
    assertThat(article.date()).isEqualTo("2022-01-03");
    assertThat(article.metadata().dateSource()).isEqualTo("json-ld");

    Article timed = ArticleExtractor.extract(
        "<html><body><time datetime=\"2020-01-08T06:00:00+03:00\">8 Jan</time><p>" + P1 + "</p></body></html>");
    assertThat(timed.date()).startsWith("2020-01-08");
    assertThat(timed.metadata().dateSource()).isEqualTo("time-tag");
  }

  @Test
  void dropsTeaserListAfterTheArticle() {
    String html = "<html><body><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p><h3>Read next</h3><ul>"
        + "<li><a href=\"/x\">Council approves new budget for schools</a></li>"
        + "<li><a href=\"/y\">Storm warning for the weekend</a></li></ul></div></body></html>";
    Article article = ArticleExtractor.extract(html);
    assertThat(article.text()).contains(P1, P3).doesNotContain("Council approves", "Read next");
  }

  @Test
  void keepsShortArticleParagraphsBetweenProse() {
    String html = "<html><body><div><p>" + P1 + "</p><p>It was a cold night.</p><p>" + P2
        + "</p></div></body></html>";
    assertThat(ArticleExtractor.extract(html).text()).contains("It was a cold night.");
  }

  @Test
  void favourRecallKeepsAtLeastWhatBalancedKeeps() {
    int balanced = new ArticleExtractor(Favour.BALANCED).extractFrom(PAGE).text().length();
    int recall = new ArticleExtractor(Favour.RECALL).extractFrom(PAGE).text().length();
    int precision = new ArticleExtractor(Favour.PRECISION).extractFrom(PAGE).text().length();
    assertThat(recall).isGreaterThanOrEqualTo(balanced);
    assertThat(precision).isLessThanOrEqualTo(balanced);
  }

  @Test
  void survivesEmptyAndFurnitureOnlyPages() {
    assertThat(ArticleExtractor.extract("").text()).isEmpty();
    assertThat(ArticleExtractor.extract(null).blocks()).isEmpty();
    Article furniture = ArticleExtractor.extract(
        "<html><body><nav><a href=/>Home</a> <a href=/a>About</a></nav><footer>© 2020 Site</footer></body></html>");
    assertThat(furniture.text()).isEmpty();
    assertThat(furniture.blocks()).isNotEmpty().noneMatch(Block::content);
  }

  @Test
  void survivesMalformedMarkup() {
    String html = "<html><body><div><p>" + P1 + "<p><b><i>" + P2 + "</b></i><table><tr><td>"
        + P3 + "</div></span></body><p>trailing";
    Article article = ArticleExtractor.extract(html);
    assertThat(article.text()).contains(P1, P2, P3);
  }

  @Test
  void readsNonUtf8PagesByTheirDeclaredCharset() throws Exception {
    String html = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Le café de la "
        + "gare a rouvert ses portes après des travaux qui ont duré près de deux ans, à la "
        + "grande joie des habitués.</p></body></html>";
    byte[] latin1 = html.getBytes(Charset.forName("ISO-8859-1"));
    Article article = new ArticleExtractor().extractFrom(new ByteArrayInputStream(latin1), null);
    assertThat(article.text()).contains("Le café de la gare", "après");
  }

  @Test
  void deepNestingAndHugeInputAreExtracted() {
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(50_000)).append("<p>").append(P1).append("</p>");
    deep.append("</div>".repeat(50_000)).append("</body></html>");
    assertThat(ArticleExtractor.extract(deep.toString()).text()).contains(P1);

    // ~100 MB of markup: cut to the parse limit
    StringBuilder huge = new StringBuilder(100_100_000).append("<html><body>");
    String paragraph = "<p>" + P1 + "</p>\n";
    while (huge.length() < 100_000_000) {
      huge.append(paragraph);
    }
    String page = huge.toString();
    huge.setLength(0);
    Article article = ArticleExtractor.extract(page);
    assertThat(article.text()).startsWith(P1);
  }

  private static Reason reasonOf(Article article, String prefix) {
    return article.blocks().stream()
        .filter(b -> b.text().startsWith(prefix))
        .findFirst()
        .map(Block::reason)
        .orElseThrow(() -> new AssertionError("no block starts with " + prefix));
  }
}
