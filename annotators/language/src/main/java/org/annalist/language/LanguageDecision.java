package org.annalist.language;

/**
 * How the document language is decided from the reader's hint and the detector's guess: the
 * detection wins when the text is long enough and the detector sure enough; otherwise the hint
 * stands; with neither, the language stays unknown (every annotator then runs).
 *
 * @param language ISO 639-1 code (or 639-3 where the language has no 639-1 code), or null when unknown
 * @param source {@link #DETECTED}, {@link #HINT} or {@link #UNDECIDED}
 */
public record LanguageDecision(String language, String source) {

  public static final String DETECTED = "detected";
  public static final String HINT = "hint";
  public static final String UNDECIDED = "undecided";

  /**
   * @param hint the reader's language (primary subtag), or null
   * @param letters how many letters the detector read
   * @param guess the detector's best guess, or null when it did not run
   */
  static LanguageDecision decide(String hint, int letters, LanguageIdentifier.Guess guess, int minLetters,
      double minConfidence) {
    if (guess != null && letters >= minLetters && guess.confidence() >= minConfidence) {
      return new LanguageDecision(guess.language(), DETECTED);
    }
    if (hint != null) {
      return new LanguageDecision(hint, HINT);
    }
    return new LanguageDecision(null, UNDECIDED);
  }
}
