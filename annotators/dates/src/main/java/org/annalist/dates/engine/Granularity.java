package org.annalist.dates.engine;

/** How precise a calendar value is, coarsest first. */
enum Granularity {
  CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, WEEKEND, DAY;

  /** The granularity a time unit code (Y, M, W, D, Q, DE, CE) names, or null. */
  static Granularity ofUnit(String unit) {
    return switch (unit) {
      case "Y" -> YEAR;
      case "M" -> MONTH;
      case "W", "FN" -> WEEK;
      case "WE" -> WEEKEND;
      case "D" -> DAY;
      case "Q" -> QUARTER;
      case "DE" -> DECADE;
      case "CE" -> CENTURY;
      default -> null;
    };
  }
}
