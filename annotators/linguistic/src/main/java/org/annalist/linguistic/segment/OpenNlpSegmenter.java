package org.annalist.linguistic.segment;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.annalist.linguistic.OpenNlpModels;

/**
 * Sentences and tokens from Apache OpenNLP's UD English EWT models (maximum entropy), the measured
 * alternative to the rules of {@link Segmenter} ({@code annalist eval segmentation --method opennlp}).
 * Its tokens are words: "don't" comes out as "do" and "n't", each its own surface token.
 * Not thread-safe (the OpenNLP tools are not); one instance per thread.
 */
public final class OpenNlpSegmenter {

  private final SentenceDetectorME sentences;
  private final TokenizerME tokens;

  public OpenNlpSegmenter() {
    SentenceModel sentenceModel = OpenNlpModels.load(OpenNlpModels.SENTENCES, SentenceModel::new);
    TokenizerModel tokenModel = OpenNlpModels.load(OpenNlpModels.TOKENS, TokenizerModel::new);
    sentences = new SentenceDetectorME(sentenceModel);
    tokens = new TokenizerME(tokenModel);
  }

  public Segmentation segment(String text) {
    Segmentation out = new Segmentation();
    for (Span sentence : sentences.sentPosDetect(text)) {
      String covered = text.substring(sentence.getStart(), sentence.getEnd());
      Span[] spans = tokens.tokenizePos(covered);
      if (spans.length == 0) {
        continue;
      }
      for (Span token : spans) {
        out.addToken(sentence.getStart() + token.getStart(), sentence.getStart() + token.getEnd());
        out.addWord(sentence.getStart() + token.getStart(), sentence.getStart() + token.getEnd());
      }
      out.addSentence(sentence.getStart() + spans[0].getStart(), sentence.getStart() + spans[spans.length - 1].getEnd());
    }
    return out;
  }
}
