package org.annalist.consumer.sql.query;

/** Great-circle distances and the latitude/longitude box that contains a circle. */
public final class GeoDistance {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** A box of latitudes and longitudes (inclusive). */
  public record Box(double minLat, double maxLat, double minLon, double maxLon) {}

  private GeoDistance() {}

  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }

  /**
   * {@link #haversineKm} as an SQL expression over two columns, for SQLite (built with its math
   * functions, as sqlite-jdbc is) and PostgreSQL; binds {@link #haversineSqlParameters}.
   */
  public static String haversineSql(String latitudeColumn, String longitudeColumn) {
    return "(2 * " + EARTH_RADIUS_KM + " * asin(sqrt(power(sin(radians(" + latitudeColumn + " - ?) / 2), 2)"
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
    double angular = radiusKm / EARTH_RADIUS_KM;
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
