package org.annalist.quotes.text;

/** The coarse classes the tokenizer assigns. */
public enum TokenKind {
  WORD,
  PUNCT,
  QUOTE
}
