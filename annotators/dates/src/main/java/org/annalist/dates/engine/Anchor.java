package org.annalist.dates.engine;

import java.time.LocalDate;

/**
 * A date relative expressions are resolved against.
 *
 * @param date the anchor day
 * @param value its TIMEX3 value as recorded on the mention
 * @param source DCT, CONFIGURED or CONTEXT
 */
record Anchor(LocalDate date, String value, String source) {

  static Anchor of(LocalDate date, String source) {
    return new Anchor(date, TimePoint.of(Granularity.DAY, date).value(), source);
  }
}
