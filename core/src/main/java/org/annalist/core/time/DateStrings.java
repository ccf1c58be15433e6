package org.annalist.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date strings found in metadata, meta tags, JSON-LD and datelines to ISO 8601:
 * {@code YYYY-MM-DD} when only the day is known, the full timestamp
 * ({@code 2020-01-03T10:15:00+03:00}, or without offset when none is given) when a time is known.
 * Returns null for anything it cannot read or for years outside 1000..2999.
 */
public final class DateStrings {

  private static final Pattern ISO_PREFIX =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?"
          + "\\s?(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern ISO_DAY_INSIDE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT_PREFIX = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T|\\b|$)");
  private static final String MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));
  private static final List<DateTimeFormatter> ZONED = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      formatter("EEE, d MMM yyyy HH:mm[:ss] zzz"),
      formatter("EEE MMM d HH:mm:ss zzz yyyy"));
  private static final List<DateTimeFormatter> DAYS = List.of(
      formatter("MMMM d, yyyy"), formatter("MMM d, yyyy"), formatter("MMM. d, yyyy"),
      formatter("d MMMM yyyy"), formatter("d MMM yyyy"));

  private DateStrings() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /** The ISO form of a value that is a date as a whole ("January 3, 2020", "20200103", RFC 1123). */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    if (value.isEmpty() || value.length() > 64) {
      return null;
    }
    Matcher iso = ISO_PREFIX.matcher(value);
    if (iso.lookingAt()) {
      return fromIsoParts(iso);
    }
    Matcher compact = COMPACT.matcher(value);
    if (compact.matches()) {
      return day(compact.group(1), compact.group(2), compact.group(3));
    }
    for (DateTimeFormatter formatter : ZONED) {
      try {
        ZonedDateTime parsed = ZonedDateTime.parse(value, formatter);
        return plausible(parsed.getYear())
            ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(parsed.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS))
            : null;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    for (DateTimeFormatter formatter : DAYS) {
      try {
        TemporalAccessor parsed = formatter.parse(value);
        LocalDate date = LocalDate.from(parsed);
        return plausible(date.getYear()) ? date.toString() : null;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  /**
   * The ISO form of the first date written in a line of text ("Published Wednesday, January 5,
   * 2022 10:00 GMT", "Updated: 5 Jan 2022"): the whole line when it is a date, else the first
   * numeric or written-out day in it.
   */
  public static String find(String line) {
    String whole = normalise(line);
    if (whole != null || line == null || line.length() > 200) {
      return whole;
    }
    Matcher iso = ISO_DAY_INSIDE.matcher(line);
    if (iso.find()) {
      return day(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher monthFirst = MONTH_FIRST.matcher(line);
    if (monthFirst.find()) {
      return day(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
    }
    Matcher dayFirst = DAY_FIRST.matcher(line);
    if (dayFirst.find()) {
      return day(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
    }
    Matcher compact = COMPACT_PREFIX.matcher(line.strip());
    return compact.lookingAt() ? day(compact.group(1), compact.group(2), compact.group(3)) : null;
  }

  /** Only the day (YYYY-MM-DD) of {@link #find}, or null. */
  public static String datePart(String line) {
    String iso = find(line);
    return iso == null ? null : iso.substring(0, 10);
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
  }

  private static String fromIsoParts(Matcher m) {
    String day = day(m.group(1), m.group(2), m.group(3));
    if (day == null || m.group(4) == null) {
      return day;
    }
    try {
      String seconds = m.group(6) == null ? "00" : m.group(6);
      LocalDateTime local = LocalDateTime.parse(day + "T" + m.group(4) + ":" + m.group(5) + ":" + seconds);
      String zone = m.group(7);
      if (zone == null) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
      }
      String offset = zone.equals("Z") ? "+00:00" : normaliseOffset(zone);
      OffsetDateTime timestamp = OffsetDateTime.parse(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local) + offset);
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timestamp);
    } catch (DateTimeParseException e) {
      return day;
    }
  }

  private static String normaliseOffset(String zone) {
    String digits = zone.substring(1).replace(":", "");
    if (digits.length() == 2) {
      digits = digits + "00";
    }
    return zone.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2, 4);
  }

  private static String day(String year, String month, String dayOfMonth) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth));
      return plausible(date.getYear()) ? date.toString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean plausible(int year) {
    return year >= 1000 && year <= 2999;
  }
}
