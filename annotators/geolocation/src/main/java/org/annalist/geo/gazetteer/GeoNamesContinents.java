package org.annalist.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GeoNames' seven continent records (ids and points) from the resource
 * {@code geonames-continents.tsv}. GeoNames places a continent's point where no centre computed
 * from its countries lands, so the built-in gazetteer takes GeoNames' own records for them.
 */
public final class GeoNamesContinents {

  static final String RESOURCE = "geonames-continents.tsv";

  private GeoNamesContinents() {}

  /**
   * The continents keyed by their English name, in file order. Population is left at 0 like the
   * other world regions, so that a continent's prior does not change with its data source.
   */
  public static Map<String, PlaceRecord> load() {
    Map<String, PlaceRecord> continents = new LinkedHashMap<>();
    try (InputStream in = GeoNamesContinents.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        continents.put(c[1], new PlaceRecord(Long.parseLong(c[0]), c[1], 'L', "CONT", "", null,
            Double.parseDouble(c[2]), Double.parseDouble(c[3]), 0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return continents;
  }
}
