package org.annalist.dates.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar interval of some granularity (a day, a week, a quarter, a year ...), identified by
 * its first day, with the arithmetic the rules need and its TIMEX3 value.
 */
final class TimePoint {

  private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

  final Granularity granularity;
  final LocalDate start;
  /** For SEASON: 0 spring, 1 summer, 2 fall, 3 winter. */
  final int season;
  private String value;

  private TimePoint(Granularity granularity, LocalDate start, int season) {
    this.granularity = granularity;
    this.start = truncate(granularity, start);
    this.season = season;
  }

  static TimePoint of(Granularity granularity, LocalDate date) {
    return new TimePoint(granularity, date, 0);
  }

  static TimePoint season(int year, String code) {
    int index = 0;
    for (int i = 0; i < SEASONS.length; i++) {
      if (SEASONS[i].equals(code)) {
        index = i;
      }
    }
    return new TimePoint(Granularity.SEASON, LocalDate.of(year, 1, 1), index);
  }

  static TimePoint quarter(int year, int quarter) {
    return of(Granularity.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
  }

  static TimePoint half(int year, int half) {
    return of(Granularity.HALF, LocalDate.of(year, half == 1 ? 1 : 7, 1));
  }

  int year() {
    return start.getYear();
  }

  /** The season of a date in the northern hemisphere (winter = December to February, of the December's year). */
  static TimePoint seasonOf(LocalDate date) {
    int month = date.getMonthValue();
    if (month <= 2) {
      return new TimePoint(Granularity.SEASON, LocalDate.of(date.getYear() - 1, 1, 1), 3);
    }
    int index = month <= 5 ? 0 : month <= 8 ? 1 : month <= 11 ? 2 : 3;
    return new TimePoint(Granularity.SEASON, LocalDate.of(date.getYear(), 1, 1), index);
  }

  /** This point moved by amount units (Y, M, W, D, Q, DE, CE), keeping its granularity. */
  TimePoint shift(String unit, long amount) {
    LocalDate moved = switch (unit) {
      case "Y" -> start.plusYears(amount);
      case "M" -> start.plusMonths(amount);
      case "W", "WE" -> start.plusWeeks(amount);
      case "FN" -> start.plusWeeks(2 * amount);
      case "D" -> start.plusDays(amount);
      case "Q" -> start.plusMonths(3 * amount);
      case "H" -> granularity == Granularity.HALF ? start.plusMonths(6 * amount) : start;
      case "DE" -> start.plusYears(10 * amount);
      case "CE" -> start.plusYears(100 * amount);
      case "SEASON" -> {
        int index = season + (int) amount;
        int years = Math.floorDiv(index, 4);
        yield start.plusYears(years);
      }
      default -> start;
    };
    int newSeason = unit.equals("SEASON") ? Math.floorMod(season + (int) amount, 4) : season;
    return new TimePoint(granularity, moved, newSeason);
  }

  /** The same interval seen at another granularity (the one containing this point's start). */
  TimePoint as(Granularity target) {
    if (target == Granularity.SEASON) {
      return seasonOf(start);
    }
    return new TimePoint(target, start, season);
  }

  /** The TIMEX3 value, formatted once. */
  String value() {
    String formatted = value;
    if (formatted == null) {
      formatted = format();
      value = formatted;
    }
    return formatted;
  }

  private String format() {
    int year = start.getYear();
    if (year > MAX_YEAR || year < MIN_YEAR) {
      return null;
    }
    StringBuilder out = new StringBuilder(15);
    switch (granularity) {
      case CENTURY -> {
        if (year <= 0) {
          pad(out.append("BC"), (-year) / 100, 2);
        } else {
          pad(out, Math.floorDiv(year, 100), 2);
        }
      }
      case DECADE -> {
        if (year <= 0) {
          pad(out.append("BC"), (1 - year) / 10, 3);
        } else {
          pad(out, Math.floorDiv(year, 10), 3);
        }
      }
      case YEAR -> year(out, year);
      case HALF -> year(out, year).append("-H").append(start.getMonthValue() <= 6 ? 1 : 2);
      case QUARTER -> year(out, year).append("-Q").append((start.getMonthValue() - 1) / 3 + 1);
      case SEASON -> year(out, year).append('-').append(SEASONS[season]);
      case MONTH -> pad(year(out, year).append('-'), start.getMonthValue(), 2);
      case WEEK -> pad(year(out, start.get(IsoFields.WEEK_BASED_YEAR)).append("-W"),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
      case WEEKEND -> pad(year(out, start.get(IsoFields.WEEK_BASED_YEAR)).append("-W"),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2).append("-WE");
      case DAY -> pad(pad(year(out, year).append('-'), start.getMonthValue(), 2).append('-'),
          start.getDayOfMonth(), 2);
    }
    return out.toString();
  }

  /** The latest year a TIMEX3 value can hold (four digits). */
  static final int MAX_YEAR = 9999;
  /** The earliest: 9999 BC, year -9998 in proleptic numbering. */
  static final int MIN_YEAR = -9998;

  /**
   * A year as TIMEX3 writes it: four digits, and before the common era "BC" with the historical
   * year (no year zero: proleptic year -489 is "BC0490"), the TIMEX2 spelling TimeML corpora use.
   */
  private static StringBuilder year(StringBuilder out, int year) {
    return year <= 0 ? pad(out.append("BC"), 1 - year, 4) : pad(out, year, 4);
  }

  /** Appends n with at least width digits, zero-padded (a minus sign first for negative n), like %0Nd. */
  static StringBuilder pad(StringBuilder out, int n, int width) {
    if (n < 0) {
      out.append('-');
      return pad(out, -n, width - 1);
    }
    String digits = Integer.toString(n);
    for (int k = digits.length(); k < width; k++) {
      out.append('0');
    }
    return out.append(digits);
  }

  /** Two numbers as "hh:mm". */
  static String clock(int hour, int minute) {
    return pad(pad(new StringBuilder(5), hour, 2).append(':'), minute, 2).toString();
  }

  private static LocalDate truncate(Granularity granularity, LocalDate date) {
    return switch (granularity) {
      // before the common era a century or decade runs from its highest year number down:
      // the 5th century BC is 500-401 BC (proleptic -499 to -400), the 480s BC are 489-480 BC
      case CENTURY -> date.getYear() <= 0 ? LocalDate.of(-((-date.getYear()) / 100 * 100 + 99), 1, 1)
          : LocalDate.of(Math.floorDiv(date.getYear(), 100) * 100, 1, 1);
      case DECADE -> date.getYear() <= 0 ? LocalDate.of(1 - ((1 - date.getYear()) / 10 * 10 + 9), 1, 1)
          : LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1);
      case YEAR, SEASON -> LocalDate.of(date.getYear(), 1, 1);
      case HALF -> LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case MONTH -> date.withDayOfMonth(1);
      case WEEK, WEEKEND -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case DAY -> date;
    };
  }

  /** The value with its digits replaced by X, for expressions that had no anchor. */
  static String underspecified(Granularity granularity) {
    return switch (granularity) {
      case CENTURY -> "XX";
      case DECADE -> "XXX";
      case YEAR -> "XXXX";
      case HALF -> "XXXX-HX";
      case QUARTER -> "XXXX-QX";
      case SEASON -> "XXXX-XX";
      case MONTH -> "XXXX-XX";
      case WEEK -> "XXXX-WXX";
      case WEEKEND -> "XXXX-WXX-WE";
      case DAY -> "XXXX-XX-XX";
    };
  }

  @Override
  public String toString() {
    return value();
  }
}
