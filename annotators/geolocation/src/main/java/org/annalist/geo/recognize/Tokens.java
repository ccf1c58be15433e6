package org.annalist.geo.recognize;

import java.util.Arrays;
import org.annalist.geo.gazetteer.NameKey;

/** The word tokens (runs of letters and digits) of a text span, as parallel offset arrays. */
final class Tokens {

  final String text;
  int[] begin = new int[64];
  int[] end = new int[64];
  int size;

  Tokens(String text, int from, int to) {
    this.text = text;
    int i = from;
    while (i < to) {
      while (i < to && !NameKey.isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && NameKey.isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (size == begin.length) {
          begin = Arrays.copyOf(begin, size * 2);
          end = Arrays.copyOf(end, size * 2);
        }
        begin[size] = start;
        end[size] = i;
        size++;
      }
    }
  }

  String word(int t) {
    return text.substring(begin[t], end[t]);
  }

  boolean capitalised(int t) {
    return Character.isUpperCase(text.charAt(begin[t]));
  }

  boolean allCaps(int t) {
    for (int i = begin[t]; i < end[t]; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  int length(int t) {
    return end[t] - begin[t];
  }

  /** The characters between token t-1 and token t. */
  String gapBefore(int t) {
    return t == 0 ? "" : text.substring(end[t - 1], begin[t]);
  }
}
