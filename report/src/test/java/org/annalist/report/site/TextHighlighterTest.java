package org.annalist.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.report.model.Mention;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextHighlighterTest {

  private static String render(String text, List<Mention> mentions) {
    return TextHighlighter.render(text, mentions, new IdentityHashMap<>(), Map.of());
  }

  @Test
  void markupInTheTextIsEscapedNotInterpreted() {
    String text = "<script>alert('x')</script> & \"quoted\" &amp; <b>bold</b>";
    String html = render(text, List.of(new Mention(Mention.DATE, 0, 8, "<script>", "\"><img src=x>", Map.of())));
    Document parsed = Jsoup.parseBodyFragment(html);
    assertThat(parsed.select("script, img, b")).isEmpty();
    assertThat(parsed.body().text()).isEqualTo(text);
    assertThat(parsed.selectFirst("[data-annalist-type=date]").attr("data-value")).isEqualTo("\"><img src=x>");
  }

  @Test
  void nestedMentionsNestAndCrossingOnesAreSplitWithOneUncontinuedElementEach() {
    String text = "Omar said \"Erbil flooded on Wednesday\" today.";
    int quoteBegin = text.indexOf("Erbil");
    int quoteEnd = text.indexOf("\" today");
    List<Mention> mentions = List.of(
        new Mention(Mention.QUOTE, quoteBegin, quoteEnd, "q", "Dilshad Omar", Map.of()),
        new Mention(Mention.PLACE, quoteBegin, quoteBegin + 5, "Erbil", "geonames:95446", Map.of()),
        new Mention(Mention.DATE, text.indexOf("Wednesday"), text.indexOf("Wednesday") + 9, "Wednesday", "2024-04-03", Map.of()),
        // crosses the end of the quote
        new Mention("com.example.Span", text.indexOf("Wednesday"), text.indexOf("today") + 5, "x", null, Map.of()),
        new Mention(Mention.FURNITURE, -1, -1, "outside", "navigation", Map.of()));
    Document parsed = Jsoup.parseBodyFragment(render(text, mentions));
    assertThat(parsed.body().text()).isEqualTo(text);
    Element quote = parsed.selectFirst("[data-annalist-type=quote]");
    assertThat(quote.select("[data-annalist-type=place]")).hasSize(1);
    assertThat(quote.select("[data-annalist-type=date]").attr("data-value")).isEqualTo("2024-04-03");
    assertThat(parsed.select("[data-annalist-type=com.example.Span]:not([data-continued])")).hasSize(1);
    assertThat(String.join("", parsed.select("[data-annalist-type=com.example.Span]").eachText()))
        .isEqualTo("Wednesday\" today");
    assertThat(parsed.select("[data-annalist-type=furniture]")).isEmpty();
  }

  @Test
  void emptyTextAndNoMentionsGiveEmptyMarkup() {
    assertThat(render("", List.of())).isEmpty();
    assertThat(render("plain", List.of())).isEqualTo("plain");
  }
}
