package org.annalist.quotes.text;

/**
 * A token of the document text with document offsets.
 *
 * @param begin offset of the first character
 * @param end offset after the last character
 * @param text the covered text
 * @param lower the covered text in lower case
 * @param kind word, punctuation or quotation mark
 * @param mark for quotation marks, which family and direction; null otherwise
 * @param newlineBefore true when a line break separates this token from the previous one
 */
public record Token(int begin, int end, String text, String lower, TokenKind kind, QuoteMark mark,
    boolean newlineBefore) {

  public static Token of(int begin, int end, String text, TokenKind kind, QuoteMark mark, boolean newlineBefore) {
    return new Token(begin, end, text, text.toLowerCase(java.util.Locale.ROOT), kind, mark, newlineBefore);
  }

  public boolean isWord() {
    return kind == TokenKind.WORD;
  }

  public boolean isQuote() {
    return kind == TokenKind.QUOTE;
  }

  public boolean is(String s) {
    return text.equals(s);
  }

  /** True when the first character is an upper-case letter. */
  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** Sentence-final punctuation: . ! ? and ellipses. */
  public boolean isTerminal() {
    return kind == TokenKind.PUNCT
        && (text.equals(".") || text.equals("!") || text.equals("?"));
  }
}
