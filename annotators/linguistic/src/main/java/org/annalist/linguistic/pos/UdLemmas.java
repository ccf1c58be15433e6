package org.annalist.linguistic.pos;

import java.util.Locale;
import java.util.Map;

/**
 * Lemmas in the conventions of UD English from a morphological analyser's lemmas (NLP4J's): proper
 * nouns, punctuation, symbols and numbers keep their written form (NLP4J writes {@code #crd#} and
 * turns digits into 0); personal pronouns take the subject form ("me" → "I"); demonstratives the
 * singular ("those" → "that"); "an" → "a"; contracted and clipped auxiliaries their verb ("'s" → "be",
 * or "have" before a participle, "'ll" → "will", "ca" → "can"); "gonna" → "go" + "to".
 */
public final class UdLemmas {

  private static final Map<String, String> PERSONAL_PRONOUNS = Map.of(
      "me", "I", "him", "he", "us", "we", "them", "they");
  private static final Map<String, String> AUXILIARIES = Map.ofEntries(
      Map.entry("'re", "be"), Map.entry("’re", "be"), Map.entry("'m", "be"), Map.entry("’m", "be"),
      Map.entry("'ve", "have"), Map.entry("’ve", "have"), Map.entry("'ll", "will"), Map.entry("’ll", "will"),
      Map.entry("wo", "will"), Map.entry("ca", "can"), Map.entry("sha", "shall"));

  private UdLemmas() {}

  /**
   * The UD lemma of every word of one sentence, from the analyser's lemmas, the UPOS tags and the
   * Penn Treebank tags.
   */
  public static String[] convert(String[] words, String[] analysed, String[] upos, String[] penn) {
    String[] lemmas = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lemmas[i] = lemma(words, analysed, upos, penn, i);
    }
    return lemmas;
  }

  private static String lemma(String[] words, String[] analysed, String[] upos, String[] penn, int i) {
    String word = words[i];
    String lower = word.toLowerCase(Locale.ROOT);
    String lemma = analysed[i] == null || analysed[i].isEmpty() ? lower : analysed[i];
    String tag = upos[i];
    boolean participleFollows = i + 1 < penn.length && "VBN".equals(penn[i + 1]);
    if ("PROPN".equals(tag) || "PUNCT".equals(tag) || "SYM".equals(tag) || hasDigit(word)) {
      return word;
    }
    if (lemma.startsWith("#") && lemma.endsWith("#") && lemma.length() > 1) {
      return lower; // NLP4J's placeholders for cardinals and ordinals
    }
    switch (tag) {
      case "PRON":
        if ("her".equals(lower) && "PRP".equals(penn[i])) {
          return "she";
        }
        return PERSONAL_PRONOUNS.getOrDefault(lower, demonstrative(lower, lemma));
      case "DET":
        return "an".equals(lower) ? "a" : demonstrative(lower, lemma);
      case "AUX":
        if (lower.equals("'s") || lower.equals("’s") || lower.equals("s")) {
          return participleFollows ? "have" : "be";
        }
        if (lower.equals("'d") || lower.equals("’d")) {
          return participleFollows ? "have" : "would";
        }
        return AUXILIARIES.getOrDefault(lower, lemma);
      case "VERB":
        return "gon".equals(lower) ? "go" : lemma;
      case "PART":
        return "na".equals(lower) && i > 0 && "gon".equalsIgnoreCase(words[i - 1]) ? "to" : lemma;
      default:
        return lemma;
    }
  }

  private static String demonstrative(String lower, String lemma) {
    return switch (lower) {
      case "these" -> "this";
      case "those" -> "that";
      default -> lemma;
    };
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
