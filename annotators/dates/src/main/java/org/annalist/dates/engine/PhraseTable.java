package org.annalist.dates.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Multi-word phrases indexed by their first word, so that a lookup costs one hash probe. */
final class PhraseTable<V> {

  /** A phrase found in the text: its value and the index after it. */
  record Hit<V>(V value, int end) {}

  private record Entry<V>(List<String> words, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

  void put(List<String> words, V value) {
    if (!words.isEmpty()) {
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, value));
    }
  }

  /** The longest phrase starting at token i, or null. */
  Hit<V> longest(Scan s, int i) {
    List<Entry<V>> candidates = byFirstWord.get(s.word(i));
    if (candidates == null) {
      return null;
    }
    Hit<V> best = null;
    for (Entry<V> entry : candidates) {
      int end = s.phrase(i, entry.words());
      if (end > 0 && (best == null || end > best.end())) {
        best = new Hit<>(entry.value(), end);
      }
    }
    return best;
  }

  java.util.Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  /** The second words of the phrases that start with first. */
  java.util.Set<String> wordsAfter(String first) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (Entry<V> entry : byFirstWord.getOrDefault(first, List.of())) {
      if (entry.words().size() > 1) {
        words.add(entry.words().get(1));
      }
    }
    return words;
  }

  int longestPhrase() {
    int longest = 0;
    for (List<Entry<V>> entries : byFirstWord.values()) {
      for (Entry<V> entry : entries) {
        longest = Math.max(longest, entry.words().size());
      }
    }
    return longest;
  }
}
