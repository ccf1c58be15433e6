package org.annalist.consumer.sql.query;

import org.annalist.core.geo.GreatCircle;

/** Great-circle distances and the latitude/longitude box that contains a circle. */
public final class GeoDistance {

  /** A box of latitudes and longitudes (inclusive). */
  public record Box(double minLat, double maxLat, double minLon, double maxLon) {}

  private GeoDistance() {}

  /**
   * {@link GreatCircle#km} as an SQL expression over two columns, for SQLite (built with its math
   * functions, as sqlite-jdbc is) and PostgreSQL; binds {@link #haversineSqlParameters}.
   */
  public static String haversineSql(String latitudeColumn, String longitudeColumn) {
    return "(2 * " + GreatCircle.EARTH_RADIUS_KM + " * asin(sqrt(power(sin(radians(" + latitudeColumn + " - ?) / 2), 2)"
        + " + cos(radians(?)) * cos(radians(" + latitudeColumn + "))"
        + " * power(sin(radians(" + longitudeColumn + " - ?) / 2), 2))))";
  }

  /** The parameters of {@link #haversineSql} for distances from this point. */
  public static java.util.List<Object> haversineSqlParameters(double latitude, double longitude) {
    return java.util.List.of(latitude, latitude, longitude);
  }

  /**
   * A box that contains every point within the radius: latitudes +- r/R, longitudes +- asin(sin(r/R)
   * / cos(lat)), widened to all longitudes when the circle reaches a pole or crosses the date line.
   */
  public static Box boundingBox(double lat, double lon, double radiusKm) {
    double angular = radiusKm / GreatCircle.EARTH_RADIUS_KM;
    double dLat = Math.toDegrees(angular);
    double minLat = lat - dLat;
    double maxLat = lat + dLat;
    double ratio = Math.sin(angular) / Math.cos(Math.toRadians(lat));
    if (minLat <= -90 || maxLat >= 90 || angular >= Math.PI / 2 || ratio >= 1) {
      return new Box(Math.max(-90, minLat), Math.min(90, maxLat), -180, 180);
    }
    double dLon = Math.toDegrees(Math.asin(ratio));
    if (lon - dLon < -180 || lon + dLon > 180) {
      return new Box(minLat, maxLat, -180, 180);
    }
    return new Box(minLat, maxLat, lon - dLon, lon + dLon);
  }
}
