package org.annalist.linguistic.segment;

import org.annalist.core.cas.ContentRegions;
import org.annalist.core.cas.DocumentMetadataAccess;
import org.annalist.type.Sentence;
import org.annalist.type.Token;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@link Sentence} and {@link Token} annotations over the content regions of a document
 * (the main content when the boilerplate annotator ran, else the whole text) with the rules of
 * {@link Segmenter}. One {@link Token} per syntactic word, the way Universal Dependencies count
 * them: "don't" gives the tokens "do" and "n't". A document that already has tokens (from another
 * segmenter earlier in the pipeline) is left alone.
 */
public class SegmenterAnnotator extends JCasAnnotator_ImplBase {

  public static final String PARAM_MAX_SENTENCE_TOKENS = "maxSentenceTokens";
  public static final String PARAM_MAX_TOKEN_CHARS = "maxTokenChars";

  private static final Logger LOG = LoggerFactory.getLogger(SegmenterAnnotator.class);

  @ConfigurationParameter(name = PARAM_MAX_SENTENCE_TOKENS, mandatory = false,
      defaultValue = "" + Segmenter.DEFAULT_MAX_SENTENCE_TOKENS,
      description = "A sentence is cut after this many tokens (text without punctuation); each cut is logged.")
  private int maxSentenceTokens;

  @ConfigurationParameter(name = PARAM_MAX_TOKEN_CHARS, mandatory = false,
      defaultValue = "" + Segmenter.DEFAULT_MAX_TOKEN_CHARS,
      description = "A token is cut after this many characters (a long run without spaces); each cut is logged.")
  private int maxTokenChars;

  private Segmenter segmenter;

  @Override
  public void initialize(UimaContext context) throws ResourceInitializationException {
    super.initialize(context);
    try {
      segmenter = new Segmenter(maxSentenceTokens, maxTokenChars);
    } catch (IllegalArgumentException e) {
      throw new ResourceInitializationException(e);
    }
  }

  @Override
  public void process(JCas jcas) throws AnalysisEngineProcessException {
    String text = jcas.getDocumentText();
    if (text == null || text.isEmpty()) {
      return;
    }
    if (JCasUtil.exists(jcas, Token.class)) {
      LOG.debug("{}: has tokens already; not segmented again", DocumentMetadataAccess.documentId(jcas));
      return;
    }
    Segmentation segmentation = new Segmentation();
    for (ContentRegions.Region region : ContentRegions.of(jcas)) {
      segmenter.segment(text, region.begin(), region.end(), segmentation);
    }
    write(jcas, segmentation);
    if (segmentation.forcedSentenceSplits() > 0 || segmentation.forcedTokenSplits() > 0) {
      LOG.info("{}: {} sentences cut at {} tokens and {} tokens cut at {} characters (no boundary in the text)",
          DocumentMetadataAccess.documentId(jcas), segmentation.forcedSentenceSplits(), maxSentenceTokens,
          segmentation.forcedTokenSplits(), maxTokenChars);
    }
  }

  static void write(JCas jcas, Segmentation segmentation) {
    for (int s = 0; s < segmentation.sentenceCount(); s++) {
      new Sentence(jcas, segmentation.sentenceBegin(s), segmentation.sentenceEnd(s)).addToIndexes();
    }
    for (int w = 0; w < segmentation.wordCount(); w++) {
      new Token(jcas, segmentation.wordBegin(w), segmentation.wordEnd(w)).addToIndexes();
    }
  }
}
