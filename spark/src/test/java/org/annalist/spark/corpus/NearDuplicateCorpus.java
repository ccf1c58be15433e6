package org.annalist.spark.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated test corpus for the duplicates step: families of one original with edited copies (words
 * replaced at rates from 2 % to 18 %, which puts some pairs on both sides of the 0.3 threshold, a
 * fifth cut, furniture added, exact copies), one family larger than a full-comparison bucket, unrelated
 * originals, empty and very short texts, and publication days with many ties and some missing, in an
 * id order that is not the family order.
 */
final class NearDuplicateCorpus {

  private static final int VOCABULARY = 5_000;

  record Doc(String id, String published, String text) {}

  private NearDuplicateCorpus() {}

  static List<Doc> generate(long seed, int families, int unrelated, int largeFamily) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int f = 0; f < families; f++) {
      List<String> original = original(random);
      texts.add(String.join(" ", original));
      int copies = 1 + random.nextInt(5);
      for (int c = 0; c < copies; c++) {
        texts.add(random.nextInt(10) == 0 ? String.join(" ", original) : copy(original, random,
            0.02 + random.nextDouble() * 0.16));
      }
    }
    List<String> large = original(random);
    texts.add(String.join(" ", large));
    for (int c = 0; c < largeFamily; c++) {
      texts.add(copy(large, random, 0.04 + random.nextDouble() * 0.06));
    }
    for (int u = 0; u < unrelated; u++) {
      texts.add(String.join(" ", original(random)));
    }
    texts.add("");
    texts.add("   ");
    texts.add("Breaking news");
    texts.add("breaking NEWS!");
    Collections.shuffle(texts, random);
    List<Doc> docs = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String published = random.nextInt(8) == 0 ? null : "2022-01-0" + (1 + random.nextInt(4));
      docs.add(new Doc(String.format("doc-%05d", i), published, texts.get(i)));
    }
    return docs;
  }

  private static List<String> original(Random random) {
    int length = 120 + random.nextInt(121);
    List<String> words = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      // Zipf-like frequencies, as in real text
      words.add("w" + (int) Math.floor(Math.pow(VOCABULARY, random.nextDouble())));
    }
    return words;
  }

  private static String copy(List<String> original, Random random, double replaced) {
    List<String> words = new ArrayList<>(original);
    for (int i = 0; i < words.size(); i++) {
      if (random.nextDouble() < replaced) {
        words.set(i, "w" + random.nextInt(VOCABULARY));
      }
    }
    if (random.nextBoolean()) {
      int cut = words.size() / 5;
      int from = random.nextInt(words.size() - cut);
      words.subList(from, from + cut).clear();
    }
    if (random.nextBoolean()) {
      words.addAll(0, List.of("advertisement", "share", "this", "article", "on", "social", "media"));
    }
    return String.join(" ", words);
  }
}
