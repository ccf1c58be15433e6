package org.annalist.language;

import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The normalisers OpenNLP's {@code LanguageDetectorFactory} gives the language model's context
 * generator, in its order ("emoji", see {@link #hasEmojiChar}; URLs and e-mail, Twitter handles/hashtags/"RT"/faces/laughter,
 * digits, repeated characters and spaces, trim), run through OpenNLP itself; a normaliser is skipped
 * when a scan of the text shows that none of its patterns can match (no surrogate char, no "://" and
 * no '@', ...), since its passes would then return the text unchanged. Most news text needs only one
 * or two of the five. Each check is a necessary condition of the normaliser's patterns.
 */
final class ModelNormalizer {

  private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();

  private ModelNormalizer() {}

  static String normalize(CharSequence input) {
    String text = input.toString();
    if (hasEmojiChar(text)) {
      text = EMOJI.normalize(text).toString();
    }
    if (text.indexOf('@') >= 0 || text.contains("://")) {
      text = URL.normalize(text).toString();
    }
    if (mayHaveTwitterPattern(text)) {
      text = TWITTER.normalize(text).toString();
    }
    if (hasAsciiDigit(text)) {
      text = NUMBER.normalize(text).toString();
    }
    if (mayNeedShrinking(text)) {
      text = SHRINK.normalize(text).toString();
    }
    return text.trim(); // the shrinking normaliser's last step
  }

  /**
   * OpenNLP's emoji pattern, {@code [\\uD83C-\\uDBFF\\uDC00-\\uDFFF]+}, is read by java.util.regex as
   * the code points U+D83C to U+10FC00 (the escaped surrogate pair in the middle is one code point),
   * '-' and U+DFFF: every hyphen, the full-width forms and every supplementary character are
   * replaced. A hyphen or a char from U+D800 on is therefore the condition.
   */
  private static boolean hasEmojiChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || c >= '\uD800') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Handles and hashtags need '#' or '@'; "RT" needs r, t then a space or colon; a face needs one of
   * ":;x" followed by '-' or one of "()dop"; laughter needs h or j, vowels, then h or j again (case
   * ignored, as the patterns do).
   */
  private static boolean mayHaveTwitterPattern(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      char next = i + 1 < length ? lower(text.charAt(i + 1)) : 0;
      switch (lower(c)) {
        case '#', '@' -> {
          return true;
        }
        case 'r' -> {
          if (next == 't' && i + 2 < length && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')) {
            return true;
          }
        }
        case ':', ';', 'x' -> {
          if (next == '-' || next == '(' || next == ')' || next == 'd' || next == 'o' || next == 'p') {
            return true;
          }
        }
        case 'h', 'j' -> {
          int j = i + 1;
          while (j < length && isVowel(lower(text.charAt(j)))) {
            j++;
          }
          if (j > i + 1 && j < length && (lower(text.charAt(j)) == 'h' || lower(text.charAt(j)) == 'j')) {
            return true;
          }
        }
        default -> {
        }
      }
    }
    return false;
  }

  /** Two whitespace chars in a row, or three chars in a row equal when case is ignored. */
  private static boolean mayNeedShrinking(String text) {
    int length = text.length();
    for (int i = 0; i + 1 < length; i++) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
        return true; // a code point beyond U+10FC00 survives the emoji pass; '.' then matches a pair
      }
      if (isRegexSpace(c) && isRegexSpace(d)) {
        return true;
      }
      if (i + 2 < length && fold(c) == fold(d) && fold(d) == fold(text.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'e' || c == 'o' || c == 'u';
  }

  /** ASCII lower case, as the patterns' CASE_INSENSITIVE flag (without UNICODE_CASE) compares. */
  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** A case folding at least as wide as any case-insensitive comparison of the patterns. */
  private static int fold(char c) {
    return c < 128 ? lower(c) : Character.toLowerCase(Character.toUpperCase((int) c)); // the same for ASCII
  }
}
