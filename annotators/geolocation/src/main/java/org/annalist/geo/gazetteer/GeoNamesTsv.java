package org.annalist.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * Parses GeoNames' main TSV format (allCountries.txt, cities500.txt, ...: 19 tab-separated
 * columns) into {@link PlaceRecord}s plus their alternate names.
 */
public final class GeoNamesTsv {

  private GeoNamesTsv() {}

  /** Receives each place, its raw comma-separated alternate names and its admin2 code. */
  @FunctionalInterface
  public interface PlaceSink {
    /** @param admin2Code "CC.A1.A2", or null when the row has none */
    void accept(PlaceRecord place, String alternates, String admin2Code);
  }

  /** Calls {@code sink} with each place and its raw comma-separated alternate names. */
  public static long read(BufferedReader reader, BiConsumer<PlaceRecord, String> sink)
      throws IOException {
    return read(reader, (place, alternates, admin2) -> sink.accept(place, alternates));
  }

  /** Calls {@code sink} with each place, its alternate names and its second-level division. */
  public static long read(BufferedReader reader, PlaceSink sink) throws IOException {
    long count = 0;
    String line;
    String[] f = new String[19];
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      if (split(line, f) < 15) {
        continue;
      }
      try {
        long id = Long.parseLong(f[0]);
        char featureClass = f[6].isEmpty() ? 'P' : f[6].charAt(0);
        String cc = f[8];
        String admin1 = f[10].isEmpty() || cc.isEmpty() ? null : cc + "." + f[10];
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        PlaceRecord place = new PlaceRecord(id, f[1], featureClass, f[7], cc, admin1,
            Double.parseDouble(f[4]), Double.parseDouble(f[5]), population);
        String admin2 = admin1 == null || f[11].isEmpty() ? null : admin1 + "." + f[11];
        sink.accept(place, f[2] + "," + f[3], admin2);
        count++;
      } catch (NumberFormatException e) {
        // a malformed row (header or broken line) is skipped
      }
    }
    return count;
  }

  private static int split(String line, String[] fields) {
    int n = 0;
    int start = 0;
    for (int i = 0; i <= line.length() && n < fields.length; i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        fields[n++] = line.substring(start, i);
        start = i + 1;
      }
    }
    for (int i = n; i < fields.length; i++) {
      fields[i] = "";
    }
    return n;
  }

  /**
   * True for alternate names worth indexing for English text: Latin script, no digits, not a
   * short upper-case code (IATA/ICAO codes live among GeoNames alternate names), no links.
   */
  public static boolean usefulAlternateName(String name) {
    int length = name.length();
    if (length < 2 || length > 60) {
      return false;
    }
    boolean allUpper = true;
    int letters = 0;
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (Character.isDigit(c) || "/:@#_=?&%+*".indexOf(c) >= 0) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
        if (!Character.isUpperCase(c)) {
          allUpper = false;
        }
      }
    }
    return letters >= 2 && !(allUpper && letters <= 4);
  }
}
