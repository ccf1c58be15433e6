package org.annalist.dates.engine;

import java.time.LocalDate;

/** Places expressions that lack a year or a side (past or future) relative to the anchor day. */
final class Resolve {

  private Resolve() {}

  /**
   * The year of a month (and day, 0 when none) written without a year: the occurrence before
   * the anchor in a past-tense clause, after it in a future clause, the nearest one otherwise.
   */
  static int yearOf(LocalDate today, Tense tense, int month, int day) {
    int year = today.getYear();
    int here = today.getMonthValue() * 32 + (day == 0 ? 0 : today.getDayOfMonth());
    int there = month * 32 + day;
    if (tense == Tense.PAST) {
      int ahead = (month - today.getMonthValue()) * 31 + (day == 0 ? 0 : day - today.getDayOfMonth());
      boolean shortlyAfter = there > here && ahead <= (day == 0 ? 31 : 60);
      return there > here && !shortlyAfter ? year - 1 : year;
    }
    if (tense == Tense.FUTURE) {
      return there < here ? year + 1 : year;
    }
    int distance = (month - today.getMonthValue()) * 31 + (day == 0 ? 0 : day - today.getDayOfMonth());
    if (distance > 3 * 31) {
      return year - 1;
    }
    if (distance < -9 * 31) {
      return year + 1;
    }
    return year;
  }

  /**
   * The date of a weekday: the anchor day itself when it is that weekday (unless direction
   * asks otherwise), the previous one for past or undecided clauses, the next one for future
   * clauses. direction: -1 "last", +1 "next", 0 none.
   */
  static LocalDate weekday(LocalDate today, int isoDay, Tense tense, int direction) {
    int todayIso = today.getDayOfWeek().getValue();
    int back = Math.floorMod(todayIso - isoDay, 7);
    int forward = Math.floorMod(isoDay - todayIso, 7);
    if (direction < 0) {
      return today.minusDays(back == 0 ? 7 : back);
    }
    if (direction > 0) {
      return today.plusDays(forward == 0 ? 7 : forward);
    }
    if (back == 0) {
      return today;
    }
    return tense == Tense.FUTURE ? today.plusDays(forward) : today.minusDays(back);
  }

  /** The season of the given code nearest the anchor on the side the tense or direction gives. */
  static TimePoint season(LocalDate today, String code, Tense tense, int direction) {
    TimePoint current = TimePoint.seasonOf(today);
    TimePoint sameYear = TimePoint.season(current.year(), code);
    int order = compareSeasons(sameYear, current);
    if (direction < 0 || direction == 0 && tense == Tense.PAST) {
      return order >= (direction < 0 ? 0 : 1) ? sameYear.shift("Y", -1) : sameYear;
    }
    if (direction > 0 || tense == Tense.FUTURE) {
      return order <= (direction > 0 ? 0 : -1) ? sameYear.shift("Y", 1) : sameYear;
    }
    return sameYear;
  }

  private static int compareSeasons(TimePoint a, TimePoint b) {
    int years = Integer.compare(a.year(), b.year());
    return years != 0 ? years : Integer.compare(a.season, b.season);
  }
}
