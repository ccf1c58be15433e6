package org.annalist.dates.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link Token}s in one left-to-right pass and numbers the sentences. Letters
 * and digits form runs; punctuation marks are single tokens. Punctuation that no rule uses
 * (brackets, quotes other than apostrophes, symbols) is dropped so that long runs of it cost no
 * memory.
 */
final class Tokenizer {

  private static final String KEPT_PUNCTUATION = ".,-/:'’‘–—$%#&;!?";
  /** Words after which a full stop does not end the sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "rep", "sen", "gov", "prof",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "a", "p", "m", "u", "s", "no", "vs", "co", "corp", "inc", "jr", "sr", "mt", "ft", "approx");

  private Tokenizer() {}

  /** Tokens of text[from, to), with document offsets base + index. */
  static List<Token> tokenize(CharSequence text, int from, int to, int base) {
    List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
    int i = from;
    boolean attached = false;
    boolean lineStart = true;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (c == '\n' || c == '\r') {
          lineStart = true;
        }
        attached = false;
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (Character.isLetter(c)) {
        while (i < to && Character.isLetter(text.charAt(i))) {
          i++;
        }
        kind = Token.Kind.WORD;
      } else if (c >= '0' && c <= '9') {
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        kind = Token.Kind.NUMBER;
      } else {
        i++;
        if (KEPT_PUNCTUATION.indexOf(c) < 0) {
          attached = false;
          continue;
        }
        kind = Token.Kind.PUNCT;
      }
      String tokenText = text.subSequence(start, i).toString();
      if (kind == Token.Kind.PUNCT) {
        tokenText = normalisePunctuation(tokenText.charAt(0));
      }
      tokens.add(new Token(base + start, base + i, kind, tokenText, attached, lineStart));
      attached = true;
      lineStart = false;
    }
    numberSentences(tokens);
    return tokens;
  }

  private static String normalisePunctuation(char c) {
    return switch (c) {
      case '’', '‘' -> "'";
      case '–', '—' -> "-";
      default -> String.valueOf(c);
    };
  }

  private static void numberSentences(List<Token> tokens) {
    int sentence = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.lineStart && i > 0) {
        sentence++;
      }
      token.sentence = sentence;
      if (endsSentence(tokens, i)) {
        sentence++;
      }
    }
  }

  private static boolean endsSentence(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (token.kind != Token.Kind.PUNCT) {
      return false;
    }
    if (token.is("!") || token.is("?")) {
      return true;
    }
    if (!token.is(".") || i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    if (next.attached) {
      return false;
    }
    Token previous = i > 0 ? tokens.get(i - 1) : null;
    if (previous != null && previous.isWord() && ABBREVIATIONS.contains(previous.lower)) {
      return next.lineStart;
    }
    return next.isCapitalized() || next.kind == Token.Kind.NUMBER || next.lineStart;
  }
}
