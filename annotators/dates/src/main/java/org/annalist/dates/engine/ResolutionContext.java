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
  /** True when underspecified expressions follow the time the narrative has reached, not the DCT. */
  private final boolean narrative;
  /** The last date of year granularity or finer the text mentioned (the narrative's reference time). */
  private TimePoint reference;
  private Anchor referenceAnchor;
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
    this(documentAnchor, false);
  }

  ResolutionContext(Anchor documentAnchor, boolean narrative) {
    this.documentAnchor = documentAnchor;
    this.narrative = narrative;
  }

  boolean narrative() {
    return narrative;
  }

  /**
   * What underspecified expressions are resolved against: in a narrative the last date the text
   * reached (source CONTEXT) once there is one, else the DCT, configured or inferred anchor; null
   * when there is none.
   */
  Anchor documentAnchor() {
    return narrative && referenceAnchor != null ? referenceAnchor : documentAnchor;
  }

  /** The day of {@link #documentAnchor()}. */
  LocalDate today() {
    Anchor anchor = documentAnchor();
    return anchor == null ? null : anchor.date();
  }

  /** The document's own date (DCT, configured or inferred) whatever the document type: for deictic words. */
  Anchor dctAnchor() {
    return documentAnchor;
  }

  LocalDate dct() {
    return documentAnchor == null ? null : documentAnchor.date();
  }

  /**
   * The year of a month (and day) written without one: in a narrative the year the text has
   * reached, else the side of the anchor the tense gives ({@link Resolve#yearOf}).
   */
  int yearOf(LocalDate today, Tense tense, int month, int day) {
    if (narrative && reference != null) {
      return narrativeYear();
    }
    return Resolve.yearOf(today, tense, month, day);
  }

  /** In a narrative, the last date of year granularity or finer the text reached; else null. */
  TimePoint narrativeReference() {
    return narrative ? reference : null;
  }

  /**
   * The year a month or day without one belongs to in a narrative: the year of the reference,
   * unless that was named in passing (not at the start of its sentence: "a campaign planned in
   * 1976", "surpassing the May 2007 high") and the mentions just before it agree on another year
   * (they outvote it: {@link #RECENT_YEARS} mentions, the last one counting one and a half).
   */
  int narrativeYear() {
    int latest = reference.year();
    if (recentYearCount == 0 || recentOpening[(recentYearCount - 1) % RECENT_YEARS]) {
      return latest;
    }
    int best = latest;
    double bestWeight = 0;
    int kept = Math.min(recentYearCount, RECENT_YEARS);
    for (int k = 0; k < kept; k++) {
      int candidate = recentYears[k];
      double weight = 0;
      for (int m = 0; m < kept; m++) {
        if (recentYears[m] == candidate) {
          weight += m == (recentYearCount - 1) % RECENT_YEARS ? LAST_MENTION_WEIGHT : 1;
        }
      }
      if (weight > bestWeight || weight == bestWeight && candidate == latest) {
        best = candidate;
        bestWeight = weight;
      }
    }
    return best;
  }

  /** How many of the last reference mentions vote on the year of a month without one. */
  static final int RECENT_YEARS = 4;
  private static final double LAST_MENTION_WEIGHT = 1.5;
  private final int[] recentYears = new int[RECENT_YEARS];
  private final boolean[] recentOpening = new boolean[RECENT_YEARS];
  private int recentYearCount;

  /**
   * Records a calendar value the text mentioned, for later narrative anchoring.
   *
   * @param opensSentence the expression stands at the start of its sentence ("In 1944, ...")
   */
  void mentioned(TimePoint point, int sentence, boolean setsPeriod, boolean explicit, boolean deictic,
      boolean opensSentence) {
    if (!deictic && point.granularity.ordinal() >= Granularity.YEAR.ordinal() && point.value() != null) {
      reference = point;
      referenceAnchor = new Anchor(point.start, point.value(), "CONTEXT");
      int slot = recentYearCount % RECENT_YEARS;
      recentYears[slot] = point.year();
      recentOpening[slot] = opensSentence;
      recentYearCount++;
    }
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
    return narrative || sentenceBase + sentence - lastDaySentence <= NARRATIVE_WINDOW ? lastDay : null;
  }

  /** The last mentioned day when it was mentioned in the last few sentences, also in a narrative. */
  TimePoint dayInWindow(int sentence) {
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
    if (narrative) {
      return lastPoint;
    }
    return sentenceBase + sentence - lastAbsoluteSentence <= NARRATIVE_WINDOW ? lastAbsolute : null;
  }

  /** The last mentioned calendar value of any granularity, when recent. */
  TimePoint recentPoint(int sentence) {
    return narrative || sentenceBase + sentence - lastPointSentence <= NARRATIVE_WINDOW ? lastPoint : null;
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
