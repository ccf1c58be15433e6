package org.annalist.dates.eval;

import java.util.Objects;

/**
 * Compares TIMEX3 values across the spellings of years before the common era: the TIMEX2 spelling
 * TimeML corpora use and this annotator emits ("BC0490", "BC0479-06", decades "BC048", centuries
 * "BC04") and the ISO 8601 expanded, astronomical spelling ("-0489", "-0478-06", in which 1 BC is
 * year 0). Any other value is compared as written.
 */
public final class TimexValues {

  private TimexValues() {}

  /** True when the two values name the same time. */
  public static boolean same(String gold, String system) {
    return Objects.equals(canonical(gold), canonical(system));
  }

  /** The value with an ISO astronomical year ("-0489...") rewritten as "BC0490..."; others unchanged. */
  public static String canonical(String value) {
    if (value == null || value.length() < 5 || value.charAt(0) != '-') {
      return value;
    }
    int end = 1;
    while (end < value.length() && Character.isDigit(value.charAt(end))) {
      end++;
    }
    if (end - 1 < 4 || end - 1 > 6) {
      return value;
    }
    long astronomical = Long.parseLong(value.substring(1, end));
    String historical = Long.toString(astronomical + 1);
    StringBuilder out = new StringBuilder("BC");
    for (int k = historical.length(); k < 4; k++) {
      out.append('0');
    }
    return out.append(historical).append(value, end, value.length()).toString();
  }
}
