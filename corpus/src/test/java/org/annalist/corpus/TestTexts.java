package org.annalist.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Texts written for the tests: articles of made-up words, and copies of them with edits. */
public final class TestTexts {

  private TestTexts() {}

  /** An article of {@code words} pseudo-words drawn from a seeded generator, in paragraphs of 40 words. */
  public static String article(long seed, int words) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(i % 40 == 0 ? "\n\n" : " ");
      }
      text.append(word(random));
    }
    return text.toString();
  }

  /** The text with every {@code every}-th word replaced by another. */
  public static String edited(String text, int every, long seed) {
    Random random = new Random(seed);
    String[] words = text.split(" ");
    for (int i = every - 1; i < words.length; i += every) {
      words[i] = word(random);
    }
    return String.join(" ", words);
  }

  /** The first {@code share} of the paragraphs. */
  public static String cut(String text, double share) {
    String[] paragraphs = text.split("\n\n");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < Math.max(1, Math.round(paragraphs.length * share)); i++) {
      kept.add(paragraphs[i]);
    }
    return String.join("\n\n", kept);
  }

  private static String word(Random random) {
    int length = 3 + random.nextInt(6);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  public static CorpusDocument document(String id, String published, String text) {
    return new CorpusDocument(id, "title of " + id, published, text, List.of(), List.of(), List.of(), List.of());
  }
}
