package org.annalist.linguistic.eval;

import org.annalist.linguistic.pos.PosTagger;
import org.annalist.linguistic.segment.Segmentation;

/** Tags the words of a segmentation sentence by sentence: {tags, lemmas}, index for index with the words. */
final class TaggedWords {

  private TaggedWords() {}

  static String[][] tag(PosTagger tagger, String text, Segmentation segmentation) {
    String[] tags = new String[segmentation.wordCount()];
    String[] lemmas = new String[segmentation.wordCount()];
    int word = 0;
    for (int s = 0; s < segmentation.sentenceCount(); s++) {
      int end = segmentation.sentenceEnd(s);
      int first = word;
      while (word < segmentation.wordCount() && segmentation.wordBegin(word) < end) {
        word++;
      }
      String[] forms = new String[word - first];
      boolean[] continues = new boolean[word - first];
      for (int w = first; w < word; w++) {
        forms[w - first] = text.substring(segmentation.wordBegin(w), segmentation.wordEnd(w));
        continues[w - first] = w > first && segmentation.continuesToken(w);
      }
      PosTagger.Tagged tagged = tagger.tag(forms, continues);
      System.arraycopy(tagged.tags(), 0, tags, first, forms.length);
      System.arraycopy(tagged.lemmas(), 0, lemmas, first, forms.length);
    }
    return new String[][] {tags, lemmas};
  }
}
