package org.annalist.dates.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * The tokens of one stretch of text with the lexicon and the resolution context: what every rule
 * looks at. Its helpers read small grammatical pieces (a number, a month, a day, a year) and
 * return the index after them, or -1 when the piece is not there.
 */
final class Scan {

  final List<Token> tokens;
  final Lexicon lexicon;
  final ResolutionContext context;

  /** Result of reading a piece: its value and the index of the token after it. */
  record Piece(int value, int end) {}

  /** A number phrase: value (NaN when vague, "several"), and the index after it. */
  record Amount(double value, int end) {
    boolean vague() {
      return Double.isNaN(value);
    }
  }

  /** Memoised core matches per token index; valid while the generation stamp matches. */
  private final Match[] cachedMatch;
  private final int[] cachedGeneration;
  /** Memoised day readings (calendar and relative rules) per token index, same generation. */
  private final Match[] cachedDay;
  private final int[] cachedDayGeneration;
  private int generation = 1;
  private long ruleRuns;

  Scan(List<Token> tokens, Lexicon lexicon, ResolutionContext context) {
    this.tokens = tokens;
    this.lexicon = lexicon;
    this.context = context;
    this.cachedMatch = new Match[tokens.size() + 1];
    this.cachedGeneration = new int[tokens.size() + 1];
    this.cachedDay = new Match[tokens.size() + 1];
    this.cachedDayGeneration = new int[tokens.size() + 1];
  }

  boolean isCached(int i) {
    return i >= 0 && i < cachedGeneration.length && cachedGeneration[i] == generation;
  }

  Match cached(int i) {
    return cachedMatch[i];
  }

  void cache(int i, Match match) {
    if (i >= 0 && i < cachedGeneration.length) {
      cachedMatch[i] = match;
      cachedGeneration[i] = generation;
    }
  }

  /** The day reading at i from the rules, computed once per position and generation. Callers must not modify it. */
  Match day(int i, RuleFamily rules) {
    if (i < 0 || i >= cachedDayGeneration.length) {
      return rules.match(this, i);
    }
    if (cachedDayGeneration[i] != generation) {
      ruleRuns++;
      cachedDay[i] = rules.match(this, i);
      cachedDayGeneration[i] = generation;
    }
    return cachedDay[i];
  }

  void countRuleRuns(int runs) {
    ruleRuns += runs;
  }

  /** How many times a rule family ran at a position of this scan. */
  long ruleRuns() {
    return ruleRuns;
  }

  /** Forgets memoised matches (the resolution context changed). */
  void clearCache() {
    generation++;
  }

  int size() {
    return tokens.size();
  }

  Token at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** The lower-cased text at i, or "" past either end. */
  String word(int i) {
    Token token = at(i);
    return token == null ? "" : token.lower;
  }

  boolean is(int i, String lower) {
    return word(i).equals(lower);
  }

  boolean isAny(int i, java.util.Collection<String> words) {
    return words.contains(word(i));
  }

  /** Skips an optional token at i (e.g. a full stop after an abbreviation). */
  int optional(int i, String lower) {
    return is(i, lower) ? i + 1 : i;
  }

  /** Skips an optional hyphen joined to both neighbours ("third-quarter"). */
  int optionalHyphen(int i) {
    return is(i, "-") ? i + 1 : i;
  }

  /** True when the tokens from..to-1 are in the same sentence. */
  boolean sameSentence(int from, int to) {
    return at(from) != null && at(to) != null && at(from).sentence == at(to).sentence;
  }

  Tense tense(int first, int end) {
    return Tense.around(tokens, first, end, lexicon);
  }

  /** Matches a multi-word phrase at i; returns the index after it or -1. */
  int phrase(int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!word(i + k).equals(phrase.get(k))) {
        return -1;
      }
    }
    return i + phrase.size();
  }

  /** A month name ("January", "Jan.", "Sept"); abbreviations need a following "." or number. */
  Piece month(int i) {
    Token token = at(i);
    if (token == null || !token.isWord()) {
      return null;
    }
    Integer full = lexicon.months.get(token.lower);
    if (full != null) {
      if (lexicon.ambiguousMonths.contains(token.lower) && !token.isCapitalized()) {
        return null;
      }
      return new Piece(full, optional(i + 1, "."));
    }
    Integer abbreviation = lexicon.monthAbbreviations.get(token.lower);
    if (abbreviation != null && token.isCapitalized()) {
      if (is(i + 1, ".")) {
        return new Piece(abbreviation, i + 2);
      }
      if (at(i + 1) != null && at(i + 1).isNumber()) {
        return new Piece(abbreviation, i + 1);
      }
    }
    return null;
  }

  /** A weekday name, also plural ("Mondays") when plural is true. */
  Piece weekday(int i, boolean plural) {
    Token token = at(i);
    if (token == null || !token.isWord() || !token.isCapitalized()) {
      return null;
    }
    Integer day = lexicon.weekdays.get(token.lower);
    if (day == null && plural && token.lower.endsWith("s")) {
      day = lexicon.weekdays.get(token.lower.substring(0, token.lower.length() - 1));
    }
    if (day != null) {
      return new Piece(day, i + 1);
    }
    Integer abbreviation = lexicon.weekdayAbbreviations.get(token.lower);
    if (abbreviation != null && is(i + 1, ".")) {
      return new Piece(abbreviation, i + 2);
    }
    return null;
  }

  /** A day of the month: 1-31 with an optional attached ordinal suffix ("3rd"), or an ordinal word. */
  Piece dayOfMonth(int i) {
    Token token = at(i);
    if (token == null) {
      return null;
    }
    if (token.isNumber() && token.digits() <= 2 && token.number >= 1 && token.number <= 31) {
      Token next = at(i + 1);
      if (next != null && next.attached && next.isWord()) {
        return lexicon.ordinalSuffixes.contains(next.lower) ? new Piece(token.number, i + 2) : null;
      }
      return new Piece(token.number, i + 1);
    }
    Integer ordinal = token.isWord() ? lexicon.ordinals.get(token.lower) : null;
    if (ordinal != null && ordinal >= 1 && ordinal <= 31) {
      return new Piece(ordinal, i + 1);
    }
    return null;
  }

  /** An ordinal: "third", "3rd", "21st". */
  Piece ordinal(int i) {
    Token token = at(i);
    if (token == null) {
      return null;
    }
    if (token.isWord()) {
      Integer ordinal = lexicon.ordinals.get(token.lower);
      if (ordinal != null && ordinal > 0) {
        if (lexicon.ordinals.containsKey(word(i + 2)) && is(i + 1, "-")) {
          return null;
        }
        return new Piece(ordinal, i + 1);
      }
      return null;
    }
    Token next = at(i + 1);
    if (token.isNumber() && token.digits() <= 3 && next != null && next.attached
        && lexicon.ordinalSuffixes.contains(next.lower)) {
      return new Piece(token.number, i + 2);
    }
    return null;
  }

  /** Words that join the two ends of a range of dates. */
  private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("-", "to", "through", "until", "till", "and");

  /**
   * The year of the other end of a range a month (and day) without a year opens: "July-November
   * 1954", "from 3 to 5 May 1945", "October 1 to March 31, 1945" give 1954, 1945 and 1944 (a later
   * month of the year named is in that year, an earlier one in the year before). Null when the
   * expression at i..end is not followed by such a range end in the same sentence.
   */
  Integer rangeYear(int end, int month) {
    if (!RANGE_WORDS.contains(word(end)) || !sameSentence(end - 1, end + 1)) {
      return null;
    }
    int j = end + 1;
    Piece otherMonth = month(j);
    int k;
    if (otherMonth != null) {
      k = otherMonth.end();
      Token day = at(k);
      if (day != null && day.isNumber() && day.digits() <= 2) {
        k = optional(k + 1, ",");
      }
    } else {
      Token day = at(j);
      if (day == null || !day.isNumber() || day.digits() > 2) {
        return null;
      }
      otherMonth = month(j + 1);
      if (otherMonth == null) {
        // "March 5-9, 1918": the second day is of the same month
        Piece sameMonthYear = year(optional(j + 1, ","));
        Token first = at(end - 1);
        return sameMonthYear != null && first != null && first.isNumber() && first.number < day.number
            && sameSentence(end, j + 2) ? sameMonthYear.value() : null;
      }
      k = optional(otherMonth.end(), ",");
    }
    Piece year = year(k);
    if (year == null || !sameSentence(end, k)) {
      return null;
    }
    return month > otherMonth.value() ? year.value() - 1 : year.value();
  }

  /** The largest year number read with an era ("9999 BC"); longer ones cannot be a TIMEX3 value. */
  static final int MAX_ERA_YEAR = 9999;

  /**
   * A year with an era: "490 BC", "264 BCE", "146 B.C.", "AD 9", "9 AD", "A.D. 1066", "30 CE", and
   * the first year of a range whose second year carries the era ("264-146 BCE", "499 to 449 BC").
   * The value is the proleptic (astronomical) year: 490 BC is -489, as in java.time.
   */
  Piece eraYear(int i) {
    Token token = at(i);
    if (token == null) {
      return null;
    }
    if (token.isWord()) {
      int after = eraMarker(i, false);
      if (after > 0 && at(after) != null && at(after).isNumber() && at(after).digits() <= 4
          && at(after).number >= 1 && sameSentence(i, after)) {
        return new Piece(at(after).number, after + 1);
      }
      return null;
    }
    if (!token.isNumber() || token.digits() > 4 || token.number < 1) {
      return null;
    }
    int marker = eraMarker(i + 1, true);
    if (marker < 0) {
      marker = eraMarker(i + 1, false);
      if (marker > 0) {
        return new Piece(token.number, marker);
      }
      // "264-146 BCE": the era of the second year applies to the first
      int second = is(i + 1, "-") || is(i + 1, "to") || is(i + 1, "and") ? i + 2 : -1;
      Token other = second < 0 ? null : at(second);
      if (other != null && other.isNumber() && other.digits() <= 4 && other.number >= 1
          && other.number <= token.number && eraMarker(second + 1, true) > 0) {
        return new Piece(1 - token.number, i + 1);
      }
      return null;
    }
    return new Piece(1 - token.number, marker);
  }

  /**
   * The end of an era marker at j (BC, BCE, B.C., B.C.E. when bc; AD, A.D., CE, C.E. otherwise, upper
   * case only, as "ad" and "ce" are also words), or -1.
   */
  int eraMarker(int j, boolean bc) {
    Token token = at(j);
    if (token == null || !token.isWord()) {
      return -1;
    }
    if (bc) {
      if (token.is("bc") || token.is("bce")) {
        return optional(j + 1, ".");
      }
      if (token.is("b") && is(j + 1, ".") && is(j + 2, "c") && is(j + 3, ".")) {
        return is(j + 4, "e") && is(j + 5, ".") ? j + 6 : j + 4;
      }
      return -1;
    }
    if (token.text.equals("AD") || token.text.equals("CE")) {
      return j + 1;
    }
    if ((token.text.equals("A") && is(j + 1, ".") && is(j + 2, "d") || token.text.equals("C") && is(j + 1, ".")
        && is(j + 2, "e")) && is(j + 3, ".")) {
      return j + 4;
    }
    return -1;
  }

  /** {@link #year} or, as broadcast transcripts write them, {@link #spokenYear}. */
  Piece yearOrSpokenYear(int i) {
    Piece year = year(i);
    return year != null ? year : spokenYear(i);
  }

  /**
   * A year read aloud: "nineteen ninety-six", "nineteen eighty", "twenty twenty-two" (hundreds
   * 10-20 and tens of at least 10); null when a unit follows ("nineteen twenty-year-olds").
   */
  Piece spokenYear(int i) {
    Integer hundreds = lexicon.numbers.get(word(i));
    if (hundreds == null || hundreds < 10 || hundreds > 20 || !at(i).isWord()) {
      return null;
    }
    Integer tens = lexicon.numbers.get(word(i + 1));
    if (tens == null || tens < 10) {
      return null;
    }
    int year = hundreds * 100 + tens;
    int end = i + 2;
    int next = optionalHyphen(end);
    Integer unit = lexicon.numbers.get(word(next));
    if (tens >= 20 && tens % 10 == 0 && unit != null && unit < 10 && !is(next, "a") && !is(next, "an")) {
      year += unit;
      end = next + 1;
    }
    if (unit(optionalHyphen(end)) != null) {
      return null;
    }
    return new Piece(year, end);
  }

  /** A year written with four digits (1000-2999) or as "'98". */
  Piece year(int i) {
    Token token = at(i);
    if (token == null) {
      return null;
    }
    Piece era = eraYear(i);
    if (era != null) {
      return era;
    }
    if (token.isNumber() && token.digits() == 4 && token.number >= 1000 && token.number <= 2999) {
      Token next = at(i + 1);
      if (next != null && next.attached && next.isWord() && !next.is("s")) {
        return null;
      }
      return new Piece(token.number, i + 1);
    }
    if (token.is("'") && at(i + 1) != null && at(i + 1).isNumber() && at(i + 1).digits() == 2
        && at(i + 1).attached) {
      Token after = at(i + 2);
      if (after != null && after.attached && after.isWord()) {
        return null;
      }
      int twoDigits = at(i + 1).number;
      return new Piece(twoDigits > 40 ? 1900 + twoDigits : 2000 + twoDigits, i + 2);
    }
    return null;
  }

  /**
   * A cardinal amount: digits ("3", "2.5"), number words ("twenty-four", "two hundred", "a"),
   * halves ("two and a half", "a year and a half" is left to the caller), or a vague word
   * ("several", "a few") which gives NaN.
   */
  Amount amount(int i) {
    Token token = at(i);
    if (token == null) {
      return null;
    }
    if (token.isNumber()) {
      if (token.digits() > 6) {
        return null;
      }
      double value = token.number;
      int end = i + 1;
      if (is(end, ".") && at(end + 1) != null && at(end + 1).isNumber() && at(end + 1).attached
          && at(end).attached && at(end + 1).digits() <= 2) {
        value += at(end + 1).number / Math.pow(10, at(end + 1).digits());
        end += 2;
      }
      int half = halfAfter(end);
      if (half < 0 && at(end) != null && at(end).isNumber() && at(end).number == 1 && is(end + 1, "/")
          && at(end + 2) != null && at(end + 2).number == 2) {
        half = end + 3;
      }
      return half > 0 ? new Amount(value + 0.5, half) : new Amount(value, end);
    }
    if (!token.isWord()) {
      return null;
    }
    if (token.is("a") && is(i + 1, "few")) {
      return new Amount(Double.NaN, i + 2);
    }
    if (token.is("a") && is(i + 1, "couple")) {
      return new Amount(2, is(i + 2, "of") ? i + 3 : i + 2);
    }
    if ((token.is("a") || token.is("an")) && lexicon.multipliers.containsKey(word(i + 1))) {
      return new Amount(lexicon.multipliers.get(word(i + 1)), i + 2);
    }
    if (token.is("couple") && is(i + 1, "of")) {
      return new Amount(2, i + 2);
    }
    if (lexicon.vagueNumbers.contains(token.lower)) {
      return new Amount(Double.NaN, is(i + 1, "of") && token.is("couple") ? i + 2 : i + 1);
    }
    Integer first = lexicon.numbers.get(token.lower);
    if (first == null) {
      return null;
    }
    long value = first;
    int end = i + 1;
    boolean article = token.is("a") || token.is("an");
    if (!article) {
      while (true) {
        int next = optionalHyphen(end);
        Integer more = lexicon.numbers.get(word(next));
        Integer multiplier = lexicon.multipliers.get(word(next));
        if (multiplier != null && value < 1000) {
          value *= multiplier;
          end = next + 1;
        } else if (more != null && more < 10 && value >= 20 && value % 10 == 0 && !is(next, "a") && !is(next, "an")) {
          value += more;
          end = next + 1;
        } else if (more != null && more < 100 && value >= 100 && value % 100 == 0 && !is(next, "a") && !is(next, "an")) {
          value += more;
          end = next + 1;
        } else {
          break;
        }
      }
    }
    int half = halfAfter(end);
    return half > 0 ? new Amount(value + 0.5, half) : new Amount(value, end);
  }

  /** "and a half" after a number: index after it, or -1. */
  private int halfAfter(int i) {
    if (is(i, "and") && is(i + 1, "a") && is(i + 2, "half")) {
      return i + 3;
    }
    return -1;
  }

  /** A time unit word ("years", "week"); returns its code in the piece's value slot via unit(). */
  String unit(int i) {
    Token token = at(i);
    return token == null || !token.isWord() ? null : lexicon.units.get(token.lower);
  }

  static LocalDate dateOrNull(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
