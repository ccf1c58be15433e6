package org.annalist.reader.tika;

import java.util.ArrayList;
import java.util.List;
import org.annalist.reader.tika.StructureSpan.Kind;

/**
 * Paragraphs of a plain-text document, whose text is kept exactly as decoded. When the text is
 * hard-wrapped (it has blank lines and no line longer than {@value #WRAPPED_LINE_LIMIT}
 * characters) a paragraph is a block of lines between blank lines; otherwise, as in files saved
 * from web pages with one paragraph per line, every non-empty line is a paragraph. Spans never
 * include leading or trailing white space.
 */
final class PlainTextLayout {

  static final int WRAPPED_LINE_LIMIT = 100;

  private PlainTextLayout() {}

  static List<StructureSpan> paragraphs(String text) {
    boolean blocks = looksHardWrapped(text);
    List<StructureSpan> spans = new ArrayList<>();
    int paragraphBegin = -1;
    int paragraphEnd = -1;
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int begin = skipSpace(text, lineStart, lineEnd);
      int end = trimEnd(text, begin, lineEnd);
      boolean blank = end <= begin;
      if (blank || !blocks) {
        if (paragraphBegin >= 0) {
          spans.add(StructureSpan.of(Kind.PARAGRAPH, paragraphBegin, paragraphEnd));
          paragraphBegin = -1;
        }
        if (!blank) {
          spans.add(StructureSpan.of(Kind.PARAGRAPH, begin, end));
        }
      } else {
        if (paragraphBegin < 0) {
          paragraphBegin = begin;
        }
        paragraphEnd = end;
      }
      lineStart = lineEnd + 1;
    }
    if (paragraphBegin >= 0) {
      spans.add(StructureSpan.of(Kind.PARAGRAPH, paragraphBegin, paragraphEnd));
    }
    return spans;
  }

  static boolean looksHardWrapped(String text) {
    boolean blankLine = false;
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int begin = skipSpace(text, lineStart, lineEnd);
      int end = trimEnd(text, begin, lineEnd);
      if (end <= begin) {
        blankLine = true;
      } else if (end - begin > WRAPPED_LINE_LIMIT) {
        return false;
      }
      lineStart = lineEnd + 1;
    }
    return blankLine;
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
