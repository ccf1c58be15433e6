package org.annalist.boilerplate.html;

import org.annalist.boilerplate.BlockKind;
import org.annalist.boilerplate.Reason;

/** A block of text as the DOM walk found it, with the facts the classifier needs. */
final class RawBlock {
  final String text;
  final BlockKind kind;
  final int headingLevel;
  final int position;
  final int linkChars;
  final int letters;
  /** Furniture named by the block's own or an ancestor's tag, class or id (null when none). */
  final Reason namedFurniture;
  final boolean insideArticleMarkup;

  RawBlock(String text, BlockKind kind, int headingLevel, int position, int linkChars,
      int letters, Reason namedFurniture, boolean insideArticleMarkup) {
    this.text = text;
    this.kind = kind;
    this.headingLevel = headingLevel;
    this.position = position;
    this.linkChars = linkChars;
    this.letters = letters;
    this.namedFurniture = namedFurniture;
    this.insideArticleMarkup = insideArticleMarkup;
  }

  double linkDensity() {
    return letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters);
  }

  int words() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  boolean endsLikeSentence() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ("\"'”’»)]*".indexOf(c) >= 0) {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
    }
    return false;
  }

  /** Running prose: long enough, not a list of links. */
  boolean looksLikeProse() {
    if (linkDensity() > 0.3 || kind == BlockKind.HEADING) {
      return false;
    }
    int words = words();
    return text.length() >= 100 || (words >= 6 && endsLikeSentence());
  }
}
