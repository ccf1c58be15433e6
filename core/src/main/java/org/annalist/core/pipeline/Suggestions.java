package org.annalist.core.pipeline;

import java.util.Collection;

/** "Did you mean ...?" hints for misspelt names. */
public final class Suggestions {

  private Suggestions() {}

  /** The closest candidate within a small edit distance, or null. */
  public static String closest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    int allowed = Math.max(2, input.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** {@code "; did you mean 'x'?"} or an empty string. */
  public static String didYouMean(String input, Collection<String> candidates) {
    String closest = input == null ? null : closest(input, candidates);
    return closest == null ? "" : " (did you mean '" + closest + "'?)";
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
