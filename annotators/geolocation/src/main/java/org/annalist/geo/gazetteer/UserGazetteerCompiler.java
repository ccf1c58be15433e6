package org.annalist.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a gazetteer from a GeoNames file the user supplies (allCountries.txt, cities15000.txt
 * or any file in GeoNames' main TSV format). {@code admin1CodesASCII.txt} and
 * {@code countryInfo.txt} beside it, when present, add division names and country ids.
 * Countries, divisions and regions the file lacks are taken from the default gazetteer, so a
 * cities-only file still knows "Iraq" and "Anbar".
 */
public final class UserGazetteerCompiler {

  private UserGazetteerCompiler() {}

  public static Gazetteer compile(Path file, Gazetteer fallback) throws IOException {
    GazetteerBuilder builder = new GazetteerBuilder();
    Path dir = file.toAbsolutePath().getParent();
    Map<String, Long> admin1Ids = readAdmin1(dir.resolve("admin1CodesASCII.txt"), builder);
    Map<String, Long> countryIds = readCountryIds(dir.resolve("countryInfo.txt"));
    Set<String> countries = new HashSet<>();
    Set<String> divisions = new HashSet<>();
    boolean[] continents = new boolean[1];
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      GeoNamesTsv.read(reader, (place, alternates) -> {
        int index = builder.add(place);
        RegistryGazetteerCompiler.addAlternateNames(builder, index, place, alternates);
        if (FeatureRank.isCountry(place.featureClass(), place.featureCode())) {
          countries.add(place.countryCode());
        } else if (FeatureRank.isAdmin1(place.featureClass(), place.featureCode())
            && place.admin1Code() != null) {
          divisions.add(place.admin1Code());
          for (String name : NameVariants.ofDivision(place.name(), place.countryCode())) {
            builder.addName(index, name);
          }
        } else if ("CONT".equals(place.featureCode())) {
          continents[0] = true;
        }
      });
    }
    if (fallback != null) {
      Map<Integer, Integer> copied = new HashMap<>();
      for (int e = 0; e < fallback.size(); e++) {
        boolean take = fallback.isCountry(e) ? !countries.contains(fallback.countryCode(e))
            : fallback.isAdmin1(e) ? !divisions.contains(fallback.admin1Code(e))
            : fallback.featureClass(e) == 'L' && !continents[0];
        if (!take) {
          continue;
        }
        long id = fallback.isCountry(e) ? countryIds.getOrDefault(fallback.countryCode(e), 0L)
            : fallback.isAdmin1(e) ? admin1Ids.getOrDefault(fallback.admin1Code(e), 0L) : 0L;
        if (fallback.admin1Code(e) != null && builder.admin1Name(fallback.admin1Code(e)) == null) {
          builder.admin1Name(fallback.admin1Code(e), fallback.admin1Name(e));
        }
        copied.put(e, builder.add(new PlaceRecord(id, fallback.name(e), fallback.featureClass(e),
            fallback.featureCode(e), fallback.countryCode(e), fallback.admin1Code(e),
            fallback.latitude(e), fallback.longitude(e), fallback.population(e))));
      }
      fallback.forEachName((key, e) -> {
        Integer target = copied.get(e);
        if (target != null) {
          builder.addName(target, key);
        }
      });
    }
    return builder.build();
  }

  private static Map<String, Long> readAdmin1(Path file, GazetteerBuilder builder) throws IOException {
    Map<String, Long> ids = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return ids;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 4) {
        builder.admin1Name(f[0], f[1]);
        try {
          ids.put(f[0], Long.parseLong(f[3].strip()));
        } catch (NumberFormatException e) {
          // no id on this row
        }
      }
    }
    return ids;
  }

  private static Map<String, Long> readCountryIds(Path file) throws IOException {
    Map<String, Long> ids = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return ids;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length >= 17) {
        try {
          ids.put(f[0], Long.parseLong(f[16].strip()));
        } catch (NumberFormatException e) {
          // no id on this row
        }
      }
    }
    return ids;
  }
}
