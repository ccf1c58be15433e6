package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.core.testing.SharedData;
import org.annalist.geo.gazetteer.Gazetteer;
import org.annalist.geo.gazetteer.GazetteerRegistry;
import org.annalist.geo.recognize.Mention;
import org.annalist.core.geo.GreatCircle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The places of the seed articles, resolved with the real default gazetteer. Expected points were
 * checked against the gazetteer's sources (GeoNames cities500 rows, OurAirports for the air base);
 * a division is checked against its capital's point with a radius the size of the division.
 */
class SeedArticlesTest {

  private static Gazetteer gazetteer;
  private static List<Mention> mentions = new ArrayList<>();
  private static String text = "";

  @BeforeAll
  static void parseSeeds() throws IOException {
    Path seeds = SharedData.require("seeds");
    gazetteer = GazetteerRegistry.defaultGazetteer();
    GeoParser parser = new GeoParser(gazetteer);
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.sorted().toList()) {
        String article = Files.readString(file);
        mentions.addAll(parser.parse(article));
        all.append(article).append('\n');
      }
    }
    text = all.toString();
  }

  private static void assertResolved(String surface, String countryCode, double lat, double lon, double km) {
    List<Mention> found = mentions.stream().filter(m -> m.surface.equalsIgnoreCase(surface)).toList();
    assertThat(found).as("mentions of " + surface).isNotEmpty();
    for (Mention m : found) {
      int e = m.resolved;
      assertThat(gazetteer.countryCode(e)).as(surface + " country").isEqualTo(countryCode);
      assertThat(GreatCircle.km(lat, lon, gazetteer.latitude(e), gazetteer.longitude(e)))
          .as(surface + " -> " + gazetteer.name(e) + " distance").isLessThan(km);
    }
  }

  @Test
  void citiesAndBasesOfTheSeedArticles() {
    assertResolved("Ain al-Asad", "IQ", 33.7856, 42.4412, 20);
    assertResolved("Baghdad", "IQ", 33.34058, 44.40088, 30);
    assertResolved("Arbil", "IQ", 36.18333, 44.01193, 30);
    assertResolved("Erbil", "IQ", 36.18333, 44.01193, 30);
    assertResolved("Duhok", "IQ", 36.86709, 42.98845, 30);
    assertResolved("Amadiya", "IQ", 37.09214, 43.48769, 30);
    assertResolved("Mayadeen", "SY", 35.01982, 40.45154, 30);
    assertResolved("Beirut", "LB", 33.89332, 35.50157, 30);
    assertResolved("Tehran", "IR", 35.69439, 51.42151, 30);
  }

  @Test
  void divisionsAndCountriesOfTheSeedArticles() {
    // Anbar governorate: its capital Ramadi (GeoNames 33.42056, 43.30778); the governorate spans ~500 km
    assertResolved("Anbar", "IQ", 33.42056, 43.30778, 250);
    assertThat(mentions.stream().filter(m -> m.surface.equals("Anbar"))
        .allMatch(m -> gazetteer.isAdmin1(m.resolved))).isTrue();
    assertThat(mentions.stream().filter(m -> m.surface.equals("Iraq"))
        .allMatch(m -> gazetteer.isCountry(m.resolved) && gazetteer.countryCode(m.resolved).equals("IQ"))).isTrue();
    assertThat(mentions.stream().filter(m -> m.surface.equals("Iraqi"))
        .allMatch(m -> gazetteer.countryCode(m.resolved).equals("IQ"))).isTrue();
    assertThat(mentions.stream().filter(m -> m.surface.equals("Syria"))
        .allMatch(m -> gazetteer.countryCode(m.resolved).equals("SY"))).isTrue();
  }

  @Test
  void washingtonInTheseArticlesIsTheCapital() {
    assertResolved("Washington", "US", 38.89511, -77.03637, 30);
  }

  @Test
  void noPersonIsTakenForAPlace() {
    assertThat(text).contains("Soleimani", "Kirby");
    assertThat(mentions).noneMatch(m -> m.surface.equals("Kirby") || m.surface.equals("Donald")
        || m.surface.equals("Soleimani"));
  }
}
