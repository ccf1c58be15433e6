package org.annalist.core.text;

/** Character tests for annotators' tokenizers, answered without a table lookup for ASCII. */
public final class Chars {

  private Chars() {}

  /** The same answer as {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }
}
