package org.annalist.linguistic.eval;

import java.util.List;

/**
 * One {@code # newdoc} of a CoNLL-U file with its raw text rebuilt from the surface tokens, and
 * the gold spans of its sentences, surface tokens and syntactic words (offsets into {@link #text()}).
 */
public record ConlluDocument(String id, String text, List<Span> sentences, List<Span> tokens, List<Word> words) {

  /** A half-open character span [begin, end) of the document text. */
  public record Span(int begin, int end) {}

  /**
   * A syntactic word. Words of a multi-word token ("do" and "n't" of "don't") carry the span of
   * that token and {@code multiword} true, as the CoNLL 2018 evaluation script has it.
   */
  public record Word(int begin, int end, String form, String upos, String lemma, boolean multiword) {}
}
