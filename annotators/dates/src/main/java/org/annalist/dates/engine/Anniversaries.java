package org.annalist.dates.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** The N of every "Nth anniversary" noted so far. */
  List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (Pending anniversary : pending) {
      if (!years.contains(anniversary.years())) {
        years.add(anniversary.years());
      }
    }
    return years;
  }

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

  /**
   * The resolved anniversaries, given every mention of the document. The event is looked up once
   * per distinct number of years (at most 500), so the work stays linear in the mentions.
   */
  List<TimexMention> resolve(List<TimexMention> mentions, LocalDate dct) {
    List<TimexMention> resolved = new ArrayList<>();
    if (dct == null || pending.isEmpty()) {
      return resolved;
    }
    List<LocalDate> events = new ArrayList<>();
    for (TimexMention mention : mentions) {
      LocalDate event = fullDate(mention);
      if (event != null) {
        events.add(event);
      }
    }
    Map<Integer, Optional<LocalDate>> eventByYears = new HashMap<>();
    for (Pending anniversary : pending) {
      Optional<LocalDate> event = eventByYears.computeIfAbsent(anniversary.years(), years -> closestEvent(events, years, dct));
      if (event.isPresent()) {
        LocalDate day = event.get().plusYears(anniversary.years());
        resolved.add(new TimexMention(anniversary.begin(), anniversary.end(), "DATE",
            TimePoint.of(Granularity.DAY, day).value(), null, TimePoint.of(Granularity.DAY, event.get()).value(),
            "CONTEXT", null, null, "anniversary"));
      }
    }
    return resolved;
  }

  /** The event whose anniversary of so many years falls closest to the DCT (a year before to a month after). */
  private static Optional<LocalDate> closestEvent(List<LocalDate> events, int years, LocalDate dct) {
    LocalDate best = null;
    LocalDate bestEvent = null;
    for (LocalDate event : events) {
      LocalDate date = event.plusYears(years);
      boolean plausible = !date.isBefore(dct.minusYears(1)) && !date.isAfter(dct.plusMonths(1));
      if (plausible && (best == null || Math.abs(date.toEpochDay() - dct.toEpochDay())
          < Math.abs(best.toEpochDay() - dct.toEpochDay()))) {
        best = date;
        bestEvent = event;
      }
    }
    return Optional.ofNullable(bestEvent);
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
