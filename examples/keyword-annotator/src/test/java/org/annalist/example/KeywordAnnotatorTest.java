package org.annalist.example;

import static org.annalist.testkit.AnnalistAssertions.assertThat;
import static org.annalist.testkit.AnnalistAssertions.tuple;

import org.annalist.example.type.Keyword;
import org.annalist.testkit.Annotate;
import org.annalist.type.MainContent;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class KeywordAnnotatorTest {

  @Test
  void marksWholeWordsOnly() {
    JCas jcas = Annotate.text("Drones hit the base; a drone strike, not a droneship.")
        .with(KeywordAnnotator.class, KeywordAnnotator.PARAM_KEYWORDS, new String[] {"drone", "drones"}).run();
    assertThat(jcas).annotations(Keyword.class)
        .extracting(Keyword::getCoveredText, Keyword::getKeyword)
        .containsExactly(tuple("Drones", "drones"), tuple("drone", "drone"));
  }

  @Test
  void respectsCaseWhenAsked() {
    JCas jcas = Annotate.text("Drones and drones").with(KeywordAnnotator.class,
        KeywordAnnotator.PARAM_KEYWORDS, new String[] {"drones"}, KeywordAnnotator.PARAM_IGNORE_CASE, false).run();
    assertThat(jcas).annotations(Keyword.class).hasCount(1).hasSpan(11, 17);
  }

  @Test
  void readsOnlyMainContentWhenMarked() {
    JCas jcas = Annotate.text("Menu: drone news\nA drone was seen.")
        .given(cas -> new MainContent(cas, 17, 34).addToIndexes())
        .with(KeywordAnnotator.class, KeywordAnnotator.PARAM_KEYWORDS, new String[] {"drone"}).run();
    assertThat(jcas).annotations(Keyword.class).spans().containsExactly("19-24");
  }

  @Test
  void isRegisteredUnderItsShortName() {
    JCas jcas = Annotate.text("A rocket and a drone.").with("keywords", KeywordAnnotator.PARAM_KEYWORDS,
        new String[] {"rocket", "drone"}).run();
    assertThat(jcas).annotations(Keyword.class).feature("keyword").containsExactly("rocket", "drone");
  }
}
