package org.annalist.dates.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates written with calendar words or digits: "Jan. 3, 2020", "3 January 2020", "2022-01-05",
 * "3/1/2022", "March 1998", "1990", "the 1990s", "the 20th century", "fiscal 1989", holidays.
 * Month names without a year take the year the document date and the tense imply.
 */
final class CalendarDateRules implements RuleFamily {

  /** Words before a bare ambiguous month ("May", "March") that make it a month. */
  private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "during",
      "early", "late", "mid", "last", "this", "next", "of", "before", "after", "through", "from", "to",
      "between", "and", "-");

  @Override
  public Match match(Scan s, int i) {
    Match best = null;
    best = RuleFamily.longer(best, iso(s, i));
    best = RuleFamily.longer(best, slashed(s, i));
    best = RuleFamily.longer(best, monthFirst(s, i));
    best = RuleFamily.longer(best, dayFirst(s, i));
    best = RuleFamily.longer(best, rangeFirstDay(s, i));
    best = RuleFamily.longer(best, rangeLastDay(s, i));
    best = RuleFamily.longer(best, year(s, i));
    best = RuleFamily.longer(best, decade(s, i));
    best = RuleFamily.longer(best, decadeWord(s, i));
    best = RuleFamily.longer(best, spokenYear(s, i));
    best = RuleFamily.longer(best, century(s, i));
    best = RuleFamily.longer(best, fiscalYear(s, i));
    best = RuleFamily.longer(best, holiday(s, i));
    best = RuleFamily.longer(best, listedDay(s, i));
    best = RuleFamily.longer(best, ordinalDayAlone(s, i));
    best = RuleFamily.longer(best, nthWeekdayOfMonth(s, i));
    return best;
  }

  /** "the second Sunday of June", "the last Monday in May 2014": that day of the month. */
  private Match nthWeekdayOfMonth(Scan s, int i) {
    int nth;
    if (s.is(i, "last")) {
      nth = -1;
    } else {
      Scan.Piece ordinal = s.ordinal(i);
      if (ordinal == null || ordinal.end() != i + 1 || ordinal.value() < 1 || ordinal.value() > 5) {
        return null;
      }
      nth = ordinal.value();
    }
    Scan.Piece weekday = s.weekday(i + 1, false);
    if (weekday == null || !(s.is(weekday.end(), "of") || s.is(weekday.end(), "in"))) {
      return null;
    }
    Scan.Piece month = s.month(weekday.end() + 1);
    if (month == null) {
      return null;
    }
    DayOfWeek day = DayOfWeek.of(weekday.value());
    int monthValue = month.value();
    java.util.function.IntFunction<LocalDate> inYear = year -> {
      LocalDate first = LocalDate.of(year, monthValue, 1);
      LocalDate date = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(day))
          : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
      return date.getMonthValue() == monthValue ? date : null;
    };
    Scan.Piece year = s.year(s.optional(month.end(), ","));
    if (year != null && !s.is(year.end(), "s")) {
      LocalDate date = inYear.apply(year.value());
      if (date == null) {
        return null;
      }
      Match match = absolute(i, year.end(), "nth-weekday-of-month", TimePoint.of(Granularity.DAY, date));
      match.takesDeterminer = true;
      return match;
    }
    LocalDate today = s.context.today();
    Match match = new Match(i, month.end(), "nth-weekday-of-month");
    if (today == null) {
      match.value = String.format(java.util.Locale.ROOT, "XXXX-%02d-XX", monthValue);
      return match.anchored(null);
    }
    LocalDate date = inYear.apply(s.context.yearOf(today, s.tense(i, month.end()), monthValue, 15));
    return date == null ? null : match.point(TimePoint.of(Granularity.DAY, date)).anchored(s.context.documentAnchor());
  }

  /**
   * "expires on the 15th", "until the 3rd": a day of the DCT's month, the month before in a past
   * clause when that day is still to come, the month after in a future clause when it has passed.
   */
  private Match ordinalDayAlone(Scan s, int i) {
    Token number = s.at(i);
    if (number == null || !number.isNumber() || !s.is(i - 1, "the") || !DAY_ALONE_BEFORE.contains(s.word(i - 2))) {
      return null;
    }
    Token suffix = s.at(i + 1);
    if (suffix == null || !suffix.attached || !s.lexicon.ordinalSuffixes.contains(suffix.lower)) {
      return null;
    }
    Scan.Piece day = s.dayOfMonth(i);
    Token next = s.at(i + 2);
    if (day == null || next != null && s.sameSentence(i, i + 2) && next.kind != Token.Kind.PUNCT
        || s.is(i + 2, ",") && s.month(i + 3) != null) {
      return null;
    }
    LocalDate today = s.context.today();
    Match match = new Match(i, i + 2, "day-of-month");
    if (today == null) {
      match.value = String.format(java.util.Locale.ROOT, "XXXX-XX-%02d", day.value());
      return match.anchored(null);
    }
    LocalDate month = today.withDayOfMonth(1);
    Tense tense = s.tense(i - 1, i + 2);
    if (tense == Tense.FUTURE && day.value() < today.getDayOfMonth()) {
      month = month.plusMonths(1);
    } else if (tense != Tense.FUTURE && day.value() > today.getDayOfMonth()) {
      month = month.minusMonths(1);
    }
    LocalDate date = Scan.dateOrNull(month.getYear(), month.getMonthValue(), day.value());
    return date == null ? null : match.point(TimePoint.of(Granularity.DAY, date)).anchored(s.context.documentAnchor());
  }

  private static final java.util.Set<String> DAY_ALONE_BEFORE = java.util.Set.of("on", "by", "until", "till", "since");

  /** "25" in "on April 24 and 25": a further day of the month just named, with its month and year. */
  private Match listedDay(Scan s, int i) {
    Token number = s.at(i);
    if (number == null || !number.isNumber() || number.digits() > 2 || number.number < 1 || number.number > 31
        || !(s.is(i - 1, "and") || s.is(i - 1, "or")) || !s.sameSentence(i - 2, i)) {
      return null;
    }
    Token next = s.at(i + 1);
    if (next != null && next.kind != Token.Kind.PUNCT && s.sameSentence(i, i + 1)) {
      return null;
    }
    Token first = s.at(i - 2);
    if (first == null || !first.isNumber() || first.number >= number.number) {
      return null;
    }
    Scan.Piece month = s.month(i - 3);
    if (month == null || month.end() != i - 2) {
      month = s.month(i - 4);
      if (month == null || month.end() != i - 2) {
        return null;
      }
    }
    TimePoint named = s.context.dayInSentence(number.sentence);
    if (named == null || named.granularity != Granularity.DAY || named.start.getMonthValue() != month.value()
        || named.start.getDayOfMonth() != first.number) {
      return null;
    }
    LocalDate date = Scan.dateOrNull(named.start.getYear(), month.value(), number.number);
    if (date == null) {
      return null;
    }
    Match match = new Match(i, i + 1, "listed-day").point(TimePoint.of(Granularity.DAY, date));
    match.takesDeterminer = false;
    match.anchor = named.value();
    match.anchorSource = "CONTEXT";
    return match;
  }

  /** 2022-01-05 (optionally followed by a clock time, left to the time rules). */
  private Match iso(Scan s, int i) {
    Token y = s.at(i);
    if (y == null || !y.isNumber() || y.digits() != 4 || !s.is(i + 1, "-") || !s.at(i + 1).attached) {
      return null;
    }
    Token m = s.at(i + 2);
    if (m == null || !m.isNumber() || m.digits() != 2 || !m.attached) {
      return null;
    }
    if (s.is(i + 3, "-") && s.at(i + 3).attached && s.at(i + 4) != null && s.at(i + 4).isNumber()
        && s.at(i + 4).digits() == 2 && s.at(i + 4).attached) {
      LocalDate date = Scan.dateOrNull(y.number, m.number, s.at(i + 4).number);
      return date == null ? null : absolute(i, i + 5, "iso-date", TimePoint.of(Granularity.DAY, date));
    }
    if (m.number == (y.number + 1) % 100) {
      // "the 2008-09 season", "in 2011-12": a span of two years written like an ISO month
      return null;
    }
    if (m.number >= 1 && m.number <= 12 && y.number >= 1000) {
      return absolute(i, i + 3, "iso-month", TimePoint.of(Granularity.MONTH, LocalDate.of(y.number, m.number, 1)));
    }
    return null;
  }

  /** 3/1/2022, 03/01/22: month first (US news), day first when the first number exceeds 12. */
  private Match slashed(Scan s, int i) {
    Token a = s.at(i);
    if (a == null || !a.isNumber() || a.digits() > 2 || !s.is(i + 1, "/")) {
      return null;
    }
    Token b = s.at(i + 2);
    Token c = s.at(i + 4);
    if (b == null || !b.isNumber() || b.digits() > 2 || !s.is(i + 3, "/") || c == null || !c.isNumber()
        || !(c.digits() == 4 || c.digits() == 2) || !b.attached || !c.attached) {
      return null;
    }
    int year = c.digits() == 2 ? (c.number > 40 ? 1900 + c.number : 2000 + c.number) : c.number;
    int month = a.number;
    int day = b.number;
    if (month > 12) {
      month = b.number;
      day = a.number;
    }
    LocalDate date = Scan.dateOrNull(year, month, day);
    return date == null ? null : absolute(i, i + 5, "slashed-date", TimePoint.of(Granularity.DAY, date));
  }

  /** [Weekday,] Month [Day[,] [Year]] | Month [of] Year | Month. */
  private Match monthFirst(Scan s, int i) {
    int start = i;
    Scan.Piece weekday = s.weekday(i, false);
    if (weekday != null) {
      int next = s.optional(weekday.end(), ",");
      if (s.month(next) == null) {
        return null;
      }
      i = next;
    }
    Scan.Piece month = s.month(i);
    if (month == null) {
      return null;
    }
    Scan.Piece day = s.dayOfMonth(month.end());
    if (day != null && s.at(month.end()).isNumber()) {
      int afterDay = day.end();
      int yearAt = s.optional(afterDay, ",");
      Scan.Piece year = s.year(yearAt);
      if (year != null && !s.is(year.end(), "s")) {
        LocalDate date = Scan.dateOrNull(year.value(), month.value(), day.value());
        return date == null ? null : absolute(start, year.end(), "month-day-year", TimePoint.of(Granularity.DAY, date));
      }
      Match relativeYear = dayOfRelativeYear(s, start, afterDay, month.value(), day.value());
      if (relativeYear != null) {
        return relativeYear;
      }
      return dayWithoutYear(s, start, afterDay, month.value(), day.value(), "month-day");
    }
    int yearAt = s.is(month.end(), "of") || s.is(month.end(), ",") ? month.end() + 1 : month.end();
    Scan.Piece year = s.yearOrSpokenYear(yearAt);
    if (year != null && !s.is(year.end(), "s")) {
      return absolute(start, year.end(), "month-year",
          TimePoint.of(Granularity.MONTH, LocalDate.of(year.value(), month.value(), 1)));
    }
    if (weekday != null) {
      return null;
    }
    Integer relative = s.lexicon.relativeWords.get(s.word(month.end()));
    if (relative != null && s.is(month.end() + 1, "year") && s.context.today() != null) {
      // "June last year", "March next year"
      Match match = new Match(start, month.end() + 2, "month-relative-year");
      match.point(TimePoint.of(Granularity.MONTH, LocalDate.of(s.context.today().getYear() + relative, month.value(), 1)));
      return match.anchored(s.context.documentAnchor());
    }
    Token name = s.at(i);
    if (s.lexicon.ambiguousMonths.contains(name.lower) && !MONTH_CONTEXT.contains(s.word(i - 1))) {
      return null;
    }
    if (s.lexicon.monthAbbreviations.containsKey(name.lower) && !s.lexicon.months.containsKey(name.lower)) {
      return null;
    }
    return monthWithoutYear(s, start, month.end(), month.value());
  }

  /** 3 January [2020], 3rd of January. */
  private Match dayFirst(Scan s, int i) {
    Token first = s.at(i);
    if (first == null || !first.isNumber()) {
      return null;
    }
    Scan.Piece day = s.dayOfMonth(i);
    if (day == null) {
      return null;
    }
    int monthAt = s.optional(day.end(), "of");
    Scan.Piece month = s.month(monthAt);
    if (month == null) {
      return null;
    }
    Scan.Piece year = s.year(s.optional(month.end(), ","));
    if (year != null && !s.is(year.end(), "s")) {
      LocalDate date = Scan.dateOrNull(year.value(), month.value(), day.value());
      return date == null ? null : absolute(i, year.end(), "day-month-year", TimePoint.of(Granularity.DAY, date));
    }
    return dayWithoutYear(s, i, month.end(), month.value(), day.value(), "day-month");
  }

  /**
   * The first day of a range written day first: "22-25 April 1951", "22 to 24 February": the day of
   * the month (and year) the second day gives.
   */
  private Match rangeFirstDay(Scan s, int i) {
    Token first = s.at(i);
    if (first == null || !first.isNumber() || first.digits() > 2 || first.number < 1 || first.number > 31
        || !(s.is(i + 1, "-") || s.is(i + 1, "to") || s.is(i + 1, "and")) || !s.sameSentence(i, i + 2)) {
      return null;
    }
    Token second = s.at(i + 2);
    if (second == null || !second.isNumber() || second.number <= first.number) {
      return null;
    }
    Match last = dayFirst(s, i + 2);
    if (last == null || last.point == null || last.point.granularity != Granularity.DAY) {
      return null;
    }
    LocalDate date = Scan.dateOrNull(last.point.start.getYear(), last.point.start.getMonthValue(), first.number);
    if (date == null) {
      return null;
    }
    Match match = new Match(i, i + 1, "range-first-day").point(TimePoint.of(Granularity.DAY, date));
    match.takesDeterminer = false;
    match.absolute = last.absolute;
    match.anchor = last.anchor;
    match.anchorSource = last.anchorSource;
    return match;
  }

  /** "9, 1918" in "March 5-9, 1918": the last day of a range written month first, with its year. */
  private Match rangeLastDay(Scan s, int i) {
    Token last = s.at(i);
    Token first = s.at(i - 2);
    if (last == null || !last.isNumber() || last.digits() > 2 || first == null || !first.isNumber()
        || first.digits() > 2 || first.number >= last.number || !(s.is(i - 1, "-") || s.is(i - 1, "to"))
        || !s.sameSentence(i - 3, i)) {
      return null;
    }
    Scan.Piece month = s.month(i - 3);
    if (month == null || month.end() != i - 2) {
      month = s.month(i - 4);
      if (month == null || month.end() != i - 2) {
        return null;
      }
    }
    Scan.Piece year = s.year(s.optional(i + 1, ","));
    LocalDate date = year == null ? null : Scan.dateOrNull(year.value(), month.value(), last.number);
    if (date == null) {
      return null;
    }
    Match match = absolute(i, year.end(), "range-last-day", TimePoint.of(Granularity.DAY, date));
    match.takesDeterminer = false;
    return match;
  }

  /** "June 16th of last year", "March 3 next year". */
  private Match dayOfRelativeYear(Scan s, int first, int afterDay, int month, int day) {
    int j = s.is(afterDay, "of") || s.is(afterDay, ",") ? afterDay + 1 : afterDay;
    Integer relative = s.lexicon.relativeWords.get(s.word(j));
    LocalDate today = s.context.today();
    if (relative == null || !s.is(j + 1, "year") || today == null) {
      return null;
    }
    LocalDate date = Scan.dateOrNull(today.getYear() + relative, month, day);
    if (date == null) {
      return null;
    }
    Match match = new Match(first, j + 2, "month-day-relative-year").point(TimePoint.of(Granularity.DAY, date));
    match.takesDeterminer = false;
    return match.anchored(s.context.documentAnchor());
  }

  private Match dayWithoutYear(Scan s, int first, int end, int month, int day, String rule) {
    if (Scan.dateOrNull(2000, month, day) == null) {
      return null;
    }
    LocalDate today = s.context.today();
    Match match = new Match(first, end, rule);
    match.takesDeterminer = false;
    Integer inRange = s.rangeYear(end, month);
    if (inRange != null) {
      LocalDate date = Scan.dateOrNull(inRange, month, day);
      if (date != null) {
        return absolute(first, end, rule + "-in-range", TimePoint.of(Granularity.DAY, date));
      }
    }
    if (today == null) {
      match.value = String.format(java.util.Locale.ROOT, "XXXX-%02d-%02d", month, day);
      return match.anchored(null);
    }
    int year = s.context.yearOf(today, s.tense(first, end), month, day);
    LocalDate date = Scan.dateOrNull(year, month, day);
    if (date == null) {
      date = LocalDate.of(year, month, 28);
    }
    return match.point(TimePoint.of(Granularity.DAY, date)).anchored(s.context.documentAnchor());
  }

  private Match monthWithoutYear(Scan s, int first, int end, int month) {
    LocalDate today = s.context.today();
    Match match = new Match(first, end, "month");
    match.takesDeterminer = false;
    Integer inRange = s.rangeYear(end, month);
    if (inRange != null) {
      Match ranged = absolute(first, end, "month-in-range", TimePoint.of(Granularity.MONTH, LocalDate.of(inRange, month, 1)));
      ranged.takesDeterminer = false;
      return ranged;
    }
    if (today == null) {
      match.value = String.format(java.util.Locale.ROOT, "XXXX-%02d", month);
      return match.anchored(null);
    }
    int year = s.context.yearOf(today, s.tense(first, end), month, 0);
    return match.point(TimePoint.of(Granularity.MONTH, LocalDate.of(year, month, 1))).anchored(s.context.documentAnchor());
  }

  /** A four-digit year standing alone: "in 1990", "1990 was". Quantities are left out. */
  private Match year(Scan s, int i) {
    Scan.Piece era = s.eraYear(i);
    if (era != null) {
      Match match = absolute(i, era.end(), "era-year", TimePoint.of(Granularity.YEAR, LocalDate.of(era.value(), 1, 1)));
      match.takesDeterminer = false;
      return match;
    }
    Scan.Piece year = s.year(i);
    if (year == null || s.is(year.end(), "s") || s.is(i, "'")) {
      return null;
    }
    Token token = s.at(i);
    if (year.value() < 1500 || year.value() > 2100) {
      return null;
    }
    Token previous = s.at(i - 1);
    if (previous != null && (s.lexicon.notYearPrecedents.contains(previous.lower)
        || previous.is(",") && previous.attached && token.attached && s.at(i - 2) != null && s.at(i - 2).isNumber()
        || previous.is(".") && token.attached || previous.is("-") && token.attached && !isYearRange(s, i) && !isPrefixed(s, i))) {
      return null;
    }
    Token next = s.at(i + 1);
    if (next != null && (s.lexicon.notYearFollowers.contains(next.lower)
        || next.is(",") && next.attached && s.at(i + 2) != null && s.at(i + 2).isNumber() && s.at(i + 2).attached
        || next.is(".") && s.at(i + 2) != null && s.at(i + 2).isNumber() && s.at(i + 2).attached)) {
      return null;
    }
    Match match = absolute(i, year.end(), "year", TimePoint.of(Granularity.YEAR, LocalDate.of(year.value(), 1, 1)));
    match.takesDeterminer = false;
    return match;
  }

  /** "mid-1996", "post-1959": a year joined to a modifier by a hyphen. */
  private static boolean isPrefixed(Scan s, int i) {
    String word = s.word(i - 2);
    return s.lexicon.premodifiers.containsKey(word) || word.equals("post") || word.equals("pre");
  }

  /** "1990-91": the second part of a year range after a hyphen. */
  private static boolean isYearRange(Scan s, int i) {
    Token before = s.at(i - 2);
    return before != null && before.isNumber() && before.digits() == 4;
  }

  /** 1990s, '90s, the nineteen-nineties are not handled (rare in news). */
  private Match decade(Scan s, int i) {
    Token token = s.at(i);
    if (token == null) {
      return null;
    }
    if (token.isNumber() && token.digits() == 4 && token.number % 10 == 0 && s.is(i + 1, "s") && s.at(i + 1).attached) {
      // "the 1900s" is a century (TimeBank), but "the 2000s" the decade: this century is "the 21st century"
      Granularity granularity = token.number % 100 == 0 && token.number < 2000 ? Granularity.CENTURY : Granularity.DECADE;
      return absolute(i, i + 2, "decade", TimePoint.of(granularity, LocalDate.of(token.number, 1, 1)));
    }
    if (token.is("'") && s.at(i + 1) != null && s.at(i + 1).isNumber() && s.at(i + 1).digits() == 2
        && s.at(i + 1).number % 10 == 0 && s.is(i + 2, "s") && s.at(i + 2).attached) {
      int decade = s.at(i + 1).number;
      int year = decade > 20 ? 1900 + decade : 2000 + decade;
      return absolute(i, i + 3, "decade", TimePoint.of(Granularity.DECADE, LocalDate.of(year, 1, 1)));
    }
    return null;
  }

  /** "the nineties" (of the century of the DCT, else the 1900s). */
  private Match decadeWord(Scan s, int i) {
    Integer tens = s.lexicon.decadeWords.get(s.word(i));
    if (tens == null || !s.is(i - 1, "the") && !s.is(i - 1, "mid") && !s.is(i - 1, "-")) {
      return null;
    }
    int century = s.context.today() == null ? 1900 : s.context.today().getYear() / 100 * 100;
    int year = century + tens * 10;
    if (s.context.today() != null && year > s.context.today().getYear()) {
      year -= 100;
    }
    return absolute(i, i + 1, "decade-word", TimePoint.of(Granularity.DECADE, LocalDate.of(year, 1, 1)));
  }

  /** Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
  private Match spokenYear(Scan s, int i) {
    if (s.is(i, "year") && s.is(i + 1, "two") && s.is(i + 2, "thousand")) {
      int end = i + 3;
      Integer unit = s.lexicon.numbers.get(s.word(s.is(end, "and") ? end + 1 : end));
      if (unit != null && unit < 10 && !s.is(end, "a")) {
        end = (s.is(end, "and") ? end + 2 : end + 1);
      }
      Match match = absolute(i, end, "spoken-year", TimePoint.of(Granularity.YEAR,
          LocalDate.of(2000 + (end > i + 3 ? unit : 0), 1, 1)));
      return match;
    }
    Scan.Piece year = s.spokenYear(i);
    if (year == null) {
      return null;
    }
    return absolute(i, year.end(), "spoken-year", TimePoint.of(Granularity.YEAR, LocalDate.of(year.value(), 1, 1)));
  }

  /** "the 20th century", "the nineteenth century" (value 19). */
  private Match century(Scan s, int i) {
    Scan.Piece ordinal = s.ordinal(i);
    if (ordinal == null || ordinal.value() < 1 || ordinal.value() > 30) {
      return null;
    }
    int end = s.optionalHyphen(ordinal.end());
    if (!s.is(end, "century")) {
      return null;
    }
    int bc = s.eraMarker(end + 1, true);
    if (bc > 0) {
      // "the 5th century BC": 500-401 BC
      return absolute(i, bc, "century", TimePoint.of(Granularity.CENTURY, LocalDate.of(1 - ordinal.value() * 100, 1, 1)));
    }
    int ad = s.eraMarker(end + 1, false);
    int year = (ordinal.value() - 1) * 100;
    return absolute(i, ad > 0 ? ad : end + 1, "century",
        TimePoint.of(Granularity.CENTURY, LocalDate.of(Math.max(1, year), 1, 1)));
  }

  /** "fiscal 1989", "fiscal year 1990", "FY2021". */
  private Match fiscalYear(Scan s, int i) {
    int j;
    if (s.is(i, "fiscal")) {
      j = s.is(i + 1, "year") ? i + 2 : i + 1;
    } else if (s.is(i, "fy")) {
      j = i + 1;
    } else {
      return null;
    }
    Scan.Piece year = s.year(j);
    if (year == null) {
      Token token = s.at(j);
      if (token != null && token.isNumber() && token.digits() == 2 && s.is(i, "fy")) {
        year = new Scan.Piece(token.number > 40 ? 1900 + token.number : 2000 + token.number, j + 1);
      } else {
        return null;
      }
    }
    return absolute(i, year.end(), "fiscal-year", TimePoint.of(Granularity.YEAR, LocalDate.of(year.value(), 1, 1)));
  }

  /** Named holidays from the lexicon, with an optional year. */
  private Match holiday(Scan s, int i) {
    if (s.at(i) == null || !s.at(i).isCapitalized()) {
      return null;
    }
    Match best = null;
    PhraseTable.Hit<String> fixed = s.lexicon.holidays.longest(s, i);
    if (fixed != null) {
      String[] monthDay = fixed.value().split("-");
      int month = Integer.parseInt(monthDay[0]);
      int day = Integer.parseInt(monthDay[1]);
      best = holidayMatch(s, i, fixed.end(), (year) -> LocalDate.of(year, month, day), month, day);
    }
    PhraseTable.Hit<Lexicon.FloatingHoliday> floating = s.lexicon.floatingHolidays.longest(s, i);
    if (floating != null) {
      Lexicon.FloatingHoliday rule = floating.value();
      best = RuleFamily.longer(best, holidayMatch(s, i, floating.end(), (year) -> floating(year, rule), rule.month(), 15));
    }
    PhraseTable.Hit<Integer> easter = s.lexicon.easterHolidays.longest(s, i);
    if (easter != null) {
      int offset = easter.value();
      // which side of the DCT it lies on is judged from this year's date of the feast
      LocalDate thisYear = easterSunday(s.context.today() == null ? 2000 : s.context.today().getYear()).plusDays(offset);
      best = RuleFamily.longer(best, holidayMatch(s, i, easter.end(), (year) -> easterSunday(year).plusDays(offset),
          thisYear.getMonthValue(), thisYear.getDayOfMonth()));
    }
    if (best != null && best.point != null && s.is(best.end, "week") && s.sameSentence(best.end - 1, best.end)) {
      // "Easter week", "Thanksgiving week": the week that holds the holiday
      Match week = best.copy(best.first);
      week.end = best.end + 1;
      return week.point(TimePoint.of(Granularity.WEEK, best.point.start));
    }
    return best;
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private Match holidayMatch(Scan s, int first, int end, java.util.function.IntFunction<LocalDate> dateInYear,
      int month, int day) {
    Scan.Piece year = s.year(s.optional(end, ","));
    if (year != null) {
      return absolute(first, year.end(), "holiday", TimePoint.of(Granularity.DAY, dateInYear.apply(year.value())));
    }
    Match match = new Match(first, end, "holiday");
    match.takesDeterminer = false;
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = "XXXX-XX-XX";
      return match.anchored(null);
    }
    int inYear = s.context.yearOf(today, s.tense(first, end), month, day);
    return match.point(TimePoint.of(Granularity.DAY, dateInYear.apply(inYear))).anchored(s.context.documentAnchor());
  }

  private static LocalDate floating(int year, Lexicon.FloatingHoliday rule) {
    LocalDate first = LocalDate.of(year, rule.month(), 1);
    DayOfWeek weekday = DayOfWeek.of(rule.weekday());
    if (rule.nth() < 0) {
      return first.with(TemporalAdjusters.lastInMonth(weekday));
    }
    return first.with(TemporalAdjusters.dayOfWeekInMonth(rule.nth(), weekday));
  }

  static Match absolute(int first, int end, String rule, TimePoint point) {
    Match match = new Match(first, end, rule).point(point);
    match.absolute = true;
    match.takesDeterminer = point.granularity.ordinal() < Granularity.YEAR.ordinal()
        || point.granularity == Granularity.QUARTER || point.granularity == Granularity.HALF
        || point.granularity == Granularity.SEASON;
    return match;
  }
}
