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

  /** Paragraphs (split at blank lines, as the rules do) go to the sentence model one by one. */
  public Segmentation segment(String text) {
    Segmentation out = new Segmentation();
    java.util.regex.Matcher blank = PARAGRAPH_BREAK.matcher(text);
    int from = 0;
    while (blank.find()) {
      segment(text, from, blank.start(), out);
      from = blank.end();
    }
    segment(text, from, text.length(), out);
    return out;
  }

  private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n[ \\t]*\\n\\s*");

  private void segment(String text, int begin, int end, Segmentation out) {
    String paragraph = text.substring(begin, end);
    for (Span found : sentences.sentPosDetect(paragraph)) {
      Span sentence = new Span(found.getStart() + begin, found.getEnd() + begin);
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
  }
}
