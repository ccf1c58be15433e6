package org.annalist.linguistic.pos;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.annalist.linguistic.OpenNlpModels;

/**
 * Universal POS tags and lemmas for the words of one sentence, from Apache OpenNLP's UD English EWT
 * models (maximum entropy tagger and lemmatizer). Not thread-safe; one instance per thread.
 */
public final class PosTagger {

  /** Tags and lemmas of one sentence, index for index with its words. */
  public record Tagged(String[] tags, String[] lemmas) {}

  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;

  public PosTagger(boolean lemmas) {
    POSModel posModel = OpenNlpModels.load(OpenNlpModels.POS, POSModel::new);
    tagger = new POSTaggerME(posModel);
    if (lemmas) {
      LemmatizerModel lemmaModel = OpenNlpModels.load(OpenNlpModels.LEMMAS, LemmatizerModel::new);
      lemmatizer = new LemmatizerME(lemmaModel);
    } else {
      lemmatizer = null;
    }
  }

  public Tagged tag(String[] words) {
    String[] tags = tagger.tag(words);
    String[] lemmas = lemmatizer == null ? null : lemmatizer.lemmatize(words, tags);
    return new Tagged(tags, lemmas);
  }
}
