package org.annalist.quotes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.core.text.Chars;

/**
 * A fast rule tokenizer for news English: words keep inner apostrophes, hyphens and the periods
 * of abbreviations and initials (U.S., Maj., W.); quotation marks become {@link TokenKind#QUOTE}
 * tokens whose direction comes from the glyph and from the characters around them. Linear in the
 * length of the text.
 */
public final class Tokenizer {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "lt", "col", "capt", "cpt", "sgt", "adm",
          "cmdr", "sen", "rep", "gov", "pres", "jr", "sr", "st", "rev", "hon", "atty", "supt",
          "insp", "gens", "sens", "reps", "messrs", "jan", "feb", "mar", "apr", "aug", "sep",
          "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs", "etc", "mt", "ft",
          "dept", "univ", "assn", "bros", "est", "approx", "fig", "ca", "pvt", "cpl", "brig",
          "lieut", "amb", "ave", "blvd");

  private Tokenizer() {}

  /** Tokenizes text[from, to) and returns tokens with offsets into text. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
    int i = from;
    boolean newline = false;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (c == '\n' || c == '\r' || c == '\u2029') {
          newline = true;
        }
        i++;
        continue;
      }
      int end;
      if (Chars.isLetterOrDigit(c)) {
        end = wordEnd(text, i, to);
        tokens.add(Token.of(i, end, text.substring(i, end), TokenKind.WORD, null, newline));
      } else if (isQuoteChar(c)
          || (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'')
          || (c == '`' && i + 1 < to && text.charAt(i + 1) == '`')) {
        end = (c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c ? i + 2 : i + 1;
        QuoteMark mark = classify(text, i, end, from, to);
        if (mark == null) {
          tokens.add(Token.of(i, end, text.substring(i, end), TokenKind.PUNCT, null, newline));
        } else {
          tokens.add(Token.of(i, end, text.substring(i, end), TokenKind.QUOTE, mark, newline));
        }
      } else {
        end = i + 1;
        if (c == '.' || c == '-') {
          while (end < to && text.charAt(end) == c) {
            end++;
          }
        }
        tokens.add(Token.of(i, end, text.substring(i, end), TokenKind.PUNCT, null, newline));
      }
      newline = false;
      i = end;
    }
    return tokens;
  }

  private static int wordEnd(String text, int start, int to) {
    int i = start;
    int segmentStart = start;
    while (i < to) {
      char c = text.charAt(i);
      if (Chars.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      boolean nextIsAlnum = i + 1 < to && Chars.isLetterOrDigit(text.charAt(i + 1));
      boolean prevIsLetter = i > start && Character.isLetter(text.charAt(i - 1));
      if ((c == '\'' || c == '\u2019') && prevIsLetter && nextIsAlnum) {
        i++;
        segmentStart = i;
        continue;
      }
      if ((c == '-' || c == '&' || c == '_') && nextIsAlnum && i > start) {
        i++;
        segmentStart = i;
        continue;
      }
      if ((c == ',' || c == '.') && nextIsAlnum && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (c == '.' && i + 1 < to && (text.charAt(i + 1) == ',' || text.charAt(i + 1) == ';' || text.charAt(i + 1) == ')')
          && Character.isLetter(text.charAt(i - 1))) {
        return i + 1; // "R-Ky., said": an abbreviation period before a comma
      }
      if (c == '.') {
        String segment = text.substring(segmentStart, i);
        boolean initial = segment.length() == 1 && Character.isLetter(segment.charAt(0));
        if (initial || (segmentStart == start && ABBREVIATIONS.contains(segment.toLowerCase(Locale.ROOT)))) {
          i++;
          segmentStart = i;
          if (initial && i < to && Character.isLetter(text.charAt(i))
              && i + 1 < to && text.charAt(i + 1) == '.') {
            continue; // U.S.
          }
          if (initial && i + 1 < to && text.charAt(i) == '-' && Character.isLetter(text.charAt(i + 1))) {
            continue; // U.S.-led
          }
          return i;
        }
      }
      break;
    }
    return i;
  }

  private static boolean isQuoteChar(char c) {
    return switch (c) {
      case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2018', '\u2019',
          '\u201a', '\u2039', '\u203a', '\'' -> true;
      default -> false;
    };
  }

  /** Family and direction of a mark, or null when the character is an apostrophe. */
  private static QuoteMark classify(String text, int begin, int end, int from, int to) {
    char c = text.charAt(begin);
    char before = begin > from ? text.charAt(begin - 1) : ' ';
    char after = end < to ? text.charAt(end) : ' ';
    boolean leftFlank = Character.isWhitespace(before) || before == '\u00a0' || "([{\u2014\u2013-/".indexOf(before) >= 0
        || isQuoteChar(before);
    boolean rightFlank = Character.isWhitespace(after) || after == '\u00a0'
        || ".,;:!?)]}\u2014\u2013-/\u2026".indexOf(after) >= 0 || isQuoteChar(after);
    QuoteMark.Direction context =
        leftFlank && !rightFlank ? QuoteMark.Direction.OPEN
            : rightFlank && !leftFlank ? QuoteMark.Direction.CLOSE : QuoteMark.Direction.EITHER;
    if (context == QuoteMark.Direction.EITHER && (begin == from || before == '\n')) {
      context = QuoteMark.Direction.OPEN; // ”… what I learned ...”: a mark that opens a paragraph opens, whatever its glyph
    }
    switch (c) {
      case '\u201c', '\u201e', '\u201f':
        return new QuoteMark(QuoteMark.Family.DOUBLE,
            context == QuoteMark.Direction.CLOSE ? QuoteMark.Direction.CLOSE : QuoteMark.Direction.OPEN);
      case '\u201d':
        return new QuoteMark(QuoteMark.Family.DOUBLE,
            context == QuoteMark.Direction.OPEN ? QuoteMark.Direction.OPEN : QuoteMark.Direction.CLOSE);
      case '"', '`':
        return new QuoteMark(QuoteMark.Family.DOUBLE, context);
      case '\u00ab':
        return new QuoteMark(QuoteMark.Family.GUILLEMET, QuoteMark.Direction.OPEN);
      case '\u00bb':
        return new QuoteMark(QuoteMark.Family.GUILLEMET, QuoteMark.Direction.CLOSE);
      case '\u2039':
        return new QuoteMark(QuoteMark.Family.SINGLE, QuoteMark.Direction.OPEN);
      case '\u203a':
        return new QuoteMark(QuoteMark.Family.SINGLE, QuoteMark.Direction.CLOSE);
      case '\u2018', '\u201a':
        return new QuoteMark(QuoteMark.Family.SINGLE,
            context == QuoteMark.Direction.CLOSE ? QuoteMark.Direction.CLOSE : QuoteMark.Direction.OPEN);
      case '\u2019', '\'':
        if (end - begin == 2) {
          return new QuoteMark(QuoteMark.Family.DOUBLE, context);
        }
        if (context == QuoteMark.Direction.EITHER) {
          return null; // between two letters or two spaces: an apostrophe, not a mark
        }
        if (context == QuoteMark.Direction.OPEN && c == '\u2019') {
          return null; // ’90s, ’em
        }
        return new QuoteMark(QuoteMark.Family.SINGLE, context);
      default:
        return null;
    }
  }
}
