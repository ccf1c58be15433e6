package org.annalist.dates.engine;

import java.time.LocalDate;

/**
 * What relative expressions of one document are resolved against: the document creation time
 * (or a configured fallback) and the dates the text itself mentioned last (narrative anchors).
 */
final class ResolutionContext {

  /** How many sentences back a narrative anchor stays usable. */
  static final int NARRATIVE_WINDOW = 3;

  private final Anchor documentAnchor;
  private TimePoint lastPoint;
  private int lastPointSentence = Integer.MIN_VALUE / 2;
  private TimePoint lastAbsolute;
  private int lastAbsoluteSentence = Integer.MIN_VALUE / 2;
  private TimePoint lastDay;
  private int lastDaySentence = Integer.MIN_VALUE / 2;
  private TimePoint lastPeriod;
  private int lastPeriodSentence = Integer.MIN_VALUE / 2;
  /** Offset added to token sentence numbers so that numbering continues across windows. */
  int sentenceBase;
  private int unresolved;

  ResolutionContext(Anchor documentAnchor) {
    this.documentAnchor = documentAnchor;
  }

  /** The DCT or configured anchor; null when there is none. */
  Anchor documentAnchor() {
    return documentAnchor;
  }

  LocalDate today() {
    return documentAnchor == null ? null : documentAnchor.date();
  }

  /** Records a calendar value the text mentioned, for later narrative anchoring. */
  void mentioned(TimePoint point, int sentence, boolean setsPeriod, boolean explicit) {
    int absolute = sentenceBase + sentence;
    if (explicit) {
      lastAbsolute = point;
      lastAbsoluteSentence = absolute;
    }
    if (!setsPeriod) {
      return;
    }
    lastPoint = point;
    lastPointSentence = absolute;
    if (point.granularity == Granularity.DAY) {
      lastDay = point;
      lastDaySentence = absolute;
    }
    if (setsPeriod && (point.granularity == Granularity.QUARTER || point.granularity == Granularity.HALF)
        && !laterThanTodaysQuarter(point)) {
      // a forecast ("through the third quarter of 1990") is not the period results are reported for
      lastPeriod = point;
      lastPeriodSentence = absolute;
    }
  }

  /** The last calendar value mentioned when it was mentioned in this sentence, else null. */
  TimePoint pointInSentence(int sentence) {
    return sentenceBase + sentence == lastPointSentence ? lastPoint : null;
  }

  /** The last mentioned day when it was mentioned in this sentence, else null. */
  TimePoint dayInSentence(int sentence) {
    return sentenceBase + sentence == lastDaySentence ? lastDay : null;
  }

  private boolean laterThanTodaysQuarter(TimePoint period) {
    LocalDate today = today();
    return today != null && period.start.isAfter(TimePoint.of(Granularity.QUARTER, today).start);
  }

  /** The last mentioned day, when it is recent enough to anchor "the next day". */
  TimePoint recentDay(int sentence) {
    return sentenceBase + sentence - lastDaySentence <= NARRATIVE_WINDOW ? lastDay : null;
  }

  /** The last calendar value mentioned, however far back. */
  TimePoint lastPoint() {
    return lastPoint;
  }

  /** The last mentioned day, however far back ("that day" can only point back to a day the text gave). */
  TimePoint lastDay() {
    return lastDay;
  }

  /** The last calendar value written out in full (with its year), when recent. */
  TimePoint recentAbsolute(int sentence) {
    return sentenceBase + sentence - lastAbsoluteSentence <= NARRATIVE_WINDOW ? lastAbsolute : null;
  }

  /** The last mentioned calendar value of any granularity, when recent. */
  TimePoint recentPoint(int sentence) {
    return sentenceBase + sentence - lastPointSentence <= NARRATIVE_WINDOW ? lastPoint : null;
  }

  /** The last fiscal-style period (quarter or half) mentioned, when recent. */
  TimePoint recentPeriod(int sentence) {
    return sentenceBase + sentence - lastPeriodSentence <= NARRATIVE_WINDOW ? lastPeriod : null;
  }

  /** Sentences between the last period mention and the given sentence (large when none). */
  int sentenceDistance(TimePoint period, int sentence) {
    return period == lastPeriod ? sentenceBase + sentence - lastPeriodSentence : Integer.MAX_VALUE;
  }

  /** The last fiscal-style period mentioned anywhere before. */
  TimePoint lastPeriod() {
    return lastPeriod;
  }

  private int lastDurationSentence = Integer.MIN_VALUE / 2;

  /** Records that a length of time ("the first nine months") was mentioned. */
  void mentionedDuration(int sentence) {
    lastDurationSentence = sentenceBase + sentence;
  }

  /** True when a length of time was mentioned in this sentence after the last period. */
  boolean durationSincePeriod(int sentence) {
    return lastDurationSentence == sentenceBase + sentence && lastDurationSentence >= lastPeriodSentence;
  }

  void countUnresolved() {
    unresolved++;
  }

  int unresolved() {
    return unresolved;
  }
}
