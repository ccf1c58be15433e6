package org.annalist.linguistic.pos;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Universal POS tags (UD English) from Penn Treebank tags, the words and their lemmas. Most Penn tags
 * have one UPOS; where UD English splits a Penn tag, the rules of the UD English guidelines decide:
 * <ul>
 *   <li>{@code be} is AUX (copula and auxiliary) except existential "there is"; {@code have} is AUX
 *       before a participle, {@code do} before a bare verb, modals and contracted auxiliaries always;
 *   <li>{@code IN} is SCONJ for subordinators ("if", "because", "that"), before a gerund ("for
 *       doing") and for "as", "before", "since"... when a clause follows, else ADP;
 *   <li>demonstratives without a nominal after them are PRON ("that is"), {@code WDT} before a
 *       noun is DET; indefinite pronouns tagged {@code NN} ("something") are PRON;
 *   <li>"not" and "n't" are PART, {@code TO} is PART, {@code RP} is ADP, {@code POS} is PART;
 *       URLs and e-mail addresses ({@code ADD}) are PROPN as in UD English EWT and GUM.
 * </ul>
 */
public final class PennToUniversal {

  private static final Map<String, String> ONE_TO_ONE = Map.ofEntries(
      Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
      Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"), Map.entry("AFX", "ADJ"),
      Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
      Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"),
      Map.entry("EX", "PRON"), Map.entry("WDT", "PRON"), Map.entry("DT", "DET"), Map.entry("PDT", "DET"),
      Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("LS", "NUM"), Map.entry("UH", "INTJ"),
      Map.entry("POS", "PART"), Map.entry("TO", "PART"), Map.entry("RP", "ADP"), Map.entry("IN", "ADP"),
      Map.entry("MD", "AUX"), Map.entry("SYM", "SYM"), Map.entry("$", "SYM"), Map.entry("#", "SYM"),
      Map.entry("ADD", "PROPN"), Map.entry("GW", "X"), Map.entry("FW", "X"), Map.entry("XX", "X"),
      Map.entry("NFP", "PUNCT"), Map.entry(".", "PUNCT"), Map.entry(",", "PUNCT"), Map.entry(":", "PUNCT"),
      Map.entry("``", "PUNCT"), Map.entry("''", "PUNCT"), Map.entry("-LRB-", "PUNCT"), Map.entry("-RRB-", "PUNCT"),
      Map.entry("HYPH", "PUNCT"),
      Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
      Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"));

  private static final Set<String> PUNCTUATION_TAGS = Set.of(".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP");
  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Tags that end the search for the verb an auxiliary "have" or "do" goes with. */
  private static final Set<String> AUXILIARY_SCOPE_ENDS = Set.of("IN", "TO", "DT", "CC", "VBD", "VBZ", "VBP");
  private static final Set<String> NOMINAL_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG");

  private static final Set<String> INDEFINITE_PRONOUNS = Set.of("something", "anything", "nothing", "everything",
      "someone", "anyone", "everyone", "noone", "nobody", "somebody", "anybody", "everybody", "none");
  private static final Set<String> NEGATION = Set.of("not", "n't", "n’t", "nt");
  private static final Set<String> SUBORDINATORS = Set.of("that", "if", "whether", "because", "although", "though",
      "unless", "whereas", "while", "cause", "'cause", "’cause", "cuz", "coz");
  /** Prepositions that are also subordinators when a clause follows ("before you go"). */
  private static final Set<String> CLAUSE_INTRODUCERS = Set.of("as", "before", "after", "since", "until", "till",
      "once", "like", "than", "b/c", "so", "except");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "we", "they", "it");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
  private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("'s", "’s", "'d", "’d", "'ll", "’ll", "'ve", "’ve",
      "'re", "’re", "'m", "’m");

  private PennToUniversal() {}

  /** The UPOS tag of every word of one sentence; {@code lemmas} may be null (the word stands in). */
  public static String[] convert(String[] words, String[] lemmas, String[] penn) {
    String[] upos = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      upos[i] = convert(words, lemmas, penn, i);
    }
    return upos;
  }

  private static String convert(String[] words, String[] lemmas, String[] penn, int i) {
    String tag = penn[i];
    String lower = words[i].toLowerCase(Locale.ROOT);
    String next = i + 1 < penn.length ? penn[i + 1] : null;
    String upos = ONE_TO_ONE.getOrDefault(tag, "X");
    switch (tag) {
      case "NN":
        return INDEFINITE_PRONOUNS.contains(lower) ? "PRON" : upos;
      case "RB":
        return NEGATION.contains(lower) ? "PART" : upos;
      case "IN":
        if (SUBORDINATORS.contains(lower) || "VBG".equals(next)) {
          return "SCONJ";
        }
        if (CLAUSE_INTRODUCERS.contains(lower) && next != null
            && (SUBJECT_PRONOUNS.contains(words[i + 1].toLowerCase(Locale.ROOT)) || "EX".equals(next)
                || finiteVerbFollows(penn, i + 1))) {
          return "SCONJ";
        }
        return upos;
      case "DT":
        return DEMONSTRATIVES.contains(lower) && (next == null || !NOMINAL_TAGS.contains(next)) ? "PRON" : upos;
      case "WDT":
        return "NN".equals(next) || "NNS".equals(next) || "JJ".equals(next) ? "DET" : upos;
      case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
        return verb(words, lemmas, penn, i, lower);
      default:
        return upos;
    }
  }

  private static String verb(String[] words, String[] lemmas, String[] penn, int i, String lower) {
    String lemma = lemmas == null || lemmas[i] == null ? lower : lemmas[i].toLowerCase(Locale.ROOT);
    if ("be".equals(lemma)) {
      return i > 0 && "there".equalsIgnoreCase(words[i - 1]) ? "VERB" : "AUX";
    }
    if ("have".equals(lemma) || "do".equals(lemma)) {
      String nextWord = i + 1 < words.length ? words[i + 1].toLowerCase(Locale.ROOT) : "";
      if ("have".equals(lemma) && "to".equals(nextWord)) {
        return "VERB"; // "have to" is a main verb in UD
      }
      if ("have".equals(lemma) && "got".equals(nextWord)) {
        return "AUX";
      }
      String wanted = "have".equals(lemma) ? "VBN" : "VB";
      for (int j = i + 1; j < Math.min(penn.length, i + 5); j++) {
        if (wanted.equals(penn[j])) {
          return "AUX";
        }
        if (PUNCTUATION_TAGS.contains(penn[j]) || AUXILIARY_SCOPE_ENDS.contains(penn[j])) {
          break;
        }
      }
      return "VERB";
    }
    return CONTRACTED_AUXILIARIES.contains(lower) ? "AUX" : "VERB";
  }

  /** A finite verb within the next three words, before punctuation, a preposition or a conjunction. */
  private static boolean finiteVerbFollows(String[] penn, int from) {
    for (int k = from; k < Math.min(penn.length, from + 3); k++) {
      if (FINITE_VERB_TAGS.contains(penn[k])) {
        return true;
      }
      if (PUNCTUATION_TAGS.contains(penn[k]) || "IN".equals(penn[k]) || "TO".equals(penn[k]) || "CC".equals(penn[k])) {
        return false;
      }
    }
    return false;
  }
}
