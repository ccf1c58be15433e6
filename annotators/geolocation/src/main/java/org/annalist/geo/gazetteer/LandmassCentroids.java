package org.annalist.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The area centroid of each country's main landmass (its largest polygon), read from a
 * quantised TopoJSON topology of country outlines such as Natural Earth's admin-0 countries
 * (the {@code world-atlas} package). Keys are the features' ids (ISO 3166-1 numeric codes there).
 *
 * <p>Areas and centroids are planar in an equirectangular projection scaled by the cosine of each
 * ring's mean latitude: accurate enough for a representative point, and the main landmass keeps
 * overseas territories and far islands (Alaska, French Guiana) from dragging the point away.
 */
public final class LandmassCentroids {

  private LandmassCentroids() {}

  /** Feature id to {latitude, longitude} of the largest polygon's area centroid. */
  public static Map<String, double[]> read(byte[] topologyJson, String objectName) throws IOException {
    JsonNode topology = new ObjectMapper().readTree(topologyJson);
    List<double[][]> arcs = decodeArcs(topology);
    Map<String, double[]> centroids = new HashMap<>();
    Map<String, Double> areas = new HashMap<>();
    for (JsonNode geometry : topology.path("objects").path(objectName).path("geometries")) {
      String id = geometry.path("id").asText("");
      if (id.isEmpty()) {
        continue;
      }
      List<JsonNode> polygons = new ArrayList<>();
      if (geometry.path("type").asText().equals("Polygon")) {
        polygons.add(geometry.path("arcs"));
      } else if (geometry.path("type").asText().equals("MultiPolygon")) {
        geometry.path("arcs").forEach(polygons::add);
      }
      double[] best = null;
      for (JsonNode polygon : polygons) {
        double[] areaLatLon = polygonCentroid(polygon, arcs);
        if (areaLatLon != null && (best == null || areaLatLon[0] > best[0])) {
          best = areaLatLon;
        }
      }
      // several features may share a code (Australia and the Ashmore and Cartier Islands):
      // the largest landmass among them wins
      if (best != null && (!areas.containsKey(id) || best[0] > areas.get(id))) {
        areas.put(id, best[0]);
        double lon = ((best[2] + 180) % 360 + 360) % 360 - 180;
        centroids.put(id, new double[] {best[1], lon});
      }
    }
    return centroids;
  }

  /** Absolute arc coordinates (lon, lat) from the delta-encoded, quantised arcs. */
  static List<double[][]> decodeArcs(JsonNode topology) {
    JsonNode transform = topology.path("transform");
    boolean quantised = transform.has("scale");
    double sx = transform.path("scale").path(0).asDouble(1);
    double sy = transform.path("scale").path(1).asDouble(1);
    double tx = transform.path("translate").path(0).asDouble(0);
    double ty = transform.path("translate").path(1).asDouble(0);
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topology.path("arcs")) {
      double[][] points = new double[arc.size()][2];
      long x = 0;
      long y = 0;
      for (int i = 0; i < arc.size(); i++) {
        if (quantised) {
          x += arc.get(i).get(0).asLong();
          y += arc.get(i).get(1).asLong();
          points[i][0] = x * sx + tx;
          points[i][1] = y * sy + ty;
        } else {
          points[i][0] = arc.get(i).get(0).asDouble();
          points[i][1] = arc.get(i).get(1).asDouble();
        }
      }
      arcs.add(points);
    }
    return arcs;
  }

  /**
   * Adds a ring's {area, lat, lon} to a polygon's: the first ring is the outline, the following
   * ones are holes, whose area and weight are taken away.
   */
  static double[] withRing(double[] polygon, double[] ring) {
    if (ring == null) {
      return polygon;
    }
    if (polygon == null) {
      return ring;
    }
    double area = polygon[0] - ring[0];
    if (area <= 0) {
      return polygon;
    }
    return new double[] {area, (polygon[1] * polygon[0] - ring[1] * ring[0]) / area,
        (polygon[2] * polygon[0] - ring[2] * ring[0]) / area};
  }

  /** {area, lat, lon} of a polygon (outer ring minus holes), or null when degenerate. */
  static double[] polygonCentroid(JsonNode rings, List<double[][]> arcs) {
    double[] outer = null;
    for (JsonNode ringArcs : rings) {
      outer = withRing(outer, ringCentroid(ring(ringArcs, arcs)));
    }
    return outer;
  }

  private static List<double[]> ring(JsonNode ringArcs, List<double[][]> arcs) {
    List<double[]> ring = new ArrayList<>();
    for (JsonNode ref : ringArcs) {
      int index = ref.asInt();
      boolean reversed = index < 0;
      double[][] arc = arcs.get(reversed ? ~index : index);
      for (int i = 0; i < arc.length; i++) {
        if (i == 0 && !ring.isEmpty()) {
          continue; // shared with the end of the previous arc
        }
        double[] point = arc[reversed ? arc.length - 1 - i : i];
        if (!ring.isEmpty()) {
          // a ring that crosses the antimeridian stays continuous (Chukotka, Fiji)
          double previous = ring.get(ring.size() - 1)[0];
          double lon = point[0];
          while (lon - previous > 180) {
            lon -= 360;
          }
          while (previous - lon > 180) {
            lon += 360;
          }
          point = new double[] {lon, point[1]};
        }
        ring.add(point);
      }
    }
    return ring;
  }

  /** {area, lat, lon} of a closed ring by the shoelace formula, or null for a degenerate one. */
  static double[] ringCentroid(List<double[]> ring) {
    if (ring.size() < 4) {
      return null;
    }
    double meanLat = 0;
    for (double[] p : ring) {
      meanLat += p[1];
    }
    double k = Math.cos(Math.toRadians(meanLat / ring.size()));
    double twiceArea = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      double x1 = ring.get(i)[0] * k;
      double y1 = ring.get(i)[1];
      double x2 = ring.get(i + 1)[0] * k;
      double y2 = ring.get(i + 1)[1];
      double cross = x1 * y2 - x2 * y1;
      twiceArea += cross;
      cx += (x1 + x2) * cross;
      cy += (y1 + y2) * cross;
    }
    if (twiceArea == 0 || k == 0) {
      return null;
    }
    return new double[] {Math.abs(twiceArea / 2), cy / (3 * twiceArea), cx / (3 * twiceArea) / k};
  }
}
