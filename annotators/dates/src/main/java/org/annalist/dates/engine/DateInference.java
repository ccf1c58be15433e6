package org.annalist.dates.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the date of a document that has none from its own text and source address. Evidence,
 * strongest first: a date in the source URL (/2022/01/05/), an "Updated ..." / "Published ..." line,
 * a caption or heading that gives a weekday with a full date ("Wednesday, Jan. 5, 2022"), a dateline
 * ("BAGHDAD, Jan. 5, 2022 -"), "the Nth anniversary of" an event whose full date the text gives, the
 * latest full date of the text whose weekday the text also names. A date found this way is moved
 * forward over the following days whose weekdays the text names (a story written on Wednesday
 * about an anniversary on Monday). When two pieces of evidence of about the same weight
 * disagree by more than {@link #AGREEMENT_DAYS} days nothing is inferred; clearly weaker evidence
 * that disagrees lowers the confidence. Today's date is never used.
 */
public final class DateInference {

  /** The inferred day, a confidence in [0, 1], and what it was read from. */
  public record Inferred(LocalDate date, double confidence, String evidence) {}

  static final int AGREEMENT_DAYS = 3;
  /** Evidence this much weaker than the strongest piece is overruled when it disagrees, not a veto. */
  static final double OVERRULED_MARGIN = 0.15;
  private static final Pattern URL_DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})[/_-]([01]?[0-9])[/_-]([0-3]?[0-9])(?![0-9])");
  private static final Pattern URL_COMPACT_DATE = Pattern.compile(
      "/((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?:/|[^0-9])");
  private static final Pattern UPDATED_LINE = Pattern.compile(
      "(?i)^\\s*(?:last\\s+)?(?:updated|published|posted|first\\s+published|modified|date)\\b[\\s:,\\-–]*(?:on\\s+)?");
  private static final Pattern DATELINE = Pattern.compile("^\\s*[A-Z][A-Z .'/\\-]{1,40}(?:\\([A-Za-z .]+\\))?,\\s*$");
  private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday"};

  private record Candidate(LocalDate date, double confidence, String evidence) {}

  private DateInference() {}

  /**
   * @param mentions what a reading without any document date found (full dates are absolute;
   *     bare weekdays stay XXXX-WXX-N)
   * @param anniversaryYears the N of each "Nth anniversary" the text mentions
   */
  static Inferred infer(CharSequence text, List<TimexMention> mentions, List<Integer> anniversaryYears, String sourceUri) {
    List<Candidate> candidates = new ArrayList<>();
    LocalDate fromUrl = urlDate(sourceUri);
    if (fromUrl != null) {
      candidates.add(new Candidate(fromUrl, 0.9, "date in the source address"));
    }
    boolean[] namedWeekdays = new boolean[8];
    List<LocalDate> fullDates = new ArrayList<>();
    for (TimexMention mention : mentions) {
      if ("weekday".equals(mention.rule()) && mention.value() != null && mention.value().startsWith("XXXX-WXX-")) {
        int day = mention.value().charAt(mention.value().length() - 1) - '0';
        if (day >= 1 && day <= 7) {
          namedWeekdays[day] = true;
        }
      }
      LocalDate full = fullDate(mention);
      if (full == null) {
        continue;
      }
      fullDates.add(full);
      String linePrefix = linePrefix(text, mention.begin());
      if (UPDATED_LINE.matcher(linePrefix).lookingAt() && linePrefix.length() < 60) {
        candidates.add(new Candidate(full, 0.9, "an \"Updated\"/\"Published\" line"));
      } else if (weekdayBefore(text, mention.begin()) == full.getDayOfWeek().getValue()
          || weekdayAt(text, mention.begin(), mention.end()) == full.getDayOfWeek().getValue()) {
        candidates.add(new Candidate(full, 0.8, "a weekday with a full date (caption or heading)"));
      } else if (DATELINE.matcher(linePrefix).matches()) {
        candidates.add(new Candidate(full, 0.8, "a dateline"));
      }
    }
    if (!fullDates.isEmpty()) {
      LocalDate latest = fullDates.stream().max(LocalDate::compareTo).get();
      boolean latestIsAnEvent = false;
      for (int years : anniversaryYears) {
        LocalDate best = null;
        LocalDate bestEvent = null;
        for (LocalDate event : fullDates) {
          LocalDate day = event.plusYears(years);
          if (!day.isBefore(latest) && (best == null || day.isBefore(best))) {
            best = day;
            bestEvent = event;
          }
        }
        if (best != null) {
          candidates.add(new Candidate(best, 0.6, "the " + years + "-year anniversary of a date the text gives"));
          latestIsAnEvent |= bestEvent.equals(latest);
        }
      }
      // the date an anniversary is counted from lies years back: it does not date the story
      if (!latestIsAnEvent && namedWeekdays[latest.getDayOfWeek().getValue()]) {
        candidates.add(new Candidate(latest, 0.5, "the latest full date, whose weekday the text names"));
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    double best = candidates.stream().mapToDouble(Candidate::confidence).max().getAsDouble();
    Candidate chosen = null;
    for (Candidate candidate : candidates) {
      if (candidate.confidence() == best && chosen == null) {
        chosen = candidate;
      }
    }
    LocalDate date = placed(chosen, namedWeekdays);
    int agreeing = 0;
    int overruled = 0;
    for (Candidate candidate : candidates) {
      if (candidate == chosen) {
        continue;
      }
      boolean agrees = Math.abs(placed(candidate, namedWeekdays).toEpochDay() - date.toEpochDay()) <= AGREEMENT_DAYS;
      if (agrees) {
        agreeing++;
      } else if (candidate.confidence() > best - OVERRULED_MARGIN) {
        // two pieces of evidence of about the same weight disagree: no inference
        return null;
      } else {
        overruled++;
      }
    }
    double confidence = Math.min(0.95, chosen.confidence() + 0.05 * agreeing - 0.1 * overruled);
    String evidence = chosen.evidence() + (date.equals(chosen.date()) ? "" : " (" + chosen.date()
        + ", moved over the following weekdays the text names)") + (agreeing > 0 ? "; " + agreeing + " more agree" : "")
        + (overruled > 0 ? "; " + overruled + " weaker disagree" : "");
    return new Inferred(date, Math.round(confidence * 100) / 100.0, evidence);
  }

  /**
   * Where a candidate puts the document: an address, a publication line, a caption or a dateline
   * date the document itself; weaker evidence (an anniversary, the latest date) a day the story
   * looks back from, so it is moved to the latest weekday the text names in the six days after it.
   */
  private static LocalDate placed(Candidate candidate, boolean[] namedWeekdays) {
    return candidate.confidence() < 0.7 ? forwardToNamedWeekday(candidate.date(), namedWeekdays) : candidate.date();
  }

  /**
   * The last day of the run of consecutive days from date on whose weekdays the text names (at
   * most six days on): Monday's anniversary in a story that also speaks of Tuesday and Wednesday
   * was written on Wednesday.
   */
  private static LocalDate forwardToNamedWeekday(LocalDate date, boolean[] named) {
    LocalDate day = date;
    for (int k = 0; k < 6 && named[day.plusDays(1).getDayOfWeek().getValue()]; k++) {
      day = day.plusDays(1);
    }
    return day;
  }

  static LocalDate urlDate(String uri) {
    if (uri == null || uri.isEmpty() || uri.startsWith("file:")) {
      return null;
    }
    for (Pattern pattern : new Pattern[] {URL_DATE, URL_COMPACT_DATE}) {
      Matcher matcher = pattern.matcher(uri);
      if (matcher.find()) {
        LocalDate date = Scan.dateOrNull(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static LocalDate fullDate(TimexMention mention) {
    String value = mention.value();
    if (mention.anchorSource() != null || !"DATE".equals(mention.type()) || value == null || value.length() != 10
        || value.charAt(4) != '-') {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The text from the start of the line up to offset (at most 200 characters). */
  private static String linePrefix(CharSequence text, int offset) {
    int from = offset;
    while (from > 0 && text.charAt(from - 1) != '\n' && offset - from < 200) {
      from--;
    }
    return text.subSequence(from, offset).toString();
  }

  /** The ISO number of a weekday name a mention starts with ("Wednesday, Jan. 5, 2022"), else 0. */
  private static int weekdayAt(CharSequence text, int begin, int end) {
    int stop = begin;
    while (stop < end && Character.isLetter(text.charAt(stop)) && stop - begin < 10) {
      stop++;
    }
    return weekdayNumber(text.subSequence(begin, stop).toString());
  }

  private static int weekdayNumber(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int k = 0; k < WEEKDAYS.length; k++) {
      if (WEEKDAYS[k].equals(lower)) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The ISO number of a weekday name written right before offset ("Wednesday, "), else 0. */
  private static int weekdayBefore(CharSequence text, int offset) {
    int end = offset;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1)) && end - begin < 10) {
      begin--;
    }
    return weekdayNumber(text.subSequence(begin, end).toString());
  }
}
