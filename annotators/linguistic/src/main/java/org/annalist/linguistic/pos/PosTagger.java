package org.annalist.linguistic.pos;

import java.util.Arrays;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.annalist.linguistic.OpenNlpModels;

/**
 * Universal POS tags and lemmas for the words of one sentence, from one of two models:
 * <ul>
 *   <li>{@link Model#NLP4J} (default): Emory NLP4J's English tagger (Penn Treebank tags) and
 *       morphological analyser, turned into UPOS by {@link PennToUniversal} and into UD lemmas by
 *       {@link UdLemmas}. The model is shared by the JVM (see {@link Nlp4jModel}).
 *   <li>{@link Model#OPENNLP}: Apache OpenNLP's UD English EWT models (maximum entropy tagger and
 *       lemmatizer). They were trained on surface tokens: they tag "don't" as {@code AUX+PART} with
 *       the lemma {@code do+not}. So the words of a multi-word token are joined for the models and
 *       the combined tag and lemma are split back onto the words.
 * </ul>
 * Not thread-safe; one instance per thread.
 */
public final class PosTagger {

  /** Tags and lemmas of one sentence, index for index with its words; lemmas null when not asked for. */
  public record Tagged(String[] tags, String[] lemmas) {}

  /** Which model tags. */
  public enum Model {
    NLP4J, OPENNLP;

    /** {@code nlp4j} or {@code opennlp}, any case. */
    public static Model parse(String name) {
      for (Model model : values()) {
        if (model.name().equalsIgnoreCase(name.trim())) {
          return model;
        }
      }
      throw new IllegalArgumentException("unknown pos model '" + name + "': use nlp4j or opennlp");
    }
  }

  private final Model model;
  private final boolean lemmas;
  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;
  private final Nlp4jModel nlp4j;

  /** The default model, {@link Model#NLP4J}. */
  public PosTagger(boolean lemmas) {
    this(Model.NLP4J, lemmas);
  }

  public PosTagger(Model model, boolean lemmas) {
    this.model = model;
    this.lemmas = lemmas;
    if (model == Model.NLP4J) {
      nlp4j = Nlp4jModel.shared();
      tagger = null;
      lemmatizer = null;
      return;
    }
    nlp4j = null;
    POSModel posModel = OpenNlpModels.load(OpenNlpModels.POS, POSModel::new);
    tagger = new POSTaggerME(posModel);
    if (lemmas) {
      LemmatizerModel lemmaModel = OpenNlpModels.load(OpenNlpModels.LEMMAS, LemmatizerModel::new);
      lemmatizer = new LemmatizerME(lemmaModel);
    } else {
      lemmatizer = null;
    }
  }

  /** Tags words that are each their own surface token. */
  public Tagged tag(String[] words) {
    return tag(words, new boolean[words.length]);
  }

  /**
   * Tags the words of one sentence; {@code continuesToken[i]} says that word i belongs to the same
   * surface token as word i - 1 ("n't" after "do").
   */
  public Tagged tag(String[] words, boolean[] continuesToken) {
    if (model == Model.NLP4J) {
      return tagWithNlp4j(words);
    }
    int[] tokenOf = new int[words.length];
    int tokens = 0;
    for (int i = 0; i < words.length; i++) {
      if (i == 0 || !continuesToken[i]) {
        tokens++;
      }
      tokenOf[i] = tokens - 1;
    }
    String[] surface = new String[tokens];
    int[] firstWord = new int[tokens + 1];
    for (int i = 0; i < words.length; i++) {
      int t = tokenOf[i];
      if (surface[t] == null) {
        surface[t] = words[i];
        firstWord[t] = i;
      } else {
        surface[t] = surface[t] + words[i];
      }
    }
    firstWord[tokens] = words.length;
    String[] surfaceTags = tagger.tag(surface);
    String[] surfaceLemmas = lemmatizer == null ? null : lemmatizer.lemmatize(surface, surfaceTags);
    String[] tags = new String[words.length];
    String[] lemmas = surfaceLemmas == null ? null : new String[words.length];
    for (int t = 0; t < tokens; t++) {
      int from = firstWord[t];
      int count = firstWord[t + 1] - from;
      spread(surfaceTags[t], tags, from, count, null);
      if (lemmas != null) {
        spread(surfaceLemmas[t], lemmas, from, count, words);
        if (count == 1 && "PROPN".equals(tags[from]) && lemmas[from].equalsIgnoreCase(words[from])) {
          lemmas[from] = words[from]; // the model lower-cases names: Mosul, not mosul
        }
      }
    }
    return new Tagged(tags, lemmas);
  }

  public Model model() {
    return model;
  }

  /** Penn Treebank tokens are UD words ("do" "n't"), so the words go to NLP4J as they are. */
  private Tagged tagWithNlp4j(String[] words) {
    Nlp4jModel.Tagged penn = nlp4j.tag(words);
    String[] upos = PennToUniversal.convert(words, penn.lemmas(), penn.tags());
    return new Tagged(upos, lemmas ? UdLemmas.convert(words, penn.lemmas(), upos, penn.tags()) : null);
  }

  /** Puts the parts of "AUX+PART" on the words of a token; a word without a part gets the last one. */
  private static void spread(String combined, String[] target, int from, int count, String[] words) {
    String[] parts = count == 1 ? new String[] {combined} : combined.split("\\+", -1);
    for (int k = 0; k < count; k++) {
      String part = parts[Math.min(k, parts.length - 1)];
      if (words != null && (part.isEmpty() || "O".equals(part))) {
        part = words[from + k].toLowerCase(java.util.Locale.ROOT);
      }
      target[from + k] = part;
    }
    if (count > 1 && parts.length != count && words == null) {
      Arrays.fill(target, from, from + count, target[from]);
    }
  }
}
