package org.annalist.report.source;

import java.util.Map;

/** The {@code data-value} of a place: its GeoNames id, else its resolved name. */
final class PlaceKeys {

  private PlaceKeys() {}

  static String value(Map<String, String> attributes) {
    String id = attributes.get("geonamesId");
    if (id != null && !id.equals("0")) {
      return "geonames:" + id;
    }
    return attributes.get("name");
  }
}
