package org.annalist.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision and recall of an extracted text against the true article body over word 4-gram
 * shingles, the measure of the article-extraction benchmark (averaged over pages by the caller).
 */
final class ShingleScore {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Precision and recall of one page; an empty prediction has precision 0 unless the truth is empty too. */
  record Score(double precision, double recall) {}

  private ShingleScore() {}

  static Score of(String predicted, String truth) {
    Set<String> p = shingles(predicted);
    Set<String> t = shingles(truth);
    if (p.isEmpty() && t.isEmpty()) {
      return new Score(1, 1);
    }
    int common = 0;
    for (String shingle : p) {
      if (t.contains(shingle)) {
        common++;
      }
    }
    return new Score(p.isEmpty() ? 0 : (double) common / p.size(), t.isEmpty() ? 0 : (double) common / t.size());
  }

  static Set<String> shingles(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    Matcher matcher = WORD.matcher(text == null ? "" : text);
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    Set<String> shingles = new HashSet<>();
    if (words.size() < 4) {
      if (!words.isEmpty()) {
        shingles.add(String.join(" ", words));
      }
      return shingles;
    }
    for (int i = 0; i + 4 <= words.size(); i++) {
      shingles.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2) + ' ' + words.get(i + 3));
    }
    return shingles;
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
