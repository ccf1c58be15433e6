package org.annalist.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.recognize.Mention;
import org.annalist.geo.recognize.Usage;

/**
 * The places a document is about, like a dateline: the country most of its place mentions lie
 * in, the division and the city most mentioned within that country.
 */
public final class FocusPlaces {

  /** One focus: level COUNTRY, REGION or CITY, a gazetteer entry and its share of mentions. */
  public record Focus(String level, int entry, double weight) {}

  private FocusPlaces() {}

  /**
   * As {@link #of(List, Gazetteer)}, but a dateline decides: a story that opens "BAGHDAD (AP) —"
   * or "CAMP MURRAY, Wash. –" happens in that place, whatever other countries it names.
   */
  public static List<Focus> of(List<Mention> mentions, Gazetteer gazetteer, String text) {
    Mention dateline = dateline(mentions, text);
    if (dateline == null) {
      return of(mentions, gazetteer);
    }
    int e = dateline.resolved;
    List<Focus> focus = new ArrayList<>();
    int country = gazetteer.countryEntry(gazetteer.countryCode(e));
    if (country >= 0) {
      focus.add(new Focus("COUNTRY", country, 1.0));
    }
    int division = gazetteer.isAdmin1(e) ? e
        : gazetteer.admin1Code(e) == null ? -1 : gazetteer.admin1Entry(gazetteer.admin1Code(e));
    if (division >= 0) {
      focus.add(new Focus("REGION", division, 1.0));
    }
    if (gazetteer.featureClass(e) == 'P') {
      focus.add(new Focus("CITY", e, 1.0));
    }
    return focus;
  }

  /** Dashes that end a dateline. */
  private static final String DASHES = "-\u2013\u2014";

  /**
   * The place of the dateline: a name in capitals that opens a line, optionally followed by a
   * qualifier (", Wash."), further places after slashes ("BAGHDAD / WASHINGTON") and a news
   * agency in brackets, then a dash. Null when there is none.
   */
  static Mention dateline(List<Mention> mentions, String text) {
    for (int k = 0; k < mentions.size() && k < 3; k++) {
      Mention m = mentions.get(k);
      if (m.feature != null || m.isDemonym() || !opensLine(text, m.begin)
          || !m.surface.equals(m.surface.toUpperCase(java.util.Locale.ROOT))) {
        continue;
      }
      int i = m.end;
      if (i < text.length() && text.charAt(i) == ',' && k + 1 < mentions.size()
          && mentions.get(k + 1).begin <= i + 2) {
        i = mentions.get(k + 1).end; // "CAMP MURRAY, Wash."
      }
      i = skipSpaces(text, i);
      for (int j = k + 1; i < text.length() && text.charAt(i) == '/' && j < mentions.size()
          && mentions.get(j).begin <= i + 2; j++) {
        i = skipSpaces(text, mentions.get(j).end); // "BAGHDAD / WASHINGTON –": the first place
      }
      if (i < text.length() && text.charAt(i) == '(') {
        int close = text.indexOf(')', i);
        if (close < 0 || close - i > 20) {
          continue;
        }
        i = skipSpaces(text, close + 1);
      }
      if (i < text.length() && DASHES.indexOf(text.charAt(i)) >= 0) {
        return m;
      }
    }
    return null;
  }

  private static boolean opensLine(String text, int begin) {
    for (int i = begin - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }

  public static List<Focus> of(List<Mention> mentions, Gazetteer gazetteer) {
    Map<String, Double> countries = new HashMap<>();
    double total = 0;
    for (Mention m : mentions) {
      if (gazetteer.featureClass(m.resolved) == 'L') {
        continue;
      }
      double weight = m.usage == Usage.LITERAL ? 1.0 : m.usage == Usage.EMBEDDED ? 0.0 : 0.5;
      countries.merge(gazetteer.countryCode(m.resolved), weight, Double::sum);
      total += weight;
    }
    List<Focus> focus = new ArrayList<>();
    if (total == 0) {
      return focus;
    }
    String country = top(countries);
    int countryEntry = gazetteer.countryEntry(country);
    if (countryEntry >= 0) {
      focus.add(new Focus("COUNTRY", countryEntry, countries.get(country) / total));
    }
    Map<String, Double> divisions = new HashMap<>();
    Map<Integer, Double> cities = new HashMap<>();
    double inCountry = countries.get(country);
    for (Mention m : mentions) {
      int e = m.resolved;
      if (!country.equals(gazetteer.countryCode(e)) || gazetteer.featureClass(e) == 'L') {
        continue;
      }
      double weight = m.usage == Usage.LITERAL ? 1.0 : m.usage == Usage.EMBEDDED ? 0.0 : 0.5;
      String admin1 = gazetteer.admin1Code(e);
      if (admin1 != null) {
        divisions.merge(admin1, weight, Double::sum);
      }
      if (gazetteer.featureClass(e) == 'P') {
        cities.merge(e, weight, Double::sum);
      }
    }
    if (!divisions.isEmpty()) {
      String division = top(divisions);
      int entry = gazetteer.admin1Entry(division);
      if (entry >= 0) {
        focus.add(new Focus("REGION", entry, divisions.get(division) / inCountry));
      }
    }
    if (!cities.isEmpty()) {
      int city = cities.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
      focus.add(new Focus("CITY", city, cities.get(city) / inCountry));
    }
    return focus;
  }

  private static <K> K top(Map<K, Double> weights) {
    return weights.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
  }
}
