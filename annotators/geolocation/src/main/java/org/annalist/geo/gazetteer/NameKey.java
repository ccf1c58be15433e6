package org.annalist.geo.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.annalist.core.text.Chars;

/**
 * The lookup key of a place name: words (runs of letters and digits) folded to lower-case ASCII
 * where possible and joined by single spaces, so "Ain al-Asad", "AIN AL ASAD" and "Aïn al Asad"
 * share the key {@code ain al asad}. The recognizer builds keys from text tokens the same way.
 */
public final class NameKey {

  private NameKey() {}

  /** True for characters that belong to a word (letters, digits and combining marks). */
  public static boolean isWordChar(char c) {
    return Chars.isLetterOrDigit(c) || (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK);
  }

  /** The words of a name, in order. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = name.length();
    while (i < n) {
      while (i < n && !isWordChar(name.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isWordChar(name.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(name.substring(start, i));
      }
    }
    return words;
  }

  public static String of(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (String word : words(name)) {
      if (key.length() > 0) {
        key.append(' ');
      }
      appendFolded(word, key);
    }
    return key.toString();
  }

  /** Appends the folded form of one word. */
  public static void appendFolded(CharSequence word, StringBuilder out) {
    boolean ascii = true;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      for (int i = 0; i < word.length(); i++) {
        out.append(Character.toLowerCase(word.charAt(i)));
      }
      return;
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'æ', 'Æ' -> out.append("ae");
        case 'ø', 'Ø' -> out.append('o');
        case 'ł', 'Ł' -> out.append('l');
        case 'đ', 'Đ' -> out.append('d');
        case 'ı' -> out.append('i');
        case 'þ', 'Þ' -> out.append("th");
        default -> out.append(Character.toLowerCase(c));
      }
    }
  }

  public static String fold(CharSequence word) {
    StringBuilder out = new StringBuilder(word.length());
    appendFolded(word, out);
    return out.toString();
  }
}
