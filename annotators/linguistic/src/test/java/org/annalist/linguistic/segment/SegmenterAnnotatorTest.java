package org.annalist.linguistic.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.linguistic.pos.PosAnnotator;
import org.annalist.type.MainContent;
import org.annalist.type.Sentence;
import org.annalist.type.Token;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;

class SegmenterAnnotatorTest {

  private static final String PAGE = "Home | World | Sport\n\n"
      + "WASHINGTON – The senator didn't vote. \"It's wrong,\" she said.\n\n"
      + "Share this article";

  private static List<String> texts(List<? extends Annotation> annotations) {
    return annotations.stream().map(Annotation::getCoveredText).toList();
  }

  @Test
  void sentencesAndWordTokensOnlyInTheMainContent() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(PAGE);
    int begin = PAGE.indexOf("WASHINGTON");
    int end = PAGE.indexOf("said.") + 5;
    new MainContent(jcas, begin, end).addToIndexes();
    AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(SegmenterAnnotator.class);
    segmenter.process(jcas);

    assertThat(texts(List.copyOf(JCasUtil.select(jcas, Sentence.class))))
        .containsExactly("WASHINGTON – The senator didn't vote.", "\"It's wrong,\" she said.");
    assertThat(texts(List.copyOf(JCasUtil.select(jcas, Token.class)))).containsExactly("WASHINGTON", "–", "The",
        "senator", "did", "n't", "vote", ".", "\"", "It", "'s", "wrong", ",", "\"", "she", "said", ".");
  }

  @Test
  void withoutBoilerplateTheWholeTextIsSegmentedAndASecondRunAddsNothing() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText(PAGE);
    AnalysisEngine segmenter = AnalysisEngineFactory.createEngine(SegmenterAnnotator.class);
    segmenter.process(jcas);
    int tokens = JCasUtil.select(jcas, Token.class).size();
    assertThat(JCasUtil.select(jcas, Sentence.class)).hasSize(4);
    segmenter.process(jcas);
    assertThat(JCasUtil.select(jcas, Token.class)).hasSize(tokens);
  }

  @Test
  void posFillsUniversalTagsAndLemmasOfTheWords() throws Exception {
    JCas jcas = JCasFactory.createJCas();
    jcas.setDocumentText("The senators didn't vote on Tuesday.");
    AnalysisEngineFactory.createEngine(SegmenterAnnotator.class).process(jcas);
    AnalysisEngineFactory.createEngine(PosAnnotator.class).process(jcas);
    List<Token> tokens = List.copyOf(JCasUtil.select(jcas, Token.class));
    assertThat(tokens.stream().map(Token::getPos).toList())
        .containsExactly("DET", "NOUN", "AUX", "PART", "VERB", "ADP", "PROPN", "PUNCT");
    assertThat(tokens.get(1).getLemma()).isEqualTo("senator");
    assertThat(tokens.get(2).getLemma()).isEqualTo("do");
    assertThat(tokens.get(3).getLemma()).isEqualTo("not");
  }
}
