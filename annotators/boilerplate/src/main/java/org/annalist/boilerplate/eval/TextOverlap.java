package org.annalist.boilerplate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two benchmark metrics: token 4-gram shingles (aeb) and lower-cased word bags (wcxb). */
public final class TextOverlap {

  /** Unicode {@code \w+}, as Python's {@code re} reads it. */
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Precision, recall and F1 of one page. */
  public record Score(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private TextOverlap() {}

  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /** The multiset of token 4-grams (a text of fewer than four tokens is one shingle). */
  public static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> bag = new HashMap<>();
    if (tokens.isEmpty()) {
      return bag;
    }
    int n = 4;
    int count = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < count; i++) {
      String shingle = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + n)));
      bag.merge(shingle, 1, Integer::sum);
    }
    return bag;
  }

  /** The multiset of lower-cased {@code \w+} words. */
  public static Map<String, Integer> words(String text) {
    Map<String, Integer> bag = new HashMap<>();
    for (String token : tokens(text)) {
      bag.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return bag;
  }

  /**
   * Multiset overlap of two bags: precision = |overlap| / |extracted|, recall = |overlap| /
   * |gold|. Two empty bags score 1/1; an empty extraction against a non-empty gold scores 0/0.
   */
  public static Score compare(Map<String, Integer> extracted, Map<String, Integer> gold) {
    long extractedSize = size(extracted);
    long goldSize = size(gold);
    if (extractedSize == 0 && goldSize == 0) {
      return new Score(1, 1);
    }
    long overlap = 0;
    for (Map.Entry<String, Integer> entry : extracted.entrySet()) {
      Integer other = gold.get(entry.getKey());
      if (other != null) {
        overlap += Math.min(entry.getValue(), other);
      }
    }
    double precision = extractedSize == 0 ? 0 : (double) overlap / extractedSize;
    double recall = goldSize == 0 ? 0 : (double) overlap / goldSize;
    return new Score(precision, recall);
  }

  public static Score aeb(String extracted, String gold) {
    return compare(shingles(extracted), shingles(gold));
  }

  public static Score wcxb(String extracted, String gold) {
    return compare(words(extracted), words(gold));
  }

  private static long size(Map<String, Integer> bag) {
    long size = 0;
    for (int count : bag.values()) {
      size += count;
    }
    return size;
  }
}
