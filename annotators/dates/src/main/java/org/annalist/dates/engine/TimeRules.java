package org.annalist.dates.engine;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Times of day (TIMEX3 TIME): "1:30 a.m.", "10 p.m. Wednesday", "2230 GMT", "noon Thursday",
 * "this morning", "tonight", "last night", "Friday evening". The day comes from a date written
 * next to the time, else from the document date.
 */
final class TimeRules implements RuleFamily {

  /** A clock reading: hour, minute and the index after it. */
  private record Clock(int hour, int minute, int end, boolean certain) {}

  private final RuleFamily dayRules;

  /** dayRules reads a date next to the time ("Wednesday", "Nov. 9"). */
  TimeRules(RuleFamily dayRules) {
    this.dayRules = dayRules;
  }

  @Override
  public Match match(Scan s, int i) {
    Match best = clockTime(s, i);
    best = RuleFamily.longer(best, dayThenClock(s, i));
    best = RuleFamily.longer(best, partOfDay(s, i));
    best = RuleFamily.longer(best, partOfNamedDay(s, i));
    return best;
  }

  /** "the night of April 18, 1775", "the morning of 31 January": that part of the day named. */
  private Match partOfNamedDay(Scan s, int i) {
    String part = s.lexicon.partsOfDay.get(s.word(i));
    if (part == null || !s.is(i + 1, "of") || !s.sameSentence(i, i + 2)) {
      return null;
    }
    Match day = dayRules.match(s, i + 2);
    if (day == null || day.point == null || day.point.granularity != Granularity.DAY) {
      return null;
    }
    return timeMatch(s, i, day.end, day, part, "part-of-named-day");
  }

  /** clock [zone] [,] [on] [date]. */
  private Match clockTime(Scan s, int i) {
    Clock clock = clock(s, i);
    if (clock == null) {
      return null;
    }
    int end = clock.end();
    Match day = null;
    int dateAt = end;
    if (s.is(dateAt, "local") && s.is(dateAt + 1, "time")) {
      // "2:46 p.m. local time Friday"
      dateAt += 2;
    }
    Match aside = dayBeyondParenthesis(s, dateAt);
    dateAt = s.optional(dateAt, ",");
    dateAt = s.optional(dateAt, "on");
    Match candidate = aside != null ? aside : dayRules.match(s, dateAt);
    if (candidate != null && candidate.point != null && candidate.point.granularity == Granularity.DAY
        && s.sameSentence(i, candidate.first)) {
      candidate = candidate.copy(candidate.first);
      day = candidate;
      if (aside == null) {
        end = candidate.end;
      }
      if (candidate.rule.equals("weekday") && s.context.today() != null) {
        // the clause around the whole "4 a.m. EDT Thursday" decides the side, not just the day name
        int isoDay = candidate.point.start.getDayOfWeek().getValue();
        LocalDate date = Resolve.weekday(s.context.today(), isoDay, s.tense(i, end), 0);
        candidate.point(TimePoint.of(Granularity.DAY, date));
      }
    } else if (!clock.certain()) {
      return null;
    }
    return timeMatch(s, i, end, day, TimePoint.clock(clock.hour(), clock.minute()), "clock");
  }

  /** Tokens a parenthesis may hold for {@link #dayBeyondParenthesis} to look through it. */
  private static final int PARENTHESIS_SPAN = 8;

  /**
   * The day that dates a clock time across a parenthesis, the parenthesis itself left out of the
   * expression: the day after a parenthesis that follows the clock ("at 10:35 a.m. (0735 GMT)
   * Friday"), the day that closes it ("at 4 in the morning (4 a.m. EDT Thursday)"), or, for a
   * clock inside the parenthesis, the day after it ("(0735 GMT) Friday"). Null when there is none.
   */
  private Match dayBeyondParenthesis(Scan s, int at) {
    if (s.is(at, ")")) {
      return dayAt(s, s.optional(at + 1, ","), at);
    }
    if (!s.is(at, "(")) {
      return null;
    }
    for (int close = at + 1; close <= at + PARENTHESIS_SPAN && s.at(close) != null && s.sameSentence(at, close); close++) {
      if (s.is(close, "(")) {
        return null;
      }
      if (s.is(close, ")")) {
        Match after = dayAt(s, s.optional(close + 1, ","), close);
        if (after != null) {
          return after;
        }
        for (int inner = at + 1; inner < close; inner++) {
          Match day = dayAt(s, inner, at);
          if (day != null && day.end == close) {
            return day;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** A day-granular date expression starting at index, in the sentence of the token at from. */
  private Match dayAt(Scan s, int index, int from) {
    if (s.at(index) == null || !s.sameSentence(from, index)) {
      return null;
    }
    Match day = dayRules.match(s, s.optional(index, "on"));
    return day != null && day.point != null && day.point.granularity == Granularity.DAY ? day : null;
  }

  /** date [at|,] clock: "Wednesday at 10 p.m.", "Nov. 9, 5 p.m.". */
  private Match dayThenClock(Scan s, int i) {
    Match day = dayRules.match(s, i);
    if (day == null || day.point == null || day.point.granularity != Granularity.DAY) {
      return null;
    }
    int at = day.end;
    if (s.is(at, "at") || s.is(at, ",")) {
      at++;
    }
    Clock clock = clock(s, at);
    if (clock != null && clock.certain()) {
      return timeMatch(s, i, clock.end(), day, TimePoint.clock(clock.hour(), clock.minute()), "day-clock");
    }
    String part = s.lexicon.partsOfDay.get(s.word(day.end));
    if (part != null && !s.is(day.end, "night") || part != null && s.is(day.end, "night")) {
      return timeMatch(s, i, day.end + 1, day, part, "day-part");
    }
    return null;
  }

  /** this morning, tonight, last night, overnight, yesterday afternoon (handled above), mid-afternoon. */
  private Match partOfDay(Scan s, int i) {
    String tonight = s.lexicon.deicticPartsOfDay.get(s.word(i));
    if (tonight != null) {
      return timeMatch(s, i, i + 1, null, tonight, "tonight");
    }
    if (s.is(i, "this") || s.is(i, "last")) {
      String part = s.lexicon.partsOfDay.get(s.word(i + 1));
      if (part == null) {
        return null;
      }
      if (s.is(i, "last")) {
        if (!s.is(i + 1, "night")) {
          return null;
        }
        LocalDate today = s.context.today();
        Match yesterday = new Match(i, i + 1, "yesterday");
        if (today != null) {
          yesterday.point(TimePoint.of(Granularity.DAY, today.minusDays(1)));
        }
        return timeMatch(s, i, i + 2, yesterday, part, "last-night");
      }
      return timeMatch(s, i, i + 2, null, part, "this-part-of-day");
    }
    if ((s.is(i, "next") || s.is(i, "following")) && s.is(i - 1, "the") || s.is(i, "that")) {
      return narratedPartOfDay(s, i);
    }
    if (s.is(i, "overnight")) {
      Match night = new Match(i, i + 1, "overnight");
      LocalDate today = s.context.today();
      TimePoint narrated = s.context.dayInWindow(s.at(i).sentence);
      if (today != null && narrated != null && !narrated.start.isAfter(today)) {
        // "shares closed lower Friday ... depressed initially by overnight losses in New York":
        // the night before the day the story is telling
        night.point(TimePoint.of(Granularity.DAY, narrated.start.minusDays(1)));
        night.anchor = narrated.value();
        night.anchorSource = "CONTEXT";
      } else if (today != null) {
        night.point(TimePoint.of(Granularity.DAY, today.minusDays(1)));
        night.anchored(s.context.documentAnchor());
      }
      return timeMatch(s, i, i + 1, s.context.today() == null ? null : night, "NI", "overnight");
    }
    if (s.is(i, "mid") || s.is(i, "late") || s.is(i, "early")) {
      int j = s.optionalHyphen(i + 1);
      String part = s.lexicon.partsOfDay.get(s.word(j));
      if (part != null && !s.is(j, "night")) {
        Match match = timeMatch(s, i, j + 1, null, part, "modified-part-of-day");
        Match day = dayRules.match(s, j + 1);
        if (day != null && day.point != null && day.point.granularity == Granularity.DAY) {
          match = timeMatch(s, i, day.end, day, part, "modified-part-of-day");
        }
        return match;
      }
    }
    return null;
  }

  /** h[:mm] a.m./p.m. [zone], h:mm [zone], hhmm zone, noon, midnight. */
  private Clock clock(Scan s, int i) {
    String noon = s.lexicon.noonWords.get(s.word(i));
    if (noon != null && s.is(i - 1, "high")) {
      // "high noon": a decisive moment, not a clock time
      return null;
    }
    if (noon != null) {
      String[] parts = noon.split(":");
      return new Clock(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), zone(s, i + 1), true);
    }
    Token hourToken = s.at(i);
    if (hourToken == null || !hourToken.isNumber()) {
      return null;
    }
    if (hourToken.digits() == 4) {
      int hour = hourToken.number / 100;
      int minute = hourToken.number % 100;
      int afterZone = zone(s, i + 1);
      boolean hours = s.is(i + 1, "hours") || s.is(i + 1, "hrs") || s.is(i + 1, "h");
      if (hour <= 24 && minute < 60 && (afterZone > i + 1 && !s.is(i + 1, "z") || hours)) {
        return new Clock(hour, minute, hours ? i + 2 : afterZone, true);
      }
      return null;
    }
    if (hourToken.digits() > 2 || hourToken.number > 24) {
      return null;
    }
    int hour = hourToken.number;
    int minute = 0;
    int j = i + 1;
    boolean certain = false;
    if (s.is(j, ":") && s.at(j + 1) != null && s.at(j + 1).isNumber() && s.at(j + 1).digits() == 2
        && s.at(j + 1).attached && s.at(j).attached) {
      minute = s.at(j + 1).number;
      if (minute >= 60) {
        return null;
      }
      j += 2;
      certain = true;
    }
    int meridiem = meridiem(s, j);
    if (meridiem > 0) {
      if (hour > 12 || hour == 0) {
        return null;
      }
      boolean pm = s.word(j).startsWith("p");
      hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
      j = meridiem;
      certain = true;
    } else if (s.is(j, "o") && s.is(j + 1, "'") && s.is(j + 2, "clock")) {
      j += 3;
      certain = true;
    } else if (s.is(j, "in") && s.is(j + 1, "the") && s.lexicon.partsOfDay.containsKey(s.word(j + 2)) && hour <= 12) {
      String part = s.lexicon.partsOfDay.get(s.word(j + 2));
      if (!part.equals("MO") && hour < 12) {
        hour += 12;
      }
      j += 3;
      certain = true;
    }
    int afterZone = zone(s, j);
    if (afterZone > j && certain) {
      j = afterZone;
    } else if (afterZone > j && s.at(j - 1).isNumber() && minute > 0) {
      j = afterZone;
      certain = true;
    }
    if (!certain) {
      return null;
    }
    return new Clock(hour, minute, j, true);
  }

  /** a.m. / p.m. / am / pm at i: returns the index after it, or -1. */
  private static int meridiem(Scan s, int i) {
    String word = s.word(i);
    if ((word.equals("a") || word.equals("p")) && s.is(i + 1, ".") && s.is(i + 2, "m")) {
      return s.is(i + 3, ".") ? i + 4 : i + 3;
    }
    if (word.equals("am") || word.equals("pm")) {
      Token token = s.at(i);
      return token.attached || token.text.equals("AM") || token.text.equals("PM") || s.at(i - 1).isNumber()
          ? s.optional(i + 1, ".") : -1;
    }
    return -1;
  }

  private static int zone(Scan s, int i) {
    return s.lexicon.timeZones.contains(s.word(i)) && s.at(i).text.toUpperCase(Locale.ROOT).equals(s.at(i).text)
        ? i + 1 : i;
  }

  /**
   * "the next morning", "the following evening": that part of the day after the day the text is
   * narrating; "that morning", "that night": of the narrated day itself (the last day the text
   * gave, however far back, as for "that day"). Without such a day the day stays unknown
   * ({@code XXXX-XX-XXTMO}): the DCT is no anchor for them.
   */
  private Match narratedPartOfDay(Scan s, int i) {
    String part = s.lexicon.partsOfDay.get(s.word(i + 1));
    if (part == null || s.is(i + 1, "overnight")) {
      return null;
    }
    boolean that = s.is(i, "that");
    if (that && s.isAny(i - 1, s.lexicon.reportingVerbs)) {
      // "officials said that morning patrols ...": a conjunction, not a demonstrative
      return null;
    }
    int sentence = s.at(i).sentence;
    TimePoint narrated = s.context.recentDay(sentence);
    if (narrated == null && that) {
      narrated = s.context.lastDay();
    }
    String rule = that ? "that-part-of-day" : "next-part-of-day";
    Match day = new Match(i, i + 2, rule);
    if (narrated != null) {
      day.point(narrated.shift("D", that ? 0 : 1));
      day.anchor = narrated.value();
      day.anchorSource = "CONTEXT";
    }
    Match match = timeMatch(s, i, i + 2, day, part, rule);
    match.takesDeterminer = !that;
    return match;
  }

  private Match timeMatch(Scan s, int first, int end, Match day, String clock, String rule) {
    Match match = new Match(first, end, rule);
    match.type = "TIME";
    LocalDate date = null;
    if (day != null && day.point != null) {
      date = day.point.start;
      match.anchor = day.anchor;
      match.anchorSource = day.anchorSource;
      match.absolute = day.absolute;
    } else if (day == null && rule.equals("clock") && s.context.dayInWindow(s.at(first).sentence) != null
        && s.tense(first, end) == Tense.PAST) {
      // a bare clock time in a narrative about a given day: "Oct. 23, 1998 ... shot at 10 p.m."
      TimePoint narrativeDay = s.context.dayInWindow(s.at(first).sentence);
      date = narrativeDay.start;
      match.anchor = narrativeDay.value();
      match.anchorSource = "CONTEXT";
    } else if (day == null && s.context.today() != null) {
      date = s.context.today();
      match.anchored(s.context.documentAnchor());
    }
    String time = clock.contains(":") ? clock : clock;
    if (date == null) {
      match.value = "XXXX-XX-XXT" + time;
      match.anchorSource = "UNRESOLVED";
      s.context.countUnresolved();
    } else {
      match.value = TimePoint.of(Granularity.DAY, date).value() + "T" + time;
      match.point = TimePoint.of(Granularity.DAY, date);
    }
    return match;
  }
}
