package org.annalist.dates.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into {@link Token}s in one left-to-right pass and numbers the sentences. Letters
 * and digits form runs; punctuation marks are single tokens. Punctuation that no rule uses
 * (square and curly brackets, quotes other than apostrophes, symbols) is dropped so that long runs
 * of it cost no memory; round brackets are kept, since a parenthesis bounds an expression.
 */
final class Tokenizer {

  private static final String KEPT_PUNCTUATION = ".,-/:'’‘–—$%#&;!?()";
  /** Words after which a full stop does not end the sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "rep", "sen", "gov", "prof",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "a", "p", "m", "u", "s", "no", "vs", "co", "corp", "inc", "jr", "sr", "mt", "ft", "approx");

  private Tokenizer() {}

  private static final byte SPACE = 0;
  private static final byte LINE_BREAK = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte KEPT = 4;
  private static final byte DROPPED = 5;
  /** The class of every ASCII character. */
  private static final byte[] ASCII_CLASS = new byte[128];
  /** The token text of every kept punctuation mark, normalised (curly quote to apostrophe, dashes to hyphen). */
  private static final String[] PUNCTUATION_TEXT = new String[0x2020];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_CLASS[c] = c == '\n' || c == '\r' ? LINE_BREAK
          : Character.isWhitespace(c) ? SPACE
          : Character.isLetter(c) ? LETTER
          : c >= '0' && c <= '9' ? DIGIT
          : KEPT_PUNCTUATION.indexOf(c) >= 0 ? KEPT : DROPPED;
    }
    for (char c : KEPT_PUNCTUATION.toCharArray()) {
      PUNCTUATION_TEXT[c] = switch (c) {
        case '’', '‘' -> "'";
        case '–', '—' -> "-";
        default -> String.valueOf(c);
      };
    }
  }

  /** Tokens of text[from, to), with document offsets base + index. */
  static List<Token> tokenize(CharSequence text, int from, int to, int base) {
    int length = to - from;
    char[] chars = new char[length];
    if (text instanceof String string) {
      string.getChars(from, to, chars, 0);
    } else {
      for (int k = 0; k < length; k++) {
        chars[k] = text.charAt(from + k);
      }
    }
    List<Token> tokens = new ArrayList<>(Math.max(16, length / 5));
    int i = 0;
    boolean attached = false;
    boolean lineStart = true;
    while (i < length) {
      byte kind = classOf(chars[i]);
      if (kind == SPACE || kind == LINE_BREAK) {
        lineStart |= kind == LINE_BREAK;
        attached = false;
        i++;
        continue;
      }
      int start = i;
      Token token;
      int offset = base + from;
      if (kind == LETTER) {
        boolean ascii = true;
        boolean upper = false;
        while (i < length) {
          char c = chars[i];
          if (c < 128) {
            if (ASCII_CLASS[c] != LETTER) {
              break;
            }
            upper |= c <= 'Z';
          } else if (Character.isLetter(c)) {
            ascii = false;
          } else {
            break;
          }
          i++;
        }
        String word = new String(chars, start, i - start);
        String lower = !upper && ascii ? word : ascii ? asciiLower(chars, start, i) : word.toLowerCase(Locale.ROOT);
        token = new Token(offset + start, offset + i, Token.Kind.WORD, word, lower, -1, attached, lineStart);
      } else if (kind == DIGIT) {
        long value = 0;
        while (i < length && chars[i] >= '0' && chars[i] <= '9') {
          if (i - start < Token.MAX_NUMBER_DIGITS) {
            value = value * 10 + (chars[i] - '0');
          }
          i++;
        }
        int number = i - start <= Token.MAX_NUMBER_DIGITS ? (int) value : -1;
        String digits = new String(chars, start, i - start);
        token = new Token(offset + start, offset + i, Token.Kind.NUMBER, digits, digits, number, attached, lineStart);
      } else {
        char c = chars[i];
        i++;
        if (kind == DROPPED) {
          attached = false;
          continue;
        }
        String mark = PUNCTUATION_TEXT[c];
        token = new Token(offset + start, offset + i, Token.Kind.PUNCT, mark, mark, -1, attached, lineStart);
      }
      tokens.add(token);
      attached = true;
      lineStart = false;
    }
    numberSentences(tokens);
    return tokens;
  }

  private static byte classOf(char c) {
    if (c < 128) {
      return ASCII_CLASS[c];
    }
    if (Character.isWhitespace(c) || c == '\u00a0') {
      return SPACE;
    }
    if (Character.isLetter(c)) {
      return LETTER;
    }
    return KEPT_PUNCTUATION.indexOf(c) >= 0 ? KEPT : DROPPED;
  }

  private static String asciiLower(char[] chars, int from, int to) {
    char[] lower = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = chars[k];
      lower[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(lower);
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
