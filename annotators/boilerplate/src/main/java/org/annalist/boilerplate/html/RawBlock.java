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
  /** Characters of scripts written without spaces (CJK), which carry more text per character. */
  final int denseChars;

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
    int dense = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDense(text.charAt(i))) {
        dense++;
      }
    }
    this.denseChars = dense;
  }

  static boolean isDense(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
  }

  /** Length in Latin-script characters: a CJK character counts as three. */
  int effectiveLength() {
    return text.length() + 2 * denseChars;
  }

  double linkDensity() {
    return letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters);
  }

  int words() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetterOrDigit(c) && !isDense(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words + denseChars / 2;
  }

  boolean endsLikeSentence() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ("\"'”’»)]*」』】）".indexOf(c) >= 0) {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';' || c == '。'
          || c == '！' || c == '？' || c == '：';
    }
    return false;
  }

  /** Running prose: long enough, not a list of links. */
  boolean looksLikeProse() {
    int length = effectiveLength();
    if (kind == BlockKind.HEADING || linkDensity() > (length >= 200 ? 0.5 : 0.3)) {
      return false;
    }
    return length >= 100 || (words() >= 6 && endsLikeSentence());
  }
}
