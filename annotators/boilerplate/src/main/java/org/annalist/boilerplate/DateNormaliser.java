package org.annalist.boilerplate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the date strings found in meta tags, JSON-LD and datelines into ISO 8601. */
public final class DateNormaliser {

  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T|\\b|$)");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
          Map.entry("dec", 12));

  private DateNormaliser() {}

  /**
   * The ISO form of a date string: a full timestamp when the input is one, else YYYY-MM-DD; null
   * when no plausible date (years 1900..2100) is found.
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    if (value.isEmpty() || value.length() > 200) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toString();
    } catch (DateTimeParseException ignored) {
      // fall through to the looser forms
    }
    Matcher iso = ISO_DATE.matcher(value);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher monthFirst = MONTH_FIRST.matcher(value);
    if (monthFirst.find()) {
      return date(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
    }
    Matcher dayFirst = DAY_FIRST.matcher(value);
    if (dayFirst.find()) {
      return date(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
    }
    Matcher compact = COMPACT.matcher(value);
    if (compact.lookingAt()) {
      return date(compact.group(1), compact.group(2), compact.group(3));
    }
    return null;
  }

  /** Only the date part (YYYY-MM-DD) of a normalised value, or null. */
  public static String datePart(String raw) {
    String iso = normalise(raw);
    return iso == null ? null : iso.substring(0, 10);
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
  }

  private static String date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
