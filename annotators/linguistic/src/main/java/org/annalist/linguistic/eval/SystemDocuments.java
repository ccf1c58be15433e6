package org.annalist.linguistic.eval;

import java.util.ArrayList;
import java.util.List;
import org.annalist.linguistic.segment.Segmentation;

/** Turns a segmenter's output into the form the scorer compares with gold. */
final class SystemDocuments {

  private SystemDocuments() {}

  /** Words of a token that has several carry the token's span, as multi-word tokens do in CoNLL-U. */
  static ConlluDocument of(String id, String text, Segmentation segmentation, String[] tags, String[] lemmas) {
    List<ConlluDocument.Span> sentences = new ArrayList<>(segmentation.sentenceCount());
    for (int i = 0; i < segmentation.sentenceCount(); i++) {
      sentences.add(new ConlluDocument.Span(segmentation.sentenceBegin(i), segmentation.sentenceEnd(i)));
    }
    List<ConlluDocument.Span> tokens = new ArrayList<>(segmentation.tokenCount());
    List<ConlluDocument.Word> words = new ArrayList<>(segmentation.wordCount());
    for (int t = 0; t < segmentation.tokenCount(); t++) {
      int begin = segmentation.tokenBegin(t);
      int end = segmentation.tokenEnd(t);
      tokens.add(new ConlluDocument.Span(begin, end));
      int first = segmentation.tokenFirstWord(t);
      int count = segmentation.tokenWordCount(t);
      for (int w = first; w < first + count; w++) {
        String form = text.substring(segmentation.wordBegin(w), segmentation.wordEnd(w));
        words.add(new ConlluDocument.Word(begin, end, form, tags == null ? "_" : tags[w],
            lemmas == null ? "_" : lemmas[w], count > 1));
      }
    }
    return new ConlluDocument(id, text, sentences, tokens, words);
  }
}
