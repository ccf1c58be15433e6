package org.annalist.quotes.extract;

import java.util.Set;

/** Closed-class English word lists used by the mention and attribution rules (lower case). */
final class Words {

  /** Runs of white space, and of white space or commas (splitting names into words). */
  static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  static final java.util.regex.Pattern SPACES_OR_COMMAS = java.util.regex.Pattern.compile("[\\s,]+");
  static final java.util.regex.Pattern TRAILING_SPACES_OR_COMMAS = java.util.regex.Pattern.compile("[,\\s]+$");

  static final Set<String> DETERMINERS =
      set("a", "an", "the", "this", "these", "those", "another", "one", "two", "three", "some",
          "several", "many", "his", "her", "its", "their", "our", "my", "your", "other", "both",
          "each", "every", "any", "no", "most", "few");

  static final Set<String> DEFINITE =
      set("the", "this", "these", "those", "his", "her", "its", "their", "our");

  static final Set<String> PRONOUNS = set("he", "she", "it", "they", "we", "i", "you");

  static final Set<String> PREPOSITIONS =
      set("of", "for", "at", "from", "in", "with", "on", "to", "by", "about", "under", "over",
          "near", "inside", "within", "during", "after", "before", "against", "among", "between",
          "into", "through", "without", "like", "via", "outside", "across", "behind", "toward",
          "towards", "amid", "despite");

  /** Words that end a noun phrase when walking left from a cue. */
  static final Set<String> CLAUSE_WORDS =
      set("that", "which", "who", "whom", "whose", "where", "when", "while", "because",
          "although", "though", "if", "unless", "as", "than", "but", "or", "so", "since",
          "until", "whether", "what", "how", "why", "and", "is", "was", "were", "are", "be",
          "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
          "might", "can", "did", "does", "do", "not", "said", "says", "say", "told", "added",
          "also", "however", "meanwhile", "then", "now", "still", "yet", "even", "just", "only",
          "there", "here", "today", "yesterday", "tonight", "earlier", "later", "ago", "week",
          "month", "year", "morning", "afternoon", "evening", "night", "once", "instead",
          "too", "again", "already", "to", "by", "after", "before", "during", "in", "on", "at",
          "from", "into", "with", "without", "about", "against", "it’s", "it's", "-", "—", "–");

  /** Auxiliaries and adverbs that may stand between a subject and its cue verb. */
  static final Set<String> CUE_PREFIX =
      set("also", "has", "have", "had", "later", "then", "previously", "once", "would",
          "will", "repeatedly", "recently", "further", "again", "separately", "publicly",
          "privately", "reportedly", "never", "often", "frequently", "similarly", "earlier",
          "initially", "ultimately", "finally", "quickly", "simply", "flatly", "angrily",
          "bluntly", "openly", "explicitly", "subsequently", "first", "herself", "himself",
          "themselves", "itself", "always", "just", "only", "even", "still", "already", "had",
          "did", "does", "do", "could", "might", "may", "must", "should", "not", "long");

  static final Set<String> WEEKDAYS =
      set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  static final Set<String> MONTHS =
      set("january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.",
          "nov.", "dec.");

  /** Name particles that stay inside a capitalised name: Abu Mahdi al-Muhandis, Ludwig van Beethoven. */
  static final Set<String> NAME_PARTICLES =
      set("al", "al-", "bin", "ibn", "de", "del", "della", "di", "da", "du", "van", "von",
          "der", "den", "la", "le", "dos", "das", "y", "st.", "mc", "o’", "el");

  static final Set<String> NAME_SUFFIXES = set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  /** Capitalised words that begin sentences or headings but never names. */
  static final Set<String> NON_NAME_CAPITALS =
      set("the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "as", "for",
          "after", "before", "since", "when", "while", "though", "although", "because", "this",
          "that", "these", "those", "there", "it", "he", "she", "they", "we", "i", "you", "his",
          "her", "their", "its", "our", "my", "what", "who", "why", "how", "where", "yet",
          "still", "then", "now", "however", "meanwhile", "also", "even", "according", "asked",
          "photo", "read", "more", "mr", "about", "with", "from", "by", "to", "of", "some",
          "many", "most", "all", "no", "not", "one", "two", "both", "each", "every", "last",
          "next", "earlier", "later", "today", "yesterday", "said", "says", "like", "just",
          "only", "here", "instead", "despite", "during", "until", "unlike", "among", "under",
          "over", "without", "within", "whether", "do", "does", "did", "is", "are", "was",
          "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "may",
          "might", "must", "let", "let’s", "don’t", "i’m", "it’s", "we’re", "that’s", "there’s",
          "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "so-called", "advertisement");

  static final Set<String> MALE_HONORIFICS = set("mr.", "mr", "sir", "lord", "father", "king", "prince");
  static final Set<String> FEMALE_HONORIFICS =
      set("mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman",
          "spokeswoman", "chairwoman", "sister");

  private Words() {}

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  static boolean isPersonLikeHead(String lower) {
    return lower.endsWith("er") || lower.endsWith("or") || lower.endsWith("ers") || lower.endsWith("ors") || lower.endsWith("ists")
        || lower.endsWith("ians") || lower.endsWith("men") || lower.endsWith("man")
        || lower.endsWith("woman") || lower.endsWith("ees") || lower.endsWith("ants")
        || lower.endsWith("ents") || lower.endsWith("ist") || lower.endsWith("ian");
  }

  /** "Iran’s" -> "Iran". */
  static String stripPossessive(String word) {
    if (word.endsWith("’s") || word.endsWith("'s")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("s’") || word.endsWith("s'")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
