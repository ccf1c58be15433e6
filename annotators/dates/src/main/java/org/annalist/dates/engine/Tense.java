package org.annalist.dates.engine;

import java.util.List;

/** Which side of the document date the clause around an expression talks about. */
enum Tense {
  PAST, FUTURE, UNKNOWN;

  /** Words before a participle that make it passive present, future or infinitive ("will be paid"). */
  private static final java.util.Set<String> NON_PAST_AUXILIARIES = java.util.Set.of("be", "being", "is", "are",
      "am", "to", "will", "would", "could", "should", "may", "might", "must", "can", "get", "gets");

  /** Words that open the object of "planned" ("planned a rally", "planned their march"). */
  private static final java.util.Set<String> PLAN_OBJECT_DETERMINERS = java.util.Set.of("a", "an", "the", "their",
      "his", "her", "its", "another", "new");

  /** Prepositions that make the expression after them a deadline ("by May", "until Tuesday"). */
  private static final java.util.Set<String> DEADLINE_PREPOSITIONS = java.util.Set.of("by", "until", "till");

  /** Words before a verb that make it not a finite present ("did not meet", "to open", "was open"). */
  private static final java.util.Set<String> NOT_FINITE_PRESENT = java.util.Set.of("to", "not", "t", "did", "does",
      "do", "was", "were", "is", "are", "be", "been", "had", "has", "have", "would", "could", "should", "might",
      "must", "can", "may", "will");

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
    if (first >= 1 && (DEADLINE_PREPOSITIONS.contains(tokens.get(first - 1).lower) || tokens.get(first - 1).is("through"))
        && postponedBefore(tokens, first - 1, sentence, lexicon)) {
      // "postponed until Tuesday", "extended ... loans through January": moved to a later time
      return FUTURE;
    }
    if (first >= 1 && DEADLINE_PREPOSITIONS.contains(tokens.get(first - 1).lower)) {
      // "by May", "until Tuesday": a deadline lies ahead unless the clause before it is past
      Tense clause = before(tokens, first - 1, sentence, lexicon);
      if (clause == UNKNOWN && startsClause(tokens, first - 1, sentence)) {
        // "Until Thursday, they had not called him": the verb follows the fronted phrase
        clause = after(tokens, end, sentence, lexicon);
      }
      return clause == PAST ? PAST : FUTURE;
    }
    if (scheduledPresentBefore(tokens, first, sentence, lexicon)) {
      return FUTURE;
    }
    for (int distance = 1; distance <= WINDOW; distance++) {
      Tense before = markerAt(tokens, first - distance, sentence, lexicon, true);
      if (before != UNKNOWN) {
        return before;
      }
      int afterIndex = end - 1 + distance;
      Tense after = markerAt(tokens, afterIndex, sentence, lexicon, false);
      if (after != UNKNOWN && !isAttribution(tokens, end, afterIndex, lexicon)) {
        return after;
      }
    }
    return UNKNOWN;
  }

  /**
   * True when the -ed word at index is an attribute rather than a past verb: negated ("an
   * unspecified date") or after a determiner, possibly with an adverb ("a still unspecified date").
   */
  private static boolean attributive(List<Token> tokens, int index, Lexicon lexicon) {
    if (tokens.get(index).lower.startsWith("un")) {
      return true;
    }
    int k = index - 1;
    if (k >= 0 && (tokens.get(k).lower.endsWith("ly") || tokens.get(k).is("still") || tokens.get(k).is("newly"))) {
      k--;
    }
    return k >= 0 && lexicon.participleDeterminers.contains(tokens.get(k).lower);
  }

  /** True when a verb that moves events later ("postponed", "extended") precedes index in its clause. */
  private static boolean postponedBefore(List<Token> tokens, int index, int sentence, Lexicon lexicon) {
    for (int k = index - 1; k >= 0 && k >= index - WINDOW && tokens.get(k).sentence == sentence; k--) {
      Token token = tokens.get(k);
      if (lexicon.postponeVerbs.contains(token.lower)) {
        return true;
      }
      if (token.is(",") || token.is(";") || token.is(":") || lexicon.futureMarkers.contains(token.lower)
          || lexicon.pastMarkers.contains(token.lower)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a finite present-tense verb of a scheduled event governs the expression right after
   * it, with at most "on" and one adverb between: "meet separately Monday", "opens on Tuesday".
   */
  private static boolean scheduledPresentBefore(List<Token> tokens, int first, int sentence, Lexicon lexicon) {
    int k = first - 1;
    if (k >= 0 && tokens.get(k).is("on")) {
      k--;
    }
    if (k >= 0 && tokens.get(k).isWord() && (tokens.get(k).lower.endsWith("ly") || tokens.get(k).is("again"))) {
      k--;
    }
    if (k < 1 || tokens.get(k).sentence != sentence) {
      return false;
    }
    String verb = tokens.get(k).lower;
    Token before = tokens.get(k - 1);
    if (before.sentence != sentence || !before.isWord() || NOT_FINITE_PRESENT.contains(before.lower)
        || lexicon.futureMarkers.contains(before.lower) || lexicon.pastMarkers.contains(before.lower)
        || lexicon.participleDeterminers.contains(before.lower)) {
      return false;
    }
    if (lexicon.scheduledPresentVerbs.contains(verb)) {
      return true;
    }
    return lexicon.scheduledPresentPluralVerbs.contains(verb) && pluralSubject(tokens, k - 1);
  }

  private static final java.util.Set<String> PLURAL_PRONOUNS = java.util.Set.of("they", "we", "you");

  /**
   * True when the word at index looks like a plural subject: "they", "leaders", "Mr. Smith and
   * Mr. Jones" (not "Iran's", "the press", "space").
   */
  private static boolean pluralSubject(List<Token> tokens, int index) {
    Token word = tokens.get(index);
    if (PLURAL_PRONOUNS.contains(word.lower)) {
      return true;
    }
    if (word.isCapitalized()) {
      // coordinated names: "Netanyahu and Arafat meet separately Monday"
      for (int k = index - 1; k >= 0 && k >= index - 6 && tokens.get(k).sentence == word.sentence; k--) {
        if (tokens.get(k).is("and")) {
          return true;
        }
        if (!tokens.get(k).isWord() && !tokens.get(k).is(".")) {
          return false;
        }
      }
      return false;
    }
    return word.lower.length() > 3 && word.lower.endsWith("s") && !word.lower.endsWith("ss")
        && !word.lower.endsWith("us") && !word.lower.endsWith("is");
  }

  /** True when "had been" opens the verb group ending at index ("had been scheduled to expire"). */
  private static boolean pastPerfectBefore(List<Token> tokens, int index, int sentence) {
    for (int k = index - 1; k >= 1 && k >= index - 4 && tokens.get(k).sentence == sentence; k--) {
      if (tokens.get(k).is("been") && tokens.get(k - 1).is("had")) {
        return true;
      }
    }
    return false;
  }

  /** The nearest tense marker after the expression within the sentence. */
  private static Tense after(List<Token> tokens, int end, int sentence, Lexicon lexicon) {
    for (int distance = 0; distance < WINDOW; distance++) {
      Tense marker = markerAt(tokens, end + distance, sentence, lexicon, false);
      if (marker != UNKNOWN) {
        return marker;
      }
    }
    return UNKNOWN;
  }

  /** True when the token at index opens its sentence or follows a comma, colon or semicolon. */
  private static boolean startsClause(List<Token> tokens, int index, int sentence) {
    if (index == 0 || tokens.get(index - 1).sentence != sentence) {
      return true;
    }
    String previous = tokens.get(index - 1).text;
    return previous.equals(",") || previous.equals(":") || previous.equals(";");
  }

  /** The nearest tense marker before index within the sentence. */
  private static Tense before(List<Token> tokens, int index, int sentence, Lexicon lexicon) {
    for (int distance = 1; distance <= WINDOW; distance++) {
      Tense marker = markerAt(tokens, index - distance, sentence, lexicon, true);
      if (marker != UNKNOWN) {
        return marker;
      }
    }
    return UNKNOWN;
  }

  /**
   * True when the verb at index is a verb of saying set off from the expression by punctuation
   * ("... leave at 4 a.m. Thursday,'' Castro said"): it dates the report, not the reported event.
   */
  private static boolean isAttribution(List<Token> tokens, int end, int index, Lexicon lexicon) {
    if (!lexicon.reportingVerbs.contains(tokens.get(index).lower)) {
      return false;
    }
    boolean punctuationBetween = false;
    boolean quoteBetween = false;
    for (int k = end; k < index; k++) {
      Token between = tokens.get(k);
      if (!between.isWord() && !between.isNumber()) {
        punctuationBetween = true;
        boolean possessive = k + 1 < tokens.size() && (tokens.get(k + 1).is("s") || tokens.get(k + 1).is("t"));
        quoteBetween |= between.text.equals("'") && !possessive;
      }
    }
    // "..., officials said." closes the clause; "In May, it announced plans" is the clause's own verb
    boolean closesClause = index + 1 >= tokens.size() || !tokens.get(index + 1).isWord()
        || tokens.get(index + 1).sentence != tokens.get(index).sentence;
    return quoteBetween || punctuationBetween && closesClause;
  }

  private static Tense markerAt(List<Token> tokens, int index, int sentence, Lexicon lexicon, boolean leftOfExpression) {
    if (index < 0 || index >= tokens.size()) {
      return UNKNOWN;
    }
    Token token = tokens.get(index);
    if (token.sentence != sentence || !token.isWord()) {
      return UNKNOWN;
    }
    String word = token.lower;
    if (word.equals("won")) {
      // "won't" is a future, "won" the past of "win"
      boolean negation = index + 2 < tokens.size() && tokens.get(index + 1).is("'") && tokens.get(index + 2).is("t");
      return negation ? FUTURE : PAST;
    }
    // "plans to meet on Monday": the infinitive governs what follows it, not what precedes it
    if (leftOfExpression && word.equals("to") && index > 0 && lexicon.scheduledBeforeTo.contains(tokens.get(index - 1).lower)) {
      return FUTURE;
    }
    if (leftOfExpression && word.equals("for") && index > 0 && lexicon.scheduledBeforeFor.contains(tokens.get(index - 1).lower)) {
      return pastPerfectBefore(tokens, index, sentence) ? PAST : FUTURE;
    }
    if (leftOfExpression && word.equals("planned") && index > 0 && index + 1 < tokens.size()
        && PLAN_OBJECT_DETERMINERS.contains(tokens.get(index + 1).lower)
        && !NON_PAST_AUXILIARIES.contains(tokens.get(index - 1).lower)) {
      // "protesters planned a rally on Saturday": what was planned lies ahead of the planning
      // ("as previously planned Saturday night" has no object: the plan was carried out)
      return tokens.get(index - 1).is("had") ? PAST : FUTURE;
    }
    if (lexicon.futureMarkers.contains(word)) {
      // "had been due to expire Friday": a plan of the past, since changed or carried out
      return pastPerfectBefore(tokens, index, sentence) ? PAST : FUTURE;
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
        && !lexicon.months.containsKey(word) && !lexicon.weekdays.containsKey(word)
        && !attributive(tokens, index, lexicon)) {
      return PAST;
    }
    return UNKNOWN;
  }
}
