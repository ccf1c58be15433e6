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
