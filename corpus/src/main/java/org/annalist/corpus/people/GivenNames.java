package org.annalist.corpus.people;

import java.util.Locale;

/**
 * Whether two given names can be two transliterations of one name ("Qasem" / "Qassem", "Mohammed" /
 * "Muhammad", "Yusuf" / "Youssef"): they differ only in inner vowels and doubled letters, begin and
 * end with the same letter, and both have at least four letters and three letters in that skeleton.
 * So "Maria" / "Mario" (other last letter), "Omar" / "Amir" (other first letter), "John" / "Joan"
 * (other consonants) and "Dan" / "Don" (too short) are different names; "Osama" / "Usama" are not
 * recognised (other first letter).
 */
public final class GivenNames {

  private static final String VOWELS = "aeiouy";

  private GivenNames() {}

  public static boolean transliterations(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return false;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.length() < 4 || y.length() < 4 || x.charAt(x.length() - 1) != y.charAt(y.length() - 1)) {
      return false;
    }
    String skeleton = skeleton(x);
    return skeleton.length() >= 3 && skeleton.equals(skeleton(y));
  }

  /** The first letter, then the consonants, doubled letters collapsed. */
  static String skeleton(String lower) {
    StringBuilder out = new StringBuilder();
    char previous = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (!Character.isLetter(c) || c == previous) {
        previous = c;
        continue;
      }
      previous = c;
      boolean vowel = VOWELS.indexOf(c) >= 0;
      if (i == 0) {
        out.append(c);
      } else if (!vowel) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
