package org.annalist.dates.engine;

import java.util.List;

/** Which side of the document date the clause around an expression talks about. */
enum Tense {
  PAST, FUTURE, UNKNOWN;

  /** Words before a participle that make it passive present, future or infinitive ("will be paid"). */
  private static final java.util.Set<String> NON_PAST_AUXILIARIES = java.util.Set.of("be", "being", "is", "are",
      "am", "to", "will", "would", "could", "should", "may", "might", "must", "can", "get", "gets");

  /** How far (in tokens) to look for a tense marker around an expression. */
  private static final int WINDOW = 12;

  /**
   * The tense of the sentence around tokens [first, end): the nearest future or past marker
   * within the sentence wins.
   */
  static Tense around(List<Token> tokens, int first, int end, Lexicon lexicon) {
    int sentence = tokens.get(first).sentence;
    if (first >= 3 && tokens.get(first - 1).is("as") && tokens.get(first - 3).is("as")
        && (tokens.get(first - 2).is("early") || tokens.get(first - 2).is("soon"))) {
      return FUTURE;
    }
    for (int distance = 1; distance <= WINDOW; distance++) {
      Tense before = markerAt(tokens, first - distance, sentence, lexicon);
      if (before != UNKNOWN) {
        return before;
      }
      Tense after = markerAt(tokens, end - 1 + distance, sentence, lexicon);
      if (after != UNKNOWN) {
        return after;
      }
    }
    return UNKNOWN;
  }

  private static Tense markerAt(List<Token> tokens, int index, int sentence, Lexicon lexicon) {
    if (index < 0 || index >= tokens.size()) {
      return UNKNOWN;
    }
    Token token = tokens.get(index);
    if (token.sentence != sentence || !token.isWord()) {
      return UNKNOWN;
    }
    String word = token.lower;
    if (lexicon.futureMarkers.contains(word)) {
      return FUTURE;
    }
    boolean pastForm = lexicon.pastMarkers.contains(word) || word.length() > 4 && word.endsWith("ed")
        && !lexicon.notPast.contains(word);
    if (pastForm && index > 0 && NON_PAST_AUXILIARIES.contains(tokens.get(index - 1).lower)) {
      return UNKNOWN;
    }
    if (lexicon.pastMarkers.contains(word)) {
      return PAST;
    }
    if (word.length() > 4 && word.endsWith("ed") && !lexicon.notPast.contains(word)
        && !lexicon.months.containsKey(word) && !lexicon.weekdays.containsKey(word)) {
      return PAST;
    }
    return UNKNOWN;
  }
}
