package org.annalist.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.annalist.core.plugin.ComponentKind;
import org.annalist.core.plugin.ComponentRegistry;
import org.annalist.example.type.Keyword;
import org.annalist.type.MainContent;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class KeywordAnnotatorTest {

  private JCas annotate(String text, boolean ignoreCase, String... keywords) throws Exception {
    JCas jcas = JCasFactory.createText(text);
    SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(KeywordAnnotator.class,
        KeywordAnnotator.PARAM_KEYWORDS, keywords, KeywordAnnotator.PARAM_IGNORE_CASE, ignoreCase));
    return jcas;
  }

  @Test
  void marksWholeWordsOnly() throws Exception {
    JCas jcas = annotate("Drones hit the base; a drone strike, not a droneship.", true, "drone", "drones");
    assertThat(jcas.select(Keyword.class).asList())
        .extracting(Keyword::getCoveredText, Keyword::getKeyword)
        .containsExactly(tuple("Drones", "drones"), tuple("drone", "drone"));
  }

  @Test
  void respectsCaseWhenAsked() throws Exception {
    JCas jcas = annotate("Drones and drones", false, "drones");
    assertThat(jcas.select(Keyword.class).asList()).extracting(Keyword::getBegin).containsExactly(11);
  }

  @Test
  void readsOnlyMainContentWhenMarked() throws Exception {
    JCas jcas = JCasFactory.createText("Menu: drone news\nA drone was seen.");
    new MainContent(jcas, 17, 34).addToIndexes();
    SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(KeywordAnnotator.class,
        KeywordAnnotator.PARAM_KEYWORDS, new String[] {"drone"}));
    assertThat(jcas.select(Keyword.class).asList()).extracting(Keyword::getBegin).containsExactly(19);
  }

  @Test
  void isRegisteredUnderItsShortName() {
    assertThat(ComponentRegistry.load().find(ComponentKind.ANNOTATOR, "keywords"))
        .hasValueSatisfying(d -> assertThat(d.type()).isEqualTo(KeywordAnnotator.class));
  }
}
