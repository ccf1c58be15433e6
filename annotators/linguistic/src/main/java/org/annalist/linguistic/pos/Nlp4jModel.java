package org.annalist.linguistic.pos;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emory NLP4J 1.1.3's English part-of-speech tagger (Apache-2.0; Penn Treebank tags) and its
 * morphological analyser (lemmas). The model and the two lexica its features read come from the
 * {@code edu.emory.mathcs.nlp:nlp4j-english} jar on Maven Central; the build copies them into this
 * module's jar. Loading takes several CPU seconds and about 600 MB of heap, so one instance is shared
 * by the whole JVM and loaded on first use; {@link #tag} is serialised (NLP4J does not document its
 * decoder as thread-safe).
 */
final class Nlp4jModel {

  private static final Logger LOG = LoggerFactory.getLogger(Nlp4jModel.class);

  static final String POS_MODEL = "edu/emory/mathcs/nlp/models/en-pos.xz";
  static final String AMBIGUITY_CLASSES = "edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz";
  static final String WORD_CLUSTERS = "edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz";

  /** Penn Treebank tags and lemmas of one sentence, index for index with its words. */
  record Tagged(String[] tags, String[] lemmas) {}

  private static volatile Nlp4jModel shared;

  private final NLPDecoder decoder;

  private Nlp4jModel(NLPDecoder decoder) {
    this.decoder = decoder;
  }

  /** The JVM's instance, loaded on first call. */
  static Nlp4jModel shared() {
    Nlp4jModel model = shared;
    if (model == null) {
      synchronized (Nlp4jModel.class) {
        model = shared;
        if (model == null) {
          model = load();
          shared = model;
        }
      }
    }
    return model;
  }

  private static Nlp4jModel load() {
    ClassLoader own = Nlp4jModel.class.getClassLoader();
    for (String resource : new String[] {POS_MODEL, AMBIGUITY_CLASSES, WORD_CLUSTERS}) {
      if (own.getResource(resource) == null) {
        throw new IllegalStateException("NLP4J resource " + resource + " is not on the class path; the build of "
            + "annalist-linguistic copies it from edu.emory.mathcs.nlp:nlp4j-english:1.1.3 (rebuild the module)");
      }
    }
    String config = "<configuration><lexica>"
        + "<ambiguity_classes field=\"word_form_simplified_lowercase\">" + AMBIGUITY_CLASSES + "</ambiguity_classes>"
        + "<word_clusters field=\"word_form_simplified_lowercase\">" + WORD_CLUSTERS + "</word_clusters>"
        + "</lexica><models><pos>" + POS_MODEL + "</pos></models></configuration>";
    // NLP4J opens its resources through the thread's context class loader
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(own);
    long start = System.nanoTime();
    try {
      NLPDecoder decoder = new NLPDecoder(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
      LOG.info("NLP4J English POS model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return new Nlp4jModel(decoder);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Tags the words of one sentence (Penn Treebank tokens: "do" "n't", "gon" "na"). */
  synchronized Tagged tag(String[] words) {
    if (words.length == 0) {
      return new Tagged(new String[0], new String[0]);
    }
    NLPNode[] nodes = new NLPNode[words.length + 1];
    nodes[0] = new NLPNode();
    nodes[0].toRoot();
    for (int i = 0; i < words.length; i++) {
      nodes[i + 1] = new NLPNode(i + 1, words[i]);
    }
    decoder.decode(nodes);
    String[] tags = new String[words.length];
    String[] lemmas = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      tags[i] = nodes[i + 1].getPartOfSpeechTag();
      lemmas[i] = nodes[i + 1].getLemma();
    }
    return new Tagged(tags, lemmas);
  }
}
