package org.annalist.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TIMEX3 date value covers, as an inclusive [first, last] pair of ISO days:
 * 2022-01-05 is one day, 2022-01 a month, 2022-W01 an ISO week, 2022-Q1 a quarter, 2022-H2 a half,
 * 2022 a year, 202 a decade. Durations, references (PRESENT_REF) and partly unknown values
 * (XXXX-01-05) have no interval.
 */
public record TimexInterval(LocalDate first, LocalDate last) {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})");

  /** The interval of a value, or null when it has none (or is malformed). */
  public static TimexInterval of(String value) {
    if (value == null || value.length() > 40) {
      return null;
    }
    try {
      return parse(value.strip());
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static TimexInterval parse(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      return new TimexInterval(day, day);
    }
    if ((m = MONTH.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
      return new TimexInterval(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
          .with(DayOfWeek.MONDAY);
      return value.endsWith("-WE")
          ? new TimexInterval(monday.plusDays(5), monday.plusDays(6))
          : new TimexInterval(monday, monday.plusDays(6));
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1);
      return new TimexInterval(first, first.plusMonths(3).minusDays(1));
    }
    if ((m = HALF.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(num(m, 1), (num(m, 2) - 1) * 6 + 1, 1);
      return new TimexInterval(first, first.plusMonths(6).minusDays(1));
    }
    if ((m = YEAR.matcher(value)).matches()) {
      int year = num(m, 1);
      return new TimexInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if ((m = DECADE.matcher(value)).matches()) {
      int start = num(m, 1) * 10;
      return new TimexInterval(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
    }
    return null;
  }

  /** The ISO day of a published date or timestamp, or null when it does not start with one. */
  public static String dayOf(String isoDate) {
    if (isoDate == null || isoDate.length() < 10) {
      return null;
    }
    TimexInterval interval = of(isoDate.length() == 10 ? isoDate : isoDate.substring(0, 10));
    return interval == null || !interval.first().equals(interval.last()) ? null : interval.first().toString();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
