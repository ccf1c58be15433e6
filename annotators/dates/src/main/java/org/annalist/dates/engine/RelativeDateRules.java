package org.annalist.dates.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates that need an anchor: "today", "on Wednesday", "last month", "this summer", "the third
 * quarter", "two years ago", "a year earlier", "the next day", and the references PRESENT_REF,
 * PAST_REF and FUTURE_REF. The document date anchors deictic expressions; the last date the text
 * mentioned anchors narrative ones ("the next day"), which stay underspecified without it.
 */
final class RelativeDateRules implements RuleFamily {

  /** Relative words that, after "the", point from a narrative anchor rather than from the DCT. */
  private static final Set<String> NARRATIVE = Set.of("following", "previous", "preceding", "next");
  private static final Set<String> PERIOD_NOUNS = Set.of("quarter", "period", "half");
  private static final Set<String> GENERIC_POSSESSIVE_BEFORE = Set.of("of", "among");
  /** Words before "year" that point at the DCT's year or the one next to it ("of last year"). */
  private static final Set<String> DEICTIC_YEAR_WORDS = Set.of("the", "this", "last", "next", "current");
  private static final Set<String> CALENDAR_UNITS = Set.of("Y", "M", "W", "D");
  /** Units an offset from the writer's present may count in ("a decade from now"). */
  private static final Set<String> UNITS_FROM_NOW = Set.of("DE", "Y", "M", "W", "D");
  private static final Set<String> SAME_PERIOD = Set.of("corresponding", "comparable", "same");
  /** Words that end an amount of money or a per-share figure. */
  private static final Set<String> FIGURE_WORDS = Set.of("million", "billion", "cents", "pence", "share");

  /** Reads a day written after "the day before" (calendar and relative rules); null until set. */
  private RuleFamily days;

  void readDaysWith(RuleFamily days) {
    this.days = days;
  }

  @Override
  public Match match(Scan s, int i) {
    Match best = null;
    best = RuleFamily.longer(best, deicticDay(s, i));
    best = RuleFamily.longer(best, weekday(s, i));
    best = RuleFamily.longer(best, relativeUnit(s, i));
    best = RuleFamily.longer(best, quarter(s, i));
    best = RuleFamily.longer(best, latestPeriod(s, i));
    best = RuleFamily.longer(best, yearEarlier(s, i));
    best = RuleFamily.longer(best, samePeriodYearBack(s, i));
    best = RuleFamily.longer(best, laterInTheUnit(s, i));
    best = RuleFamily.longer(best, weekOf(s, i));
    best = RuleFamily.longer(best, periodOfYear(s, i));
    best = RuleFamily.longer(best, periodOfRelativeYear(s, i));
    best = RuleFamily.longer(best, offset(s, i));
    best = RuleFamily.longer(best, narrativeDay(s, i));
    best = RuleFamily.longer(best, season(s, i));
    best = RuleFamily.longer(best, theUnit(s, i));
    best = RuleFamily.longer(best, thatUnit(s, i));
    best = RuleFamily.longer(best, yearEnd(s, i));
    best = RuleFamily.longer(best, reference(s, i));
    return best;
  }

  /** today, yesterday, tomorrow. */
  private Match deicticDay(Scan s, int i) {
    Integer offset = s.lexicon.deicticDays.get(s.word(i));
    if (offset == null) {
      return null;
    }
    Token previous = s.at(i - 1);
    if (s.at(i).isCapitalized() && previous != null && previous.isCapitalized() && !s.at(i).lineStart
        && previous.sentence == s.at(i).sentence) {
      // part of a name: "USA Today", "Good Morning America Today"
      return null;
    }
    if (offset >= 0 && generic(s, i)) {
      return null;
    }
    // "today", "yesterday" are the writer's days in news and narrative alike
    return fromDct(s, new Match(i, i + 1, "deictic-day"), Granularity.DAY, "D", offset);
  }

  /**
   * "many of today's computers", "the people of tomorrow": the present or future age,
   * not a day.
   */
  private static boolean generic(Scan s, int i) {
    boolean possessive = s.is(i + 1, "'") && s.is(i + 2, "s");
    if (possessive && GENERIC_POSSESSIVE_BEFORE.contains(s.word(i - 1))) {
      return true;
    }
    Token beforeOf = s.at(i - 2);
    Token after = s.at(i + 1);
    return s.is(i - 1, "of") && beforeOf != null && beforeOf.isWord() && !beforeOf.isCapitalized()
        && !beforeOf.is("the") && (after == null || after.kind == Token.Kind.PUNCT && !possessive
        || after.sentence != s.at(i).sentence);
  }

  /** The day written at i (same sentence), or null. */
  private Match dayAfter(Scan s, int i) {
    if (days == null || !s.sameSentence(i - 1, i)) {
      return null;
    }
    Match named = s.day(i, days);
    return named != null && named.point != null && named.point.granularity == Granularity.DAY ? named : null;
  }

  /** A bare weekday: resolved to the side of the DCT the tense gives. */
  private Match weekday(Scan s, int i) {
    Scan.Piece day = s.weekday(i, false);
    if (day == null || s.is(i - 1, "every") || s.is(i - 1, "each")) {
      return null;
    }
    Match match = new Match(i, day.end(), "weekday");
    match.takesDeterminer = false;
    return weekdayValue(s, match, day.value(), 0);
  }

  private Match weekdayValue(Scan s, Match match, int isoDay, int direction) {
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = "XXXX-WXX-" + isoDay;
      return match.anchored(null);
    }
    // "Wednesday's ruling" names an event already reported: the clause around it ("would get
    // around Wednesday's ruling") dates another event, so its tense does not apply
    boolean possessive = s.is(match.end, "'") && s.is(match.end + 1, "s");
    Tense tense = possessive ? Tense.UNKNOWN : s.tense(match.first, match.end);
    LocalDate date = Resolve.weekday(today, isoDay, tense, direction);
    return match.point(TimePoint.of(Granularity.DAY, date)).anchored(s.context.documentAnchor());
  }

  /** last/this/next + unit, weekday, month, season: "last week", "next Monday", "this summer". */
  private Match relativeUnit(Scan s, int i) {
    Integer direction = s.lexicon.relativeWords.get(s.word(i));
    if (direction == null) {
      return null;
    }
    boolean determiner = s.is(i - 1, "the");
    int j = i + 1;
    if (s.is(i, "this") && s.is(j, "past")) {
      direction = -1;
      j++;
    }
    if ((s.is(j, "fiscal") || s.is(j, "calendar")) && s.is(j + 1, "year")) {
      // "the current fiscal year", "last fiscal year": the year the company reports in
      j++;
    }
    Scan.Piece weekday = s.weekday(j, false);
    if (weekday != null && determiner && NARRATIVE.contains(s.word(i))) {
      return narrativeWeekday(s, new Match(i, weekday.end(), "narrative-weekday"), weekday.value(), direction);
    }
    if (weekday != null && !determiner) {
      int effective = s.is(i, "this") ? 0 : direction;
      return weekdayValue(s, new Match(i, weekday.end(), "relative-weekday"), weekday.value(), effective);
    }
    Scan.Piece month = s.month(j);
    if (month != null && !determiner && s.at(month.end()) != null && s.at(month.end()).isNumber()) {
      Scan.Piece day = s.dayOfMonth(month.end());
      LocalDate today = s.context.today();
      if (day != null && today != null) {
        int year = s.context.yearOf(today, direction < 0 ? Tense.PAST : Tense.FUTURE, month.value(), day.value());
        LocalDate date = Scan.dateOrNull(year, month.value(), day.value());
        if (date != null) {
          return new Match(i, day.end(), "relative-month-day").point(TimePoint.of(Granularity.DAY, date))
              .anchored(s.context.documentAnchor());
        }
      }
    }
    if (month != null && !determiner) {
      return relativeMonth(s, new Match(i, month.end(), "relative-month"), month.value(), direction);
    }
    String season = s.lexicon.seasons.get(s.word(j));
    if (season != null) {
      Match match = new Match(i, j + 1, "relative-season");
      LocalDate today = s.context.today();
      if (today == null) {
        match.value = "XXXX-" + season;
        return match.anchored(null);
      }
      TimePoint reference = s.context.narrativeReference();
      TimePoint point = reference != null ? narrativeSeason(reference, season).shift("Y", s.is(i, "this") ? 0 : direction)
          : s.is(i, "this") ? TimePoint.season(today.getYear(), season)
          : Resolve.season(today, season, s.tense(i, j + 1), direction);
      return match.point(point).anchored(s.context.documentAnchor());
    }
    String unit = s.unit(j);
    if (unit == null || !singular(s, j) || isTitle(s, i, j)) {
      return null;
    }
    Granularity granularity = Granularity.ofUnit(unit);
    if (granularity == null) {
      return null;
    }
    Match match = new Match(i, j + 1, "relative-unit");
    if (determiner && (s.is(i, "past") || s.is(i, "last")) && granularity != Granularity.WEEKEND) {
      match.type = "DURATION";
      match.value = DurationRules.durationValue(1, unit);
      return match;
    }
    if (determiner && NARRATIVE.contains(s.word(i))) {
      return narrative(s, match, granularity, unit, direction);
    }
    if (determiner && !s.is(i, "current") && !s.is(i, "coming")) {
      return null;
    }
    if (unit.equals("D")) {
      return null;
    }
    if (granularity == Granularity.WEEKEND && direction == 0) {
      return weekend(s, match);
    }
    if (direction == -1 && unit.equals("Y") && comparesFigures(s, i, j + 1)
        && s.context.recentPeriod(s.at(i).sentence) != null) {
      // "net of $3 million last year", "from last year's $1.55 billion": the same period a year back
      match.rule = "last-year-figure";
      return backOneYear(s, match);
    }
    return fromToday(s, match, granularity, unit.equals("WE") ? "W" : unit, direction);
  }

  /**
   * "ABC's This Week": both words capitalized inside a sentence after a word that is not, so a
   * title, not a time (a title-case headline capitalizes the word before too).
   */
  private static boolean isTitle(Scan s, int first, int unitAt) {
    Token word = s.at(first);
    Token previous = s.at(first - 1);
    return word.isCapitalized() && s.at(unitAt).isCapitalized() && !word.lineStart && previous != null
        && previous.sentence == word.sentence && !(previous.isWord() && previous.isCapitalized())
        && !previous.is(".") && !previous.is("?") && !previous.is("!");
  }

  /**
   * "the previous Friday", "the following Monday": the nearest such weekday strictly before or after
   * the day being narrated. The phrase is anaphoric (the DCT's would be "last Friday"), so the day
   * is the last one the text gave however far back, and the DCT only when the text gave none.
   */
  private Match narrativeWeekday(Scan s, Match match, int isoDay, int direction) {
    TimePoint narrated = s.context.recentDay(s.at(match.first).sentence);
    if (narrated == null && !s.is(match.first, "next")) {
      narrated = s.context.lastDay();
    }
    LocalDate today = s.context.today();
    LocalDate anchor = narrated != null ? narrated.start : today;
    if (anchor == null || direction == 0) {
      match.value = "XXXX-WXX-" + isoDay;
      return match.anchored(null);
    }
    int anchorIso = anchor.getDayOfWeek().getValue();
    LocalDate date = direction < 0
        ? anchor.minusDays(Math.floorMod(anchorIso - isoDay - 1, 7) + 1)
        : anchor.plusDays(Math.floorMod(isoDay - anchorIso - 1, 7) + 1);
    match.point(TimePoint.of(Granularity.DAY, date));
    if (narrated != null) {
      match.anchor = narrated.value();
      match.anchorSource = "CONTEXT";
      return match;
    }
    return match.anchored(s.context.documentAnchor());
  }

  private static boolean singular(Scan s, int j) {
    return !s.word(j).endsWith("s");
  }

  private Match relativeMonth(Scan s, Match match, int month, int direction) {
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = String.format(java.util.Locale.ROOT, "XXXX-%02d", month);
      return match.anchored(null);
    }
    int year = today.getYear();
    // "last June" said in October is this year's June; "last February" said in March (when one
    // would say "last month") and "last October" said in October are last year's
    if (direction < 0 && month >= today.getMonthValue() - 1) {
      year--;
    } else if (direction > 0 && month <= today.getMonthValue()) {
      year++;
    }
    return match.point(TimePoint.of(Granularity.MONTH, LocalDate.of(year, month, 1))).anchored(s.context.documentAnchor());
  }

  /** "the weekend", "this weekend": the weekend before the DCT in a past clause, else the coming one. */
  private Match weekend(Scan s, Match match) {
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = "XXXX-WXX-WE";
      return match.anchored(null);
    }
    LocalDate week = today;
    if (today.getDayOfWeek().getValue() <= 4 && s.tense(match.first, match.end) == Tense.PAST) {
      week = today.minusWeeks(1);
    }
    return match.point(TimePoint.of(Granularity.WEEKEND, week)).anchored(s.context.documentAnchor());
  }

  /** "the next day", "the following week": from the last date in context, or underspecified. */
  private Match narrative(Scan s, Match match, Granularity granularity, String unit, int direction) {
    match.rule = "narrative-unit";
    if (s.is(match.first, "next") && granularity != Granularity.DAY && s.tense(match.first, match.end) == Tense.FUTURE) {
      // "will be closed over the next year": the year after the DCT, not after the story's last date
      match.rule = "next-unit";
      return fromToday(s, match, granularity, unit, direction);
    }
    TimePoint anchor = s.context.recentPoint(s.at(match.first).sentence);
    if (anchor == null && !s.is(match.first, "next")) {
      // "the following month", "the previous year" need an antecedent: the last period the text
      // gave, however far back ("In March, ... [three sentences] The following month, ...")
      anchor = s.context.lastPoint();
    }
    if (anchor == null || anchor.granularity.ordinal() < granularity.ordinal() && granularity == Granularity.DAY) {
      if (granularity != Granularity.DAY) {
        match.type = "DURATION";
        match.value = DurationRules.durationValue(1, unit);
        return match;
      }
      match.value = TimePoint.underspecified(granularity);
      s.context.countUnresolved();
      return match.anchored(null);
    }
    TimePoint base = anchor.granularity.ordinal() >= granularity.ordinal() ? anchor.as(granularity) : anchor;
    match.point(base.shift(unit, direction).as(granularity));
    match.anchor = anchor.value();
    match.anchorSource = "CONTEXT";
    return match;
  }

  /** "the next day", "the day after", "the day before", "that day", "the same day". */
  private Match narrativeDay(Scan s, int i) {
    int offset;
    int end;
    if (s.is(i, "that") && s.is(i + 1, "same") && s.is(i + 2, "day")) {
      offset = 0;
      end = i + 3;
    } else if ((s.is(i, "that") || s.is(i, "same")) && s.is(i + 1, "day")) {
      offset = 0;
      end = i + 2;
    } else if (s.is(i, "day") && s.is(i - 1, "the") && (s.is(i + 1, "after") || s.is(i + 1, "before"))) {
      offset = s.is(i + 1, "after") ? 1 : -1;
      end = i + 2;
    } else {
      return null;
    }
    TimePoint anchor = s.context.recentDay(s.at(i).sentence);
    TimePoint reference = s.context.narrativeReference();
    if (offset == 0 && reference != null && reference.granularity == Granularity.MONTH) {
      // a narrative that has reached a month: "that same day" is a day of that month
      Match match = new Match(i, end, "narrative-day");
      match.value = reference.value() + "-XX";
      match.anchor = reference.value();
      match.anchorSource = "CONTEXT";
      return match;
    }
    if (reference != null && reference.granularity == Granularity.DAY) {
      anchor = reference;
    }
    if (offset != 0) {
      // "the day before last Tuesday": the day named right after is the anchor, in one expression
      Match named = dayAfter(s, end);
      TimePoint apposed = s.is(i - 2, ",") ? s.context.dayInSentence(s.at(i).sentence) : null;
      if (named != null) {
        anchor = named.point;
        end = named.end;
      } else if (apposed != null && s.at(end) != null && s.at(end).isWord() && s.sameSentence(end - 1, end)) {
        // "Oct. 12, the day before the stock market plunge": the apposition names the same day
        anchor = apposed;
        offset = 0;
      } else if (anchor == null) {
        // "the day after his death" several sentences after "shot on Oct. 23": the last day the
        // text gave is the best antecedent it has
        anchor = s.context.lastDay();
      }
    } else if (anchor == null) {
      // "that day" points back to the last date the text gave, however far back: a day, or a
      // day of the month it named ("last October ... that same day")
      TimePoint last = s.context.lastPoint();
      if (last != null && last.granularity == Granularity.MONTH) {
        Match match = new Match(i, end, "narrative-day");
        match.value = last.value() + "-XX";
        match.anchor = last.value();
        match.anchorSource = "CONTEXT";
        return match;
      }
      anchor = s.context.lastDay();
    }
    Match match = new Match(i, end, "narrative-day");
    if (anchor == null) {
      match.value = "XXXX-XX-XX";
      s.context.countUnresolved();
      return match.anchored(null);
    }
    match.point(anchor.shift("D", offset));
    match.anchor = anchor.value();
    match.anchorSource = "CONTEXT";
    return match;
  }

  /** "the third quarter", "third-quarter", "the first half of 1990", "Q3 2021", "the fourth fiscal quarter". */
  private Match quarter(Scan s, int i) {
    int number;
    int j;
    if (s.is(i, "q") && s.at(i + 1) != null && s.at(i + 1).isNumber() && s.at(i + 1).attached) {
      number = s.at(i + 1).number;
      j = i + 2;
      if (number < 1 || number > 4) {
        return null;
      }
      return quarterWithYear(s, i, j, "Q", number, j);
    }
    if ((s.is(i, "first") || s.is(i, "last") || s.is(i, "final") || s.is(i, "second")) && s.is(i + 1, "two")
        && s.is(i + 2, "quarters") && (s.is(i + 3, "of") || s.is(i + 3, ",")) && s.year(i + 4) != null) {
      // "the first two quarters of 1990" is that year's first half, "the last two quarters" its second
      return quarterWithYear(s, i, i + 3, "H", s.is(i, "first") ? 1 : 2, i + 3);
    }
    Scan.Piece ordinal = s.ordinal(i);
    if (ordinal == null && (s.is(i, "last") || s.is(i, "final")) && s.is(i + 2, "of") && s.year(i + 3) != null) {
      // "the last half of 1989", "the final quarter of 1990"
      ordinal = new Scan.Piece(s.is(i + 1, "half") ? 2 : 4, i + 1);
    }
    if (ordinal == null) {
      return null;
    }
    number = ordinal.value();
    j = s.optionalHyphen(ordinal.end());
    boolean fiscal = s.is(j, "fiscal");
    if (fiscal) {
      j++;
    }
    String unit;
    if (s.is(j, "quarter") && number <= 4) {
      unit = "Q";
    } else if (s.is(j, "half") && number <= 2) {
      unit = "H";
    } else {
      return null;
    }
    return quarterWithYear(s, i, j + 1, unit, number, j + 1);
  }

  private Match quarterWithYear(Scan s, int first, int end, String unit, int number, int after) {
    int yearAt = s.is(after, "of") || s.is(after, ",") ? after + 1 : after;
    if (s.is(yearAt, "fiscal")) {
      yearAt++;
    }
    Scan.Piece year = s.year(yearAt);
    if (year != null) {
      TimePoint point = unit.equals("Q") ? TimePoint.quarter(year.value(), number) : TimePoint.half(year.value(), number);
      return CalendarDateRules.absolute(first, year.end(), "quarter-year", point);
    }
    LocalDate dct = s.context.today();
    if (s.is(after, "of") && s.is(after + 2, "year") && dct != null
        && DEICTIC_YEAR_WORDS.contains(s.word(after + 1))) {
      // "the first half of the year", "the fourth quarter of last year"
      Integer relative = s.lexicon.relativeWords.get(s.word(after + 1));
      int inYear = dct.getYear() + (relative == null ? 0 : relative);
      TimePoint point = unit.equals("Q") ? TimePoint.quarter(inYear, number) : TimePoint.half(inYear, number);
      return new Match(first, after + 3, "quarter-of-year").point(point).anchored(s.context.documentAnchor());
    }
    Token yearBefore = s.at(first - 1);
    Scan.Piece leading = s.year(first - 1);
    Match match = new Match(first, end, "quarter");
    if (leading != null && yearBefore != null) {
      TimePoint point = unit.equals("Q") ? TimePoint.quarter(leading.value(), number) : TimePoint.half(leading.value(), number);
      Match withYear = CalendarDateRules.absolute(first - 1, end, "year-quarter", point);
      return withYear;
    }
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = "XXXX-" + unit + number;
      return match.anchored(null);
    }
    TimePoint point = unit.equals("Q") ? TimePoint.quarter(today.getYear(), number) : TimePoint.half(today.getYear(), number);
    TimePoint current = TimePoint.of(point.granularity, today);
    if (point.start.isAfter(current.start) && s.tense(first, end) != Tense.FUTURE) {
      point = point.shift("Y", -1);
    }
    return match.point(point).anchored(s.context.documentAnchor());
  }

  /** "the quarter", "the latest quarter", "the period": the last period mentioned, else the last complete quarter. */
  private Match latestPeriod(Scan s, int i) {
    int j = i;
    if (s.is(j, "latest") || s.is(j, "recent") || s.is(j, "same")) {
      j++;
    } else if (s.is(j, "most") && s.is(j + 1, "recent")) {
      j += 2;
    } else if (!s.is(i - 1, "the")) {
      return null;
    }
    if (!s.is(j, "quarter") && !(s.is(j, "period") && j > i)) {
      return null;
    }
    if (s.is(j + 1, "-") && s.is(j + 2, "to")) {
      // "the quarter-to-quarter comparison" names no quarter
      return null;
    }
    Match match = new Match(i, j + 1, "latest-period");
    if (s.is(j + 1, "ended") || s.is(j + 1, "ending")) {
      Scan.Piece month = s.month(j + 2);
      Scan.Piece day = month == null ? null : s.dayOfMonth(month.end());
      if (day != null && s.context.today() != null) {
        Scan.Piece year = s.year(s.optional(day.end(), ","));
        LocalDate today = s.context.today();
        int inYear = year != null ? year.value() : s.context.yearOf(today, Tense.PAST, month.value(), day.value());
        LocalDate end = Scan.dateOrNull(inYear, month.value(), day.value());
        if (end != null) {
          return match.point(TimePoint.of(Granularity.QUARTER, end.minusDays(45))).anchored(s.context.documentAnchor());
        }
      }
    }
    TimePoint last = s.context.lastPeriod();
    LocalDate now = s.context.today();
    if (last != null && j > i && now != null && !last.start.isBefore(TimePoint.of(Granularity.QUARTER, now).start)) {
      // "the latest quarter" has been reported, so it is over: not a current or coming period
      last = null;
    }
    if (last != null) {
      match.setsPeriod = false;
      match.point(last);
      match.anchor = last.value();
      match.anchorSource = "CONTEXT";
      return match;
    }
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = "XXXX-QX";
      return match.anchored(null);
    }
    return match.point(TimePoint.of(Granularity.QUARTER, today).shift("Q", -1)).anchored(s.context.documentAnchor());
  }

  /** "the 1988 quarter", "the 1989 period": the topic period in the year given. */
  private Match periodOfYear(Scan s, int i) {
    Scan.Piece year = s.year(i);
    if (year == null || !s.is(i - 1, "the") || !(s.is(year.end(), "quarter") || s.is(year.end(), "period"))) {
      return null;
    }
    TimePoint last = s.context.lastPeriod();
    if (last == null) {
      return CalendarDateRules.absolute(i, year.end() + 1, "year-period", TimePoint.of(Granularity.YEAR, LocalDate.of(year.value(), 1, 1)));
    }
    Match match = CalendarDateRules.absolute(i, year.end() + 1, "year-period", last.shift("Y", year.value() - last.year()));
    match.setsPeriod = false;
    return match;
  }

  /**
   * "this year's third quarter", "next year's first half", "last year's quarter": a period of the
   * year the relative word names; a bare "quarter" or "period" is the topic period in that year.
   */
  private Match periodOfRelativeYear(Scan s, int i) {
    Integer direction = s.lexicon.relativeWords.get(s.word(i));
    LocalDate today = s.context.today();
    if (direction == null || today == null || !s.is(i + 1, "year") || !s.is(i + 2, "'") || !s.is(i + 3, "s")) {
      return null;
    }
    int year = today.getYear() + direction;
    int k = i + 4;
    Scan.Piece ordinal = s.ordinal(k);
    if (ordinal != null) {
      int j = s.optionalHyphen(ordinal.end());
      j = s.optional(j, "fiscal");
      int number = ordinal.value();
      TimePoint point = null;
      if (s.is(j, "quarter") && number >= 1 && number <= 4) {
        point = TimePoint.quarter(year, number);
      } else if (s.is(j, "half") && number >= 1 && number <= 2) {
        point = TimePoint.half(year, number);
      }
      return point == null ? null
          : new Match(i, j + 1, "relative-year-period").point(point).anchored(s.context.documentAnchor());
    }
    if (!s.is(k, "quarter") && !s.is(k, "period")) {
      return null;
    }
    TimePoint topic = s.context.lastPeriod();
    if (topic == null) {
      topic = TimePoint.of(Granularity.QUARTER, today).shift("Q", -1);
    }
    Match match = new Match(i, k + 1, "relative-year-period").point(topic.shift("Y", year - topic.year()))
        .anchored(s.context.documentAnchor());
    match.setsPeriod = false;
    return match;
  }

  /**
   * Whether "last year" at first..end sets a figure against one of the period reported on: right
   * after an amount ("$3 million last year", "4 pence last year"), a period noun ("the corresponding
   * period last year"), or as the possessive of an amount ("last year's $1.55 billion").
   */
  private static boolean comparesFigures(Scan s, int first, int end) {
    Token before = s.at(first - 1);
    if (before != null && before.sentence == s.at(first).sentence
        && (before.isNumber() || FIGURE_WORDS.contains(before.lower) || PERIOD_NOUNS.contains(before.lower))) {
      return true;
    }
    return s.is(end, "'") && s.is(end + 1, "s") && (s.is(end + 2, "$") || s.at(end + 2) != null && s.at(end + 2).isNumber());
  }

  /** "year-earlier", "the year-ago quarter", "a year earlier" of a financial period. */
  private Match yearEarlier(Scan s, int i) {
    if (!s.is(i, "year") || !s.is(i + 1, "-") || !(s.is(i + 2, "earlier") || s.is(i + 2, "ago"))) {
      return null;
    }
    int end = i + 3;
    if (PERIOD_NOUNS.contains(s.word(end))) {
      end++;
    }
    Match match = new Match(i, end, "year-earlier");
    return backOneYear(s, match);
  }

  /** "the week of March 6": the week that holds the day named. */
  private Match weekOf(Scan s, int i) {
    if (!s.is(i, "week") || !s.is(i + 1, "of")) {
      return null;
    }
    Match named = dayAfter(s, i + 2);
    if (named == null) {
      return null;
    }
    Match match = new Match(i, named.end, "week-of").point(TimePoint.of(Granularity.WEEK, named.point.start));
    match.anchor = named.anchor;
    match.anchorSource = named.anchorSource;
    match.absolute = named.absolute;
    return match;
  }

  /**
   * "earlier in the year", "later in the day": the unit around the DCT, or for a day the day just
   * narrated in this or the last sentences.
   */
  private Match laterInTheUnit(Scan s, int i) {
    if (!(s.is(i, "earlier") || s.is(i, "later")) || !s.is(i + 1, "in") || !s.is(i + 2, "the")) {
      return null;
    }
    String unit = s.unit(i + 3);
    Granularity granularity = unit == null ? null : Granularity.ofUnit(unit);
    if (granularity == null || granularity == Granularity.WEEKEND || !singular(s, i + 3)
        || !(unit.equals("D") || unit.equals("W") || unit.equals("M") || unit.equals("Y"))) {
      return null;
    }
    Match match = new Match(i, i + 4, "later-in-the-unit");
    match.takesDeterminer = false;
    TimePoint narrated = unit.equals("D") ? s.context.recentDay(s.at(i).sentence) : null;
    if (narrated != null) {
      match.point(narrated);
      match.anchor = narrated.value();
      match.anchorSource = "CONTEXT";
      match.setsPeriod = false;
      return match;
    }
    return fromToday(s, match, granularity, unit, 0);
  }

  /** "the corresponding period last year", "the comparable quarter a year ago": one expression. */
  private Match samePeriodYearBack(Scan s, int i) {
    if (!SAME_PERIOD.contains(s.word(i)) || !PERIOD_NOUNS.contains(s.word(i + 1))) {
      return null;
    }
    int j = i + 2;
    int end;
    if (s.is(j, "last") && s.is(j + 1, "year")) {
      end = j + 2;
    } else if (s.is(j, "a") && s.is(j + 1, "year")
        && (s.lexicon.agoWords.contains(s.word(j + 2)) || s.lexicon.earlierWords.contains(s.word(j + 2)))) {
      end = j + 3;
    } else {
      return null;
    }
    if (!s.sameSentence(i, end - 1)) {
      return null;
    }
    return backOneYear(s, new Match(i, end, "same-period-year-back"));
  }

  private Match backOneYear(Scan s, Match match) {
    int sentence = s.at(match.first).sentence;
    TimePoint period = s.context.recentPeriod(sentence);
    if (period == null) {
      period = s.context.lastPeriod();
    }
    TimePoint month = s.context.pointInSentence(sentence);
    if (month != null && month.granularity == Granularity.MONTH && (period == null || s.context.sentenceDistance(period, sentence) > 0)) {
      // "exports fell in February from a year earlier": that month a year back
      period = month;
    }
    if (s.context.durationSincePeriod(sentence)) {
      // "in the first nine months, ... a year earlier": the comparison is with last year, not a quarter
      period = null;
    }
    if (period != null) {
      match.setsPeriod = false;
      match.point(period.shift("Y", -1));
      match.anchor = period.value();
      match.anchorSource = "CONTEXT";
      return match;
    }
    return fromToday(s, match, Granularity.YEAR, "Y", -1);
  }

  /** "two years ago", "a day earlier", "three weeks later", "five days after". */
  private Match offset(Scan s, int i) {
    Scan.Amount amount = s.amount(i);
    if (amount == null) {
      return null;
    }
    int j = s.optionalHyphen(amount.end());
    String unit = s.unit(j);
    if (unit == null) {
      return null;
    }
    int end = j + 1;
    if (s.is(end, "or") && s.is(end + 1, "so")) {
      end += 2;
    }
    boolean fromNow = s.is(end, "from") && (s.is(end + 1, "now") || s.is(end + 1, "today"));
    if ((fromNow || s.is(end, "hence")) && !amount.vague() && amount.value() == Math.rint(amount.value())
        && UNITS_FROM_NOW.contains(unit)) {
      // "two weeks from now", "a decade from now", "two years hence": a point counted forward from the DCT
      Match match = new Match(i, fromNow ? end + 2 : end + 1, "offset-from-now");
      match.takesDeterminer = false;
      return fromToday(s, match, Granularity.ofUnit(unit), unit, (int) amount.value());
    }
    String direction = s.word(end);
    boolean ago = s.lexicon.agoWords.contains(direction);
    boolean earlier = s.lexicon.earlierWords.contains(direction);
    boolean later = s.lexicon.laterWords.contains(direction) && !direction.equals("on");
    if (!ago && !earlier && !later) {
      return null;
    }
    Match match = new Match(i, end + 1, "offset-" + direction);
    match.takesDeterminer = false;
    Granularity granularity = Granularity.ofUnit(unit);
    if (amount.vague() || granularity == null || amount.value() != Math.rint(amount.value())) {
      if (!ago && !earlier) {
        return null;
      }
      match.value = "PAST_REF";
      return match;
    }
    int n = (int) amount.value();
    if ((ago || earlier) && unit.equals("Y") && n == 1) {
      return backOneYear(s, match);
    }
    if (ago) {
      if (unit.equals("Y") && n == 1) {
        return backOneYear(s, match);
      }
      return fromToday(s, match, granularity, unit, -n);
    }
    // "later"/"after" count forward from a date written out in full; "earlier"/"before" may also
    // count back from a date the text just resolved ("attacked on Wednesday ... a day earlier")
    TimePoint anchor = later ? s.context.recentAbsolute(s.at(i).sentence) : s.context.recentPoint(s.at(i).sentence);
    if (anchor != null && anchor.granularity == Granularity.YEAR && granularity.ordinal() >= Granularity.MONTH.ordinal()) {
      // "from 2001 to 2009 ... two days later": a year says nothing about which days are meant
      anchor = null;
    }
    if (anchor == null || !ago && measuredLength(s, i)) {
      // no date to count from: "three days later", "90 days after their issue date" name a length of
      // time; so does the object of waiting ("must wait at least 30 days before closing")
      match.type = "DURATION";
      match.value = DurationRules.durationValue(n, unit);
      match.rule = "offset-duration";
      return match;
    }
    TimePoint base = anchor;
    boolean keepPeriod = (anchor.granularity == Granularity.QUARTER || anchor.granularity == Granularity.HALF)
        && unit.equals("Y");
    TimePoint shifted = base.shift(unit, earlier ? -n : n);
    match.setsPeriod = !keepPeriod;
    if (!keepPeriod) {
      Granularity target = granularity.ordinal() > anchor.granularity.ordinal() ? anchor.granularity : granularity;
      shifted = shifted.as(target);
    }
    match.point(shifted);
    match.anchor = anchor.value();
    match.anchorSource = "CONTEXT";
    return match;
  }

  /** Words that make the amount after them a length of time: "wait 30 days before", "for 10 days after". */
  private static final Set<String> LENGTH_GOVERNORS = Set.of("wait", "waits", "waited", "waiting", "for", "within");
  /** Modifiers that may stand between such a word and the amount ("wait at least 30 days"). */
  private static final Set<String> AMOUNT_MODIFIERS = Set.of("at", "least", "most", "about", "some", "another",
      "nearly", "almost", "only", "just", "more", "less", "than", "up", "to");

  /** True when the amount at index is governed by a word that measures a length of time. */
  private static boolean measuredLength(Scan s, int index) {
    int k = index - 1;
    while (k >= 0 && k >= index - 3 && AMOUNT_MODIFIERS.contains(s.word(k))) {
      k--;
    }
    return k >= 0 && s.sameSentence(k, index) && LENGTH_GOVERNORS.contains(s.word(k));
  }

  /**
   * "the weekend" (the one next to the DCT), "the [full|fiscal] year" (a DURATION when followed by
   * "ended"/"ending", else the year of the DCT).
   */
  private Match theUnit(Scan s, int i) {
    if (!s.is(i - 1, "the")) {
      return null;
    }
    if (s.is(i, "weekend")) {
      return weekend(s, new Match(i, i + 1, "the-weekend"));
    }
    if ((s.is(i, "month") || s.is(i, "week")) && (s.is(i - 2, "of") || s.is(i - 2, "for") || s.is(i - 2, "during"))) {
      Granularity granularity = s.is(i, "month") ? Granularity.MONTH : Granularity.WEEK;
      return fromToday(s, new Match(i, i + 1, "the-unit"), granularity, s.is(i, "month") ? "M" : "W", 0);
    }
    int j = i;
    if (s.is(j, "full") || s.is(j, "fiscal") || s.is(j, "calendar")) {
      j++;
    }
    if (!s.is(j, "year")) {
      return null;
    }
    String after = s.word(j + 1);
    if (after.equals("ended") || after.equals("ending") || after.equals("through") || after.equals("to")) {
      return Match.of(i, j + 1, "the-year-ended", "DURATION", "P1Y");
    }
    if (s.is(i - 2, "in") && s.is(i - 3, "earlier") || after.equals("before") || after.equals("after")) {
      return null;
    }
    return fromToday(s, new Match(i, j + 1, "the-year"), Granularity.YEAR, "Y", 0);
  }

  /** "year-end", "year end", "year's end": the end of the DCT year (the last one in a past clause). */
  private Match yearEnd(Scan s, int i) {
    if (s.is(i, "midyear") || s.is(i, "mid") && s.is(i + 1, "-") && s.is(i + 2, "year")
        && !s.is(i + 3, "-") && !s.is(i + 3, "'")) {
      // "by midyear", "at mid-year": the middle of the DCT's year
      Match match = new Match(i, s.is(i, "midyear") ? i + 1 : i + 3, "midyear");
      match.mod = "MID";
      return fromToday(s, match, Granularity.YEAR, "Y", 0);
    }
    if (!s.is(i, "year")) {
      return null;
    }
    int end;
    if ((s.is(i + 1, "-") || s.is(i + 1, "'") && s.is(i + 2, "s")) && s.is(s.is(i + 1, "-") ? i + 2 : i + 3, "end")) {
      end = s.is(i + 1, "-") ? i + 3 : i + 4;
    } else if (s.is(i + 1, "end")) {
      end = i + 2;
    } else {
      return null;
    }
    Match match = new Match(i, end, "year-end");
    match.mod = "END";
    boolean past = s.is(i - 1, "since") || s.tense(i, end) == Tense.PAST && !s.is(i - 1, "by");
    return fromToday(s, match, Granularity.YEAR, "Y", past ? -1 : 0);
  }

  /** "that year", "that month", "that week": the period of the last date mentioned. */
  private Match thatUnit(Scan s, int i) {
    if (!s.is(i, "that")) {
      return null;
    }
    String unit = s.unit(i + 1);
    Granularity granularity = unit == null ? null : Granularity.ofUnit(unit);
    if (granularity == null || granularity == Granularity.DAY || s.word(i + 1).endsWith("s")) {
      return null;
    }
    TimePoint anchor = s.context.recentPoint(s.at(i).sentence);
    if (anchor == null || anchor.granularity.ordinal() < granularity.ordinal()) {
      return null;
    }
    Match match = new Match(i, i + 2, "that-unit").point(anchor.as(granularity));
    match.anchor = anchor.value();
    match.anchorSource = "CONTEXT";
    match.setsPeriod = false;
    return match;
  }

  /** "this summer", "the summer", "summer". */
  private Match season(Scan s, int i) {
    String code = s.lexicon.seasons.get(s.word(i));
    if (code == null) {
      return null;
    }
    Scan.Piece year = s.yearOrSpokenYear(s.optional(i + 1, "of"));
    if (year != null) {
      return CalendarDateRules.absolute(i, year.end(), "season-year", TimePoint.season(year.value(), code));
    }
    Scan.Piece leading = s.year(i - 1);
    if (leading != null) {
      return CalendarDateRules.absolute(i - 1, i + 1, "year-season", TimePoint.season(leading.value(), code));
    }
    LocalDate dct = s.context.today();
    if (s.is(i + 1, "of") && s.is(i + 3, "year") && dct != null && !s.is(i + 2, "the")
        && DEICTIC_YEAR_WORDS.contains(s.word(i + 2))) {
      // "the spring of next year", "the summer of last year"
      int inYear = dct.getYear() + s.lexicon.relativeWords.get(s.word(i + 2));
      return new Match(i, i + 4, "season-of-year").point(TimePoint.season(inYear, code)).anchored(s.context.documentAnchor());
    }
    if (code.equals("FA") && s.is(i, "fall") && s.is(i + 1, "of")) {
      // "the fall of Paris", "the fall of the regime": a defeat, not the autumn ("the fall of 1944" is read above)
      return null;
    }
    String before = s.word(i - 1);
    if (before.equals("that") && s.context.narrativeReference() != null) {
      // "that autumn": the season of the year the narrative has reached, in one expression
      Match match = new Match(i - 1, i + 1, "that-season");
      return match.point(narrativeSeason(s.context.narrativeReference(), code)).anchored(s.context.documentAnchor());
    }
    if (!(before.equals("the") || before.equals("in") || before.equals("during") || before.equals("this")
        || before.equals("early") || before.equals("late") || before.equals("since") || before.equals("by"))) {
      return null;
    }
    Match match = new Match(i, i + 1, "season");
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = "XXXX-" + code;
      return match.anchored(null);
    }
    TimePoint reference = s.context.narrativeReference();
    if (reference != null) {
      // a narrative's "the summer" is the summer of the year it has reached
      return match.point(narrativeSeason(reference, code)).anchored(s.context.documentAnchor());
    }
    return match.point(Resolve.season(today, code, s.tense(i, i + 1), 0)).anchored(s.context.documentAnchor());
  }

  /** The season a narrative that has reached the given point speaks of: that year's. */
  static TimePoint narrativeSeason(TimePoint reference, String code) {
    return TimePoint.season(reference.year(), code);
  }

  /** now, currently, recently, the past, the future, current/recent/future used alone. */
  private Match reference(Scan s, int i) {
    Match best = null;
    String single = s.lexicon.references.get(s.word(i));
    if (single != null) {
      best = Match.of(i, i + 1, "reference", "DATE", single);
      best.takesDeterminer = false;
    }
    PhraseTable.Hit<String> phrase = s.lexicon.referencePhrases.longest(s, i);
    if (phrase != null && s.amount(phrase.end()) == null && s.unit(phrase.end()) == null) {
      best = Match.of(i, phrase.end(), "reference-phrase", "DATE", phrase.value());
      best.takesDeterminer = false;
    }
    String adjective = s.lexicon.referenceAdjectives.get(s.word(i));
    if (best == null && (s.is(i, "recent") || s.is(i, "past") || s.is(i, "coming")) && s.unit(i + 1) != null
        && s.word(i + 1).endsWith("s") && (!s.is(i - 1, "the") || !s.is(i, "recent"))) {
      // "recent years", "the coming days", "the past weeks"
      best = Match.of(i, i + 2, "vague-period", "DURATION", DurationRules.vagueValue(s.unit(i + 1)));
      best.takesDeterminer = s.is(i - 1, "the");
    }
    if (best == null && adjective != null && s.unit(i + 1) == null
        && s.amount(i + 1) == null && s.lexicon.seasons.get(s.word(i + 1)) == null) {
      best = Match.of(i, i + 1, "reference-adjective", "DATE", adjective);
      best.takesDeterminer = false;
      if (s.is(i, "current") && s.is(i - 1, "then") && s.sameSentence(i - 1, i)) {
        // "the then current market price": current at a past time the text speaks of
        best = Match.of(i - 1, i + 1, "reference-adjective", "DATE", "PAST_REF");
        best.takesDeterminer = false;
      }
    }
    if (best != null && best.value != null && s.context.dctAnchor() != null) {
      best.anchor = s.context.dctAnchor().value();
      best.anchorSource = s.context.dctAnchor().source();
    }
    return best == null || best.value == null ? null : best;
  }

  /** The DCT's point of the given granularity moved by amount units, also in a narrative. */
  static Match fromDct(Scan s, Match match, Granularity granularity, String unit, int amount) {
    LocalDate today = s.context.dct();
    if (today == null) {
      match.value = TimePoint.underspecified(granularity);
      s.context.countUnresolved();
      return match.anchored(null);
    }
    return match.point(TimePoint.of(granularity, today).shift(unit, amount)).anchored(s.context.dctAnchor());
  }

  /** today's point of the given granularity moved by amount units; underspecified without a DCT. */
  static Match fromToday(Scan s, Match match, Granularity granularity, String unit, int amount) {
    LocalDate today = s.context.today();
    if (today == null) {
      match.value = TimePoint.underspecified(granularity);
      s.context.countUnresolved();
      return match.anchored(null);
    }
    return match.point(TimePoint.of(granularity, today).shift(unit, amount)).anchored(s.context.documentAnchor());
  }
}
