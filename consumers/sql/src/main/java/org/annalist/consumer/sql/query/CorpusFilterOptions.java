package org.annalist.consumer.sql.query;

import java.util.List;
import org.annalist.core.time.TimexInterval;
import picocli.CommandLine.Option;

/**
 * The who/where/when options that {@code annalist query} and {@code annalist search} share, checked
 * once and turned into the {@link Question} whose conditions both commands apply.
 */
public final class CorpusFilterOptions {

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Quotes whose resolved speaker or speaker mention contains NAME (case-insensitive)")
  String speaker;

  @Option(names = "--place", paramLabel = "NAME",
      description = "Mentions of the place NAME (resolved name or text), or with --within-km every place"
          + " mention near it; NAME may also be LAT,LON")
  String place;

  @Option(names = "--within-km", paramLabel = "N", description = "Radius around --place, in km (great-circle)")
  Double withinKm;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Documents published on or after DATE, or mentioning a date on or after it (YYYY, YYYY-MM or YYYY-MM-DD)")
  String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Documents published on or before DATE, or mentioning a date on or before it (a date mentioned"
          + " counts only when it lies entirely inside --from..--to)")
  String to;

  /** The question these options ask, with the words and limit of the command; a bad value is an {@link IllegalArgumentException}. */
  public Question question(List<String> words, int limit) {
    if (withinKm != null && (place == null || withinKm < 0 || withinKm.isNaN())) {
      throw new IllegalArgumentException(place == null ? "--within-km needs --place" : "--within-km must be >= 0");
    }
    String fromDay = from == null ? null : day(from, "--from", true);
    String toDay = to == null ? null : day(to, "--to", false);
    if (fromDay != null && toDay != null && fromDay.compareTo(toDay) > 0) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    return new Question(blankToNull(speaker), blankToNull(place), withinKm, fromDay, toDay, words, limit);
  }

  private static String day(String value, String option, boolean first) {
    TimexInterval interval = TimexInterval.of(value);
    if (interval == null || !value.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(option + " must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
    }
    return (first ? interval.first() : interval.last()).toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
