package org.annalist.dates.engine;

/** One token of the text: a run of letters, a run of digits, or a single punctuation mark. */
public final class Token {

  /** What a token is made of. */
  public enum Kind { WORD, NUMBER, PUNCT }

  /** Numbers longer than this keep no value (they cannot be dates and must not overflow). */
  static final int MAX_NUMBER_DIGITS = 9;

  final int begin;
  final int end;
  final Kind kind;
  final String text;
  final String lower;
  /** Value of a NUMBER token, -1 when it has more than {@link #MAX_NUMBER_DIGITS} digits. */
  final int number;
  /** True when no space separates this token from the previous one. */
  final boolean attached;
  /** True when a line break precedes the token. */
  final boolean lineStart;
  int sentence;

  Token(int begin, int end, Kind kind, String text, String lower, int number, boolean attached, boolean lineStart) {
    this.begin = begin;
    this.end = end;
    this.kind = kind;
    this.text = text;
    this.lower = lower;
    this.attached = attached;
    this.lineStart = lineStart;
    this.number = number;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER && number >= 0;
  }

  int digits() {
    return kind == Kind.NUMBER ? text.length() : 0;
  }

  boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  @Override
  public String toString() {
    return text + "@" + begin;
  }
}
