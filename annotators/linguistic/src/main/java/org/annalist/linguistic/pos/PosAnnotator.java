package org.annalist.linguistic.pos;

import java.util.List;
import org.annalist.linguistic.segment.Segmenter;
import org.annalist.type.Sentence;
import org.annalist.type.Token;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Fills {@link Token#setPos(String) pos} (Universal Dependencies UPOS) and {@link Token#setLemma(String)
 * lemma} of the tokens of every {@link Sentence}, with the {@link PosTagger} model chosen by {@code model}
 * (NLP4J by default, or Apache OpenNLP's UD English EWT models). Needs the {@code segmenter} (or another
 * component that writes Sentence and Token) before it.
 */
public class PosAnnotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_LEMMAS = "lemmas";
  public static final String PARAM_MODEL = "model";

  @ConfigurationParameter(name = PARAM_MODEL, mandatory = false, defaultValue = "nlp4j",
      description = "nlp4j: Emory NLP4J's English tagger with Penn-to-UD conversion (more accurate; several seconds "
          + "and about 600 MB to load, shared by the workers); opennlp: Apache OpenNLP's UD EWT models (light).")
  private String model;

  @ConfigurationParameter(name = PARAM_LEMMAS, mandatory = false, defaultValue = "true",
      description = "Also fill the tokens' lemmas (OpenNLP's UD EWT lemmatizer model).")
  private boolean lemmas;

  private PosTagger tagger;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      tagger = new PosTagger(PosTagger.Model.parse(model), lemmas);
    } catch (RuntimeException e) {
      throw new ResourceInitializationException(e);
    }
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
      List<Token> tokens = JCasUtil.selectCovered(Token.class, sentence);
      if (tokens.isEmpty()) {
        continue;
      }
      String[] words = new String[tokens.size()];
      boolean[] continues = new boolean[words.length];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).getCoveredText();
        continues[i] = i > 0 && tokens.get(i - 1).getEnd() == tokens.get(i).getBegin()
            && Segmenter.isSecondWordOfContraction(words[i - 1], words[i]);
      }
      PosTagger.Tagged tagged = tagger.tag(words, continues);
      for (int i = 0; i < words.length; i++) {
        tokens.get(i).setPos(tagged.tags()[i]);
        if (tagged.lemmas() != null) {
          tokens.get(i).setLemma(tagged.lemmas()[i]);
        }
      }
    }
  }
}
