package org.annalist.dates.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

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

  String value() {
    int year = start.getYear();
    return switch (granularity) {
      case CENTURY -> String.format(Locale.ROOT, "%02d", Math.floorDiv(year, 100));
      case DECADE -> String.format(Locale.ROOT, "%03d", Math.floorDiv(year, 10));
      case YEAR -> String.format(Locale.ROOT, "%04d", year);
      case HALF -> String.format(Locale.ROOT, "%04d-H%d", year, start.getMonthValue() <= 6 ? 1 : 2);
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, (start.getMonthValue() - 1) / 3 + 1);
      case SEASON -> String.format(Locale.ROOT, "%04d-%s", year, SEASONS[season]);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, start.getMonthValue());
      case WEEK -> String.format(Locale.ROOT, "%04d-W%02d",
          start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case WEEKEND -> String.format(Locale.ROOT, "%04d-W%02d-WE",
          start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, start.getMonthValue(), start.getDayOfMonth());
    };
  }

  private static LocalDate truncate(Granularity granularity, LocalDate date) {
    return switch (granularity) {
      case CENTURY -> LocalDate.of(Math.floorDiv(date.getYear(), 100) * 100, 1, 1);
      case DECADE -> LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1);
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
