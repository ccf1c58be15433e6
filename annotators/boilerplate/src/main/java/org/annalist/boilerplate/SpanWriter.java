package org.annalist.boilerplate;

import org.annalist.type.Boilerplate;
import org.annalist.type.MainContent;
import org.apache.uima.jcas.JCas;

/**
 * Adds MainContent and Boilerplate annotations in text order, merging a span into the previous
 * one when both have the same verdict and only whitespace lies between them, so that a long
 * document gets few annotations. Non-blank text left between two spans is marked as furniture
 * ({@code other}) so that every visible character has a verdict.
 */
final class SpanWriter {

  private final JCas jcas;
  private final String text;
  private int begin = -1;
  private int end;
  private boolean content;
  private Reason reason;
  private double score;
  private int lastEnd;
  private int mainContentSpans;
  private int boilerplateSpans;

  SpanWriter(JCas jcas) {
    this.jcas = jcas;
    this.text = jcas.getDocumentText();
  }

  void add(int spanBegin, int spanEnd, boolean isContent, Reason why, double spanScore) {
    if (spanEnd <= spanBegin || spanBegin < lastEnd) {
      return;
    }
    if (!blank(lastEnd, spanBegin)) {
      push(trimStart(lastEnd, spanBegin), trimEnd(lastEnd, spanBegin), false, Reason.OTHER, 0.3);
    }
    push(spanBegin, spanEnd, isContent, isContent ? null : why, spanScore);
    lastEnd = spanEnd;
  }

  /** Marks non-blank trailing text as furniture and writes the pending span. */
  void finish() {
    if (text != null && !blank(lastEnd, text.length())) {
      push(trimStart(lastEnd, text.length()), trimEnd(lastEnd, text.length()), false, Reason.OTHER, 0.3);
    }
    flush();
  }

  int mainContentSpans() {
    return mainContentSpans;
  }

  int boilerplateSpans() {
    return boilerplateSpans;
  }

  private void push(int spanBegin, int spanEnd, boolean isContent, Reason why, double spanScore) {
    if (spanEnd <= spanBegin) {
      return;
    }
    if (begin >= 0 && isContent == content && why == reason && blank(end, spanBegin)) {
      end = spanEnd;
      score = Math.min(score, spanScore);
      return;
    }
    flush();
    begin = spanBegin;
    end = spanEnd;
    content = isContent;
    reason = why;
    score = spanScore;
  }

  private void flush() {
    if (begin < 0) {
      return;
    }
    if (content) {
      MainContent main = new MainContent(jcas, begin, end);
      main.setScore(score);
      main.addToIndexes();
      mainContentSpans++;
    } else {
      Boilerplate furniture = new Boilerplate(jcas, begin, end);
      furniture.setReason(reason == null ? Reason.OTHER.label() : reason.label());
      furniture.setScore(score);
      furniture.addToIndexes();
      boilerplateSpans++;
    }
    begin = -1;
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private int trimStart(int from, int to) {
    int i = from;
    while (i < to && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  private int trimEnd(int from, int to) {
    int i = to;
    while (i > from && (Character.isWhitespace(text.charAt(i - 1)) || Character.isSpaceChar(text.charAt(i - 1)))) {
      i--;
    }
    return i;
  }
}
