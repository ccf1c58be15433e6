package org.annalist.geo.eval;

/**
 * A gold toponym: span, type (GeoWebNews types; "Literal" for TR-News), GeoNames id (0 if none),
 * coordinates (NaN if none) and the gold feature code when given.
 */
public record GoldToponym(int begin, int end, String phrase, String type, long geonamesId,
    double latitude, double longitude, String featureCode) {

  public boolean hasCoordinates() {
    return !Double.isNaN(latitude) && !Double.isNaN(longitude);
  }
}
