package org.annalist.dates.engine;

/**
 * Recurring times (TIMEX3 SET): "daily", "every two weeks", "each Thursday", "twice a year",
 * "$5 million a year", "Mondays".
 */
final class SetRules implements RuleFamily {

  @Override
  public Match match(Scan s, int i) {
    Match best = frequencyWord(s, i);
    best = RuleFamily.longer(best, quantified(s, i));
    best = RuleFamily.longer(best, counted(s, i));
    best = RuleFamily.longer(best, perUnit(s, i));
    return best;
  }

  private Match frequencyWord(Scan s, int i) {
    String value = s.lexicon.frequencyWords.get(s.word(i));
    if (value == null) {
      return null;
    }
    Match match = Match.of(i, i + 1, "frequency-word", "SET", value);
    match.takesDeterminer = false;
    return match;
  }

  /** every/each [other] [amount] unit | every weekday | every month name. */
  private Match quantified(Scan s, int i) {
    if (!s.lexicon.setQuantifiers.containsKey(s.word(i)) || s.is(i, "per")) {
      return null;
    }
    String quant = s.lexicon.setQuantifiers.get(s.word(i));
    int j = i + 1;
    int multiplier = 1;
    if (s.is(j, "other")) {
      multiplier = 2;
      j++;
    }
    Scan.Piece weekday = s.weekday(j, false);
    if (weekday != null) {
      int end = weekday.end();
      String value = "XXXX-WXX-" + weekday.value();
      String part = s.lexicon.partsOfDay.get(s.word(end));
      if (part != null) {
        value += "T" + part;
        end++;
      }
      return set(i, end, "every-weekday", value, quant);
    }
    String season = s.lexicon.seasons.get(s.word(j));
    if (season != null) {
      return set(i, j + 1, "every-season", "XXXX-" + season, quant);
    }
    Scan.Piece month = s.month(j);
    if (month != null) {
      return set(i, month.end(), "every-month-name", String.format(java.util.Locale.ROOT, "XXXX-%02d", month.value()), quant);
    }
    String part = s.lexicon.partsOfDay.get(s.word(j));
    if (part != null) {
      return set(i, j + 1, "every-part-of-day", "XXXX-XX-XXT" + part, quant);
    }
    double amount = 1;
    Scan.Amount counted = s.amount(j);
    if (counted != null && !counted.vague() && !s.is(j, "a")) {
      amount = counted.value();
      j = counted.end();
    }
    String unit = s.unit(j);
    if (unit == null) {
      return null;
    }
    return set(i, j + 1, "every-unit", DurationRules.durationValue(amount * multiplier, unit), quant);
  }

  /** once a week, twice a year, three times a month. */
  private Match counted(Scan s, int i) {
    Integer times = s.lexicon.frequencyCounts.get(s.word(i));
    int j = i + 1;
    if (times == null) {
      Scan.Amount amount = s.amount(i);
      if (amount == null || amount.vague() || !s.is(amount.end(), "times")) {
        return null;
      }
      times = (int) amount.value();
      j = amount.end() + 1;
    }
    if (!(s.is(j, "a") || s.is(j, "an") || s.is(j, "per") || s.is(j, "each") || s.is(j, "every"))) {
      return null;
    }
    String unit = s.unit(j + 1);
    if (unit == null || s.word(j + 1).endsWith("s")) {
      return null;
    }
    Match match = set(i, j + 2, "times-per-unit", DurationRules.durationValue(1, unit), null);
    match.freq = times + "X";
    return match;
  }

  /** "a year" / "per year" after an amount ("$5 million a year", "10 percent a year"). */
  private Match perUnit(Scan s, int i) {
    if (!(s.is(i, "a") || s.is(i, "an") || s.is(i, "per"))) {
      return null;
    }
    String unit = s.unit(i + 1);
    if (unit == null || s.word(i + 1).endsWith("s") || unit.equals("WE") || unit.equals("S") || unit.equals("MIN")) {
      return null;
    }
    Token before = s.at(i - 1);
    if (before == null) {
      return null;
    }
    boolean afterAmount = before.isNumber() || s.unit(i - 1) != null && s.word(i - 1).endsWith("s") || before.is("%") || before.is("percent") || before.is("million")
        || before.is("billion") || before.is("thousand") || before.is("hundred") || before.is("dollars");
    if (!afterAmount) {
      return null;
    }
    Match match = set(i, i + 2, "per-unit", DurationRules.durationValue(1, unit), null);
    match.takesDeterminer = false;
    return match;
  }

  private static Match set(int first, int end, String rule, String value, String quant) {
    Match match = Match.of(first, end, rule, "SET", value);
    match.quant = quant;
    match.takesDeterminer = false;
    return match;
  }
}
