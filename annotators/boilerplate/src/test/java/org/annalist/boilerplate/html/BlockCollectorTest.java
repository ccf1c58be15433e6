package org.annalist.boilerplate.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockCollectorTest {

  private static BlockCollector collect(String body) {
    Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
    return BlockCollector.collect(doc.body(), true);
  }

  @Test
  void everyKindOfSpaceCollapsesToOneAndLettersAreCounted() {
    BlockCollector collector = collect("<p>\u000B One\u001C\u00A0two\u2007\u202F three\u3000four\t\r\n 5! </p>");
    List<RawBlock> blocks = collector.blocks();
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0).text).isEqualTo("One two three four 5!");
    assertThat(blocks.get(0).letters).isEqualTo(16);
  }

  @Test
  void linkCharactersCountOnlyLettersAndDigitsInsideLinks() {
    BlockCollector collector = collect("<p>Read <a href=\"/x\">\u00C9t\u00E9 2024!</a> now, please.</p>");
    RawBlock block = collector.blocks().get(0);
    assertThat(block.text).isEqualTo("Read \u00C9t\u00E9 2024! now, please.");
    assertThat(block.linkChars).isEqualTo(7);
    assertThat(block.letters).isEqualTo(20);
  }

  @Test
  void candidatesAreFoundForTheBestElementAndItsAncestors() {
    String prose = "This is a sentence of running prose that goes on for a while, as articles do. ";
    BlockCollector collector = collect("<main><article><div><p>" + prose.repeat(3) + "</p><p>" + prose.repeat(2)
        + "</p></div></article></main><nav><a href=\"/\">Home</a></nav>");
    Element best = collector.best().element();
    assertThat(best.normalName()).isEqualTo("div");
    assertThat(collector.candidate(best)).isEqualTo(collector.best());
    assertThat(collector.candidate(best.parent()).element().normalName()).isEqualTo("article");
    assertThat(collector.candidate(best.parent().parent()).firstPosition()).isEqualTo(0);
    assertThat(collector.candidate(Jsoup.parse("<p>elsewhere</p>").body())).isNull();
  }
}
