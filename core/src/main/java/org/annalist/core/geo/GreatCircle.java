package org.annalist.core.geo;

/** Great-circle distances on a spherical earth. */
public final class GreatCircle {

  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** Kilometres per degree of latitude: no two points are closer than their latitude difference. */
  private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

  /**
   * Whether two points lie within {@code km} of each other: {@link #km} compared with the limit,
   * without its arc sine (the haversine term is compared with the limit's instead) and with points
   * too far apart in latitude rejected before any trigonometry.
   */
  public static boolean within(double lat1, double lon1, double lat2, double lon2, double km) {
    if (Math.abs(lat2 - lat1) * KM_PER_DEGREE > km) {
      return false;
    }
    double half = km / (2 * EARTH_RADIUS_KM);
    if (half >= Math.PI / 2) {
      return true;
    }
    double limit = Math.sin(half) * Math.sin(half);
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return h <= limit;
  }

  /** Haversine distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
