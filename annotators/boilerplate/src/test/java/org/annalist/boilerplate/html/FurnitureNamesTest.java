package org.annalist.boilerplate.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.boilerplate.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FurnitureNamesTest {

  private static FurnitureNames.Verdict judge(String tag) {
    Element element = Jsoup.parseBodyFragment(tag).body().child(0);
    return FurnitureNames.judge(element);
  }

  @Test
  void classAndIdWordsAreReadTogether() {
    assertThat(judge("<div class=\"storyBody\" id=\"relatedLinks\"></div>"))
        .isEqualTo(new FurnitureNames.Verdict(Reason.RELATED_CONTENT, false, true));
    // a strong reason in the id overrides a weak one in the class
    assertThat(judge("<div class=\"sidebar\" id=\"share-tools\"></div>"))
        .isEqualTo(new FurnitureNames.Verdict(Reason.SOCIAL, true, false));
    assertThat(judge("<div id=\"cookieConsent\"></div>").reason()).isEqualTo(Reason.COOKIE);
    assertThat(judge("<div class=\"article-content\"></div>"))
        .isEqualTo(new FurnitureNames.Verdict(null, false, true));
    assertThat(judge("<div class=\"  \" id=\"\"></div>")).isEqualTo(FurnitureNames.Verdict.NONE);
  }

  @Test
  void wordsSplitAtSeparatorsAndCamelCase() {
    assertThat(FurnitureNames.words("relatedLinks main_nav-bar")).containsExactly("related", "links", "main", "nav", "bar");
    assertThat(FurnitureNames.words("")).isEmpty();
  }
}
