package org.annalist.dates.engine;

import java.util.Locale;
import java.util.Set;

/**
 * Lengths of time: "five years" (P5Y), "two-year" (P2Y), "the past two months" (P2M), "16-hour"
 * (PT16H), "several weeks" (PXW), "two and a half years" (P30M), "recent months" (PXM).
 */
final class DurationRules implements RuleFamily {

  /** Words before the amount that belong to the duration's extent. */
  private static final Set<String> LEADING = Set.of("past", "last", "next", "first", "coming", "previous",
      "following", "initial", "final", "latest", "remaining", "additional", "other", "recent");
  /** Words after which "last" is the verb ("will last two weeks", "expected to last"). */
  private static final Set<String> VERB_LAST_BEFORE = Set.of("will", "would", "could", "may", "might", "can",
      "should", "shall", "to", "not", "did", "does", "do", "'ll");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "can", "should", "shall");
  /** Words after which a bare plural unit ("years") is a duration. */
  private static final Set<String> BARE_PLURAL_CONTEXT = Set.of("for", "in", "over", "within", "after",
      "recent", "coming", "past", "last", "next", "few", "several", "many", "take", "took", "lasted");

  @Override
  public Match match(Scan s, int i) {
    return RuleFamily.longer(RuleFamily.longer(counted(s, i), barePlural(s, i)), unitLong(s, i));
  }

  /** Adjectives between an amount and "days" that say which days count ("eight trading days"). */
  private static final Set<String> DAY_KINDS = Set.of("trading", "business", "working", "school", "calendar");

  /** "a day-long meeting", "their third day-long session": one unit, as an adjective. */
  private Match unitLong(Scan s, int i) {
    String unit = s.unit(i);
    if (unit == null || unit.equals("WE") || unit.equals("S") || s.word(i).endsWith("s") || !s.is(i + 1, "-")
        || !s.is(i + 2, "long") || s.amount(i - 1) != null || s.is(i - 1, "-")) {
      return null;
    }
    return Match.of(i, i + 3, "duration", "DURATION", durationValue(1, unit));
  }

  /** [past|next|first ...] amount [-] unit(s) [-long|-old]. */
  private Match counted(Scan s, int i) {
    int j = i;
    if (LEADING.contains(s.word(j))) {
      if (s.is(j, "last") && VERB_LAST_BEFORE.contains(s.word(j - 1))) {
        // "would last two weeks": the verb is not part of the expression
        return null;
      }
      j++;
    }
    Scan.Amount amount = s.amount(j);
    if (amount == null) {
      return null;
    }
    int k = amount.end();
    // "two to three weeks", "12 to 18 months": the first amount stands for the range
    if ((s.is(k, "to") || s.is(k, "or") || s.is(k, "-")) && s.amount(k + 1) != null && !s.is(k + 1, "a")) {
      k = s.amount(k + 1).end();
    }
    if (s.is(k, "more") || s.is(k, "additional") || s.is(k, "other")) {
      k++;
    }
    k = s.optionalHyphen(k);
    if (DAY_KINDS.contains(s.word(k)) && "D".equals(s.unit(k + 1))) {
      k++;
    }
    String unit = s.unit(k);
    if (unit != null && s.at(j).isNumber() && s.at(j).digits() == 4 && !s.word(k).endsWith("s")) {
      return null;
    }
    if (unit == null || unit.equals("WE")) {
      return null;
    }
    Token unitToken = s.at(k);
    // "37 years old" is an age; "60 Minutes" a title; "three-quarters" a fraction
    if (s.is(k + 1, "old") || unitToken.isCapitalized() && !unitToken.lineStart && k > j && !s.at(j).isCapitalized()
        || unit.equals("Q") && s.is(k - 1, "-") && unitToken.lower.endsWith("s")
        // "three quarters of the troops" is a fraction, "in some quarters" a place
        || unit.equals("Q") && unitToken.lower.endsWith("s") && (s.is(j, "some") && s.is(j - 1, "in") || j == i && !amount.vague() && s.is(k + 1, "of")
            && s.unit(s.optional(k + 2, "the")) == null && s.year(k + 2) == null)) {
      return null;
    }
    boolean article = s.is(j, "a") || s.is(j, "an") || s.is(j, "one");
    if (unit.equals("S") && (article || !unitToken.lower.endsWith("s") && s.at(j).isWord())) {
      return null;
    }
    if (article && s.is(k, "quarter")) {
      return null;
    }
    int end = k + 1;
    if (s.is(end, "-") && (s.is(end + 1, "old") || s.is(end + 1, "earlier") || s.is(end + 1, "ago")
        || s.is(end + 1, "end"))) {
      return null;
    }
    if (s.is(end, "-") && s.is(end + 1, "long")) {
      end += 2;
    }
    double length = amount.value();
    // "a minute and a half", "an hour and a half"
    if (!amount.vague() && length == Math.rint(length) && !unitToken.lower.endsWith("s") && s.is(end, "and")
        && s.is(end + 1, "a") && s.is(end + 2, "half") && end == k + 1) {
      length += 0.5;
      end += 3;
    }
    Match match = new Match(i, end, "duration");
    match.type = "DURATION";
    // a range ("two to three weeks") is valued by its lower bound, as TimeBank does
    match.value = amount.vague() ? vagueValue(unit) : durationValue(length, unit);
    if (s.is(j, "one") && unit.equals("D") && MODALS.contains(s.word(j - 1))) {
      // "Islam will one day be ...": an indefinite future time, not a length
      match.type = "DATE";
      match.value = "FUTURE_REF";
    }
    return match;
  }

  /** "years", "recent months", "decades-long": plural unit with no number. */
  private Match barePlural(Scan s, int i) {
    String unit = s.unit(i);
    if (unit == null || !s.word(i).endsWith("s") || unit.equals("S") || unit.equals("WE") || unit.equals("Q")) {
      return null;
    }
    boolean strongUnit = unit.equals("Y") || unit.equals("M") || unit.equals("W") || unit.equals("DE") || unit.equals("CE");
    if (!BARE_PLURAL_CONTEXT.contains(s.word(i - 1)) && !strongUnit) {
      return null;
    }
    if (s.is(i + 1, "old") || s.at(i - 1) != null && s.at(i - 1).isNumber() && s.sameSentence(i - 1, i)) {
      // "52 years old" is an age, and "1,000 years" that the counted rule refused is no vague length
      return null;
    }
    if (s.lexicon.agoWords.contains(s.word(i + 1))) {
      Match match = Match.of(i, i + 2, "vague-ago", "DATE", "PAST_REF");
      return match;
    }
    int end = i + 1;
    if (s.is(end, "-") && s.is(end + 1, "long")) {
      end += 2;
    }
    Match match = Match.of(i, end, "duration-vague", "DURATION", vagueValue(unit));
    return match;
  }

  static String vagueValue(String unit) {
    return switch (unit) {
      case "H" -> "PTXH";
      case "MIN" -> "PTXM";
      case "S" -> "PTXS";
      case "FN" -> "PXW";
      default -> "PX" + unit;
    };
  }

  /** The ISO 8601 duration of amount units; fractions move to the next smaller unit. */
  static String durationValue(double amount, String unit) {
    if (amount != Math.rint(amount) && amount * 2 == Math.rint(amount * 2)) {
      long whole = (long) Math.floor(amount);
      switch (unit) {
        case "Y":
          return whole == 0 ? "P6M" : "P" + whole + "Y6M";
        case "D":
          return whole == 0 ? "PT12H" : "P" + whole + "DT12H";
        case "H":
          return whole == 0 ? "PT30M" : "PT" + whole + "H30M";
        case "MIN":
          return whole == 0 ? "PT30S" : "PT" + whole + "M30S";
        default:
          break;
      }
    }
    if (amount != Math.rint(amount)) {
      switch (unit) {
        case "Y":
          return durationValue(amount * 12, "M");
        case "W":
          return durationValue(amount * 7, "D");
        case "D":
          return durationValue(amount * 24, "H");
        case "H":
          return durationValue(amount * 60, "MIN");
        case "DE":
          return durationValue(amount * 10, "Y");
        case "CE":
          return durationValue(amount * 100, "Y");
        default:
          break;
      }
    }
    String number = amount == Math.rint(amount) ? Long.toString((long) amount)
        : String.format(Locale.ROOT, "%.1f", amount);
    return switch (unit) {
      case "H" -> "PT" + number + "H";
      case "MIN" -> "PT" + number + "M";
      case "S" -> "PT" + number + "S";
      case "DE" -> "P" + (long) (amount * 10) + "Y";
      case "CE" -> "P" + (long) (amount * 100) + "Y";
      case "FN" -> "P" + (long) (amount * 2) + "W";
      default -> "P" + number + unit;
    };
  }
}
