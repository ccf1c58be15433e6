package org.annalist.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GreatCircleTest {

  @Test
  void knownDistances() {
    // Baghdad to Erbil, about 320 km; Paris to London, about 344 km
    assertThat(GreatCircle.km(33.3406, 44.4009, 36.1926, 44.0106)).isBetween(315.0, 325.0);
    assertThat(GreatCircle.km(48.8566, 2.3522, 51.5072, -0.1276)).isBetween(340.0, 348.0);
  }

  @Test
  void withinAgreesWithTheDistanceAwayFromTheLimit() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      double lat1 = random.nextDouble() * 180 - 90;
      double lon1 = random.nextDouble() * 360 - 180;
      double lat2 = lat1 + random.nextGaussian() * 5;
      double lon2 = lon1 + random.nextGaussian() * 5;
      double limit = random.nextDouble() * 1000;
      double km = GreatCircle.km(lat1, lon1, Math.max(-90, Math.min(90, lat2)), lon2);
      if (Math.abs(km - limit) > 1e-6) {
        assertThat(GreatCircle.within(lat1, lon1, Math.max(-90, Math.min(90, lat2)), lon2, limit))
            .as("%f %f %f %f within %f (distance %f)", lat1, lon1, lat2, lon2, limit, km)
            .isEqualTo(km <= limit);
      }
    }
    assertThat(GreatCircle.within(0, 0, 0, 179, 30_000)).isTrue();
  }
}
