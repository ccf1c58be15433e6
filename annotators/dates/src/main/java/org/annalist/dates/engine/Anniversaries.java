package org.annalist.dates.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * "The second anniversary": the day N years after an event. The event's date is usually written
 * elsewhere in the article, often after the anniversary phrase, so these are resolved once the
 * whole document is scanned: among the full dates the document mentions, the one whose Nth
 * anniversary falls closest to the document date (within a year before it and a month after it).
 * Unresolvable anniversaries are not annotated.
 */
final class Anniversaries {

  /** An anniversary phrase waiting for the document's dates. */
  record Pending(int begin, int end, int years) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Records "[the] Nth anniversary" at token i; returns the index after it, or -1. */
  int note(Scan s, int i) {
    int first = i;
    int j = s.is(i, "the") ? i + 1 : i;
    Scan.Piece ordinal = s.ordinal(j);
    if (ordinal == null || !s.is(ordinal.end(), "anniversary") || ordinal.value() < 1 || ordinal.value() > 500) {
      return -1;
    }
    int end = ordinal.end() + 1;
    pending.add(new Pending(s.at(first).begin, s.at(end - 1).end, ordinal.value()));
    return end;
  }

  /** The resolved anniversaries, given every mention of the document. */
  List<TimexMention> resolve(List<TimexMention> mentions, LocalDate dct) {
    List<TimexMention> resolved = new ArrayList<>();
    if (dct == null) {
      return resolved;
    }
    for (Pending anniversary : pending) {
      LocalDate best = null;
      LocalDate bestEvent = null;
      for (TimexMention mention : mentions) {
        LocalDate event = fullDate(mention);
        if (event == null) {
          continue;
        }
        LocalDate date = event.plusYears(anniversary.years());
        boolean plausible = !date.isBefore(dct.minusYears(1)) && !date.isAfter(dct.plusMonths(1));
        if (plausible && (best == null || Math.abs(date.toEpochDay() - dct.toEpochDay())
            < Math.abs(best.toEpochDay() - dct.toEpochDay()))) {
          best = date;
          bestEvent = event;
        }
      }
      if (best != null) {
        resolved.add(new TimexMention(anniversary.begin(), anniversary.end(), "DATE",
            TimePoint.of(Granularity.DAY, best).value(), null, TimePoint.of(Granularity.DAY, bestEvent).value(),
            "CONTEXT", null, null, "anniversary"));
      }
    }
    return resolved;
  }

  /** The day of an absolute, day-precise mention, or null. */
  private static LocalDate fullDate(TimexMention mention) {
    if (mention.anchorSource() != null || !"DATE".equals(mention.type()) || mention.value() == null
        || mention.value().length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(mention.value());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
