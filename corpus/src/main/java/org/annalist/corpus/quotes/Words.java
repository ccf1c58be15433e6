package org.annalist.corpus.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by the quote, people and story steps: accents, case, quotation marks,
 * apostrophes and punctuation are dropped, so that the same words typed differently compare equal.
 */
public final class Words {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** An ellipsis (three dots, the single character, or bracketed) marks words left out of a quote. */
  private static final Pattern ELLIPSIS = Pattern.compile("\\[?(?:\\.\\s*\\.\\s*\\.|…)\\]?");

  private Words() {}

  /** Lower-case words (letters and digits) of a text, accents removed; never null. */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return words;
    }
    String folded = ascii(text) ? text.toLowerCase(Locale.ROOT)
        : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** The words of a quote in segments: an ellipsis splits it, since words were left out there. */
  public static List<List<String>> segments(String quote) {
    List<List<String>> segments = new ArrayList<>();
    if (quote == null) {
      return segments;
    }
    for (String part : ELLIPSIS.split(quote)) {
      List<String> words = of(part);
      if (!words.isEmpty()) {
        segments.add(words);
      }
    }
    return segments;
  }

  /** A 64-bit FNV-1a hash of a string: compact keys for shingles and terms. */
  public static long hash64(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      hash ^= c & 0xff;
      hash *= 0x100000001b3L;
      hash ^= c >>> 8;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
