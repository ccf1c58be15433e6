package org.annalist.consumer.sql.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.annalist.core.geo.GreatCircle;
import org.junit.jupiter.api.Test;

class GeoDistanceTest {

  @Test
  void haversineMatchesKnownDistances() {
    // Erbil to Mosul, about 81.5 km; Paris to London, about 344 km
    assertThat(GreatCircle.km(36.19257, 44.01062, 36.335, 43.11889)).isCloseTo(81.5, within(0.5));
    assertThat(GreatCircle.km(48.8566, 2.3522, 51.5074, -0.1278)).isCloseTo(343.5, within(1.0));
    assertThat(GreatCircle.km(10, 20, 10, 20)).isZero();
  }

  @Test
  void theBoxContainsEveryPointOfTheCircle() {
    double lat = 60;
    double lon = 10;
    double radius = 500;
    GeoDistance.Box box = GeoDistance.boundingBox(lat, lon, radius);
    for (int bearing = 0; bearing < 360; bearing += 5) {
      double[] point = destination(lat, lon, radius * 0.999, bearing);
      assertThat(point[0]).isBetween(box.minLat(), box.maxLat());
      assertThat(point[1]).isBetween(box.minLon(), box.maxLon());
    }
  }

  @Test
  void circlesOverAPoleOrTheDateLineTakeAllLongitudes() {
    assertThat(GeoDistance.boundingBox(89, 0, 300).minLon()).isEqualTo(-180);
    assertThat(GeoDistance.boundingBox(0, 179.5, 100).maxLon()).isEqualTo(180);
  }

  private static double[] destination(double lat, double lon, double km, double bearingDegrees) {
    double angular = km / 6371.0088;
    double phi = Math.toRadians(lat);
    double theta = Math.toRadians(bearingDegrees);
    double phi2 = Math.asin(Math.sin(phi) * Math.cos(angular) + Math.cos(phi) * Math.sin(angular) * Math.cos(theta));
    double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(angular) * Math.cos(phi),
        Math.cos(angular) - Math.sin(phi) * Math.sin(phi2));
    return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
  }
}
