package org.annalist.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutlineCentroidsTest {

  /**
   * Two countries in a quantised topology (scale 1, translate 0): "100" is a big square
   * [10,20]x[0,10] plus a small island [40,41]x[0,1], and a second feature with the same code
   * holding only the island; "200" is a square across the antimeridian.
   */
  private static final String TOPOLOGY = """
      {"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
       "objects":{"countries":{"type":"GeometryCollection","geometries":[
         {"type":"MultiPolygon","id":"100","arcs":[[[0]],[[1]]]},
         {"type":"Polygon","id":"200","arcs":[[2]]},
         {"type":"Polygon","arcs":[[0]]},
         {"type":"Polygon","id":"100","arcs":[[1]]}]}},
       "arcs":[[[10,0],[10,0],[0,10],[-10,0],[0,-10]],
               [[40,0],[1,0],[0,1],[-1,0],[0,-1]],
               [[178,-1],[4,0],[-360,2],[356,0],[0,-2]]]}
      """;

  @Test
  void theMainLandmassDecidesAcrossFeaturesAndNamelessFeaturesAreSkipped() throws Exception {
    Map<String, double[]> centroids =
        LandmassCentroids.read(TOPOLOGY.getBytes(StandardCharsets.UTF_8), "countries");
    assertThat(centroids).containsOnlyKeys("100", "200");
    assertThat(centroids.get("100")[0]).isCloseTo(5.0, within(0.3));
    assertThat(centroids.get("100")[1]).isCloseTo(15.0, within(0.3));
  }

  @Test
  void aRingAcrossTheAntimeridianStaysWhole() throws Exception {
    double[] c = LandmassCentroids.read(TOPOLOGY.getBytes(StandardCharsets.UTF_8), "countries").get("200");
    assertThat(c[0]).isCloseTo(0.0, within(0.1));
    assertThat(Math.abs(c[1])).isCloseTo(180.0, within(0.1));
  }

  @Test
  void divisionsAreKeyedByGeoNamesAdmin1CodeWithTheirIds() throws Exception {
    String geoJson = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"gn_a1_code":"XX.01","gn_id":123},
           "geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,2],[0,2],[0,0]]]}},
          {"type":"Feature","properties":{"gn_a1_code":"XX.02","gn_id":7},
           "geometry":{"type":"Polygon","coordinates":[[[10,0],[11,0],[11,1],[10,1],[10,0]]]}},
          {"type":"Feature","properties":{"gn_a1_code":"XX.02","gn_id":8},
           "geometry":{"type":"Polygon","coordinates":[[[12,0],[13,0],[13,1],[12,1],[12,0]]]}},
          {"type":"Feature","properties":{"gn_a1_code":"-1","gn_id":9},
           "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}
        """;
    Map<String, DivisionOutlines.Division> divisions =
        DivisionOutlines.read(geoJson.getBytes(StandardCharsets.UTF_8));
    assertThat(divisions).containsOnlyKeys("XX.01", "XX.02");
    assertThat(divisions.get("XX.01").geonamesId()).isEqualTo(123);
    assertThat(divisions.get("XX.01").latitude()).isCloseTo(1.0, within(0.05));
    assertThat(divisions.get("XX.01").longitude()).isCloseTo(2.0, within(0.05));
    // one division split over two features: the centre of both, and no single id
    assertThat(divisions.get("XX.02").geonamesId()).isZero();
    assertThat(divisions.get("XX.02").longitude()).isCloseTo(11.5, within(0.05));
  }

  @Test
  void twoCentreEstimatesFarApartAreAveraged() {
    double[] mid = RegistryGazetteerCompiler.sphericalMidpoint(10, 170, 10, -170);
    assertThat(mid[0]).isCloseTo(10.0, within(0.2));
    assertThat(Math.abs(mid[1])).isCloseTo(180.0, within(0.01));
  }
}
